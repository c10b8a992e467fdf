"""The tool bank's facet checkboxes, written in Python.

A facet form holds some forty options with eight values each; rendered by the
template language they were a third of the listing's time. The markup is the same
one the template wrote (a checkbox, its label and the count), escaped by format_html.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def facet_options(facet):
    param = facet.param
    return format_html_join(
        "\n",
        '<li class="facet__option{}">'
        '<input type="checkbox" id="f-{}-{}" name="{}" value="{}"{}>'
        '<label for="f-{}-{}">{} <span class="facet__count" data-count>({})</span></label>'
        "</li>",
        (
            (
                " facet__option--empty" if option.empty else "",
                param,
                number,
                param,
                option.code,
                format_html(" checked") if option.selected else "",
                param,
                number,
                option.label,
                option.count_label,
            )
            for number, option in enumerate(facet.options, start=1)
        ),
    )
