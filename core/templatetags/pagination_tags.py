from django import template
from django.core.paginator import Paginator

from core.pagination import page_links

register = template.Library()


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page_obj, label):
    return {
        "request": context.get("request"),
        "page_obj": page_obj,
        "label": label,
        "page_links": page_links(page_obj) if page_obj is not None else [],
        "ellipsis": Paginator.ELLIPSIS,
    }
