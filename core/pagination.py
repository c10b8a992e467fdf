"""One pagination: the helper every listing pages with, and the component that links the pages.

`{% pagination page_obj label %}` (core.templatetags.pagination_tags) renders
`components/pagination.html`: previous/next, the first and last pages and two on each
side of the current one, with `{% querystring %}` so filters and search terms stay.
"""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """One page of `items`; `page=abc` gives the first page, `page=99999` the last."""
    return Paginator(items, per_page).get_page(request.GET.get("page", "1")[:12])


def page_links(page_obj):
    """Page numbers to link (and Paginator.ELLIPSIS where some are left out)."""
    paginator = page_obj.paginator
    return list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
