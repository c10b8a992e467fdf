from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """One page of `items`; `page=abc` gives the first page, `page=99999` the last."""
    return Paginator(items, per_page).get_page(request.GET.get("page", "1")[:12])
