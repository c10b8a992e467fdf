"""The checkboxes of a filter (core.filters), written in Python.

The tool bank's form holds some forty options with eight values each; rendered by the
template language they were a third of the listing's time. The markup is what the
template wrote (a checkbox, its label and the count when counted), escaped by format_html.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def filter_options(filter):
    param = filter.param
    return format_html_join(
        "\n",
        '<li class="facet__option{}">'
        '<input type="checkbox" id="f-{}-{}" name="{}" value="{}"{}>'
        '<label for="f-{}-{}">{}{}</label>'
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
                ""
                if option.count is None
                else format_html(
                    ' <span class="facet__count" data-count>({})</span>', option.count_label
                ),
            )
            for number, option in enumerate(filter.options, start=1)
        ),
    )
