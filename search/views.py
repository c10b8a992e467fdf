"""Site-wide search: the visitor's language only, never what the visitor may not see."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from core.access import visible_pages

MAX_QUERY_LENGTH = 200
PER_PAGE = 20


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active()).exclude(depth__lte=1)
        results = visible_pages(pages, request).specific().search(query)
    paginator = Paginator(results, PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": page_obj, "paginator": paginator},
    )
