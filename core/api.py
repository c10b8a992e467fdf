"""Wagtail API v2: live pages the visitor may see, in a constant number of queries.

Wagtail's own filter (`wagtail.api.querysets.get_public_pages_queryset`) loads every
view restriction and asks each one about the request, with a group lookup per
restriction: at 5,000 tools with 283 staff-only ones, 878 queries for 20 pages. The
pages endpoint here filters with the access snapshot instead (core.access: leaf
restrictions as one `id IN`, sections by path), whatever the number of restrictions.
Documents and images are not exposed: a document's visibility depends on the pages
that use it, which only the serve view checks.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page, Site

from core import sites
from core.access import visible_pages


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    def get_queryset(self):
        # Each item's `meta.locale` would otherwise cost a query.
        return super().get_queryset().select_related("locale")

    def get_base_queryset(self):
        queryset = visible_pages(Page.objects.live(), self.request)
        site = self._site()
        if site is None:
            return queryset
        trees = None
        for root in site.root_page.get_translations(inclusive=True):
            tree = queryset.descendant_of(root, inclusive=True)
            trees = tree if trees is None else trees | tree
        return trees

    def _site(self):
        hostname = self.request.GET.get("site")
        if not hostname:
            return sites.site_for_request(self.request)
        name, _colon, port = hostname.partition(":")
        found = Site.objects.filter(hostname=name, port=int(port) if port.isdigit() else 80)
        site = found.select_related("root_page").first()
        if site is None:
            raise BadRequestError("Cannot find site.")
        return site


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
