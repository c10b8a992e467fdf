"""Wagtail API v2: live pages the visitor may see, in a constant number of queries.

Wagtail's own filter (`wagtail.api.querysets.get_public_pages_queryset`) loads every
view restriction and asks each one about the request, with a group lookup per
restriction: at 5,000 tools with 283 staff-only ones, 878 queries for 20 pages. The
pages endpoint here filters with the access snapshot instead (core.access: leaf
restrictions as one `id IN`, sections by path), whatever the number of restrictions.
Documents and images are not exposed: a document's visibility depends on the pages
that use it, which only the serve view checks.
"""

import re

from django.utils.translation import gettext as _
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page, Site

from core import sites
from core.access import visible_pages

SEARCH_OPERATORS = ("and", "or")
NUMBER = re.compile(r"^[0-9]{1,18}$")


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, limited to what the visitor may see.

    Its own parameters are checked before Wagtail passes them on (a 400 in JSON, not a
    500): `search_operator` is « and » or « or », `offset`, `limit` and `id` (find) are
    plain numbers. NUL characters and integers beyond 64 bits never get here
    (core.guards refuses them for the whole site).
    """

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        params = self.request.GET
        operator = params.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(
                _("search_operator doit valoir « and » ou « or », pas « %(value)s ».")
                % {"value": operator}
            )
        for name in ("offset", "limit"):
            value = params.get(name)
            if value is not None and not NUMBER.match(value):
                raise BadRequestError(
                    _("%(name)s doit être un nombre entier positif.") % {"name": name}
                )

    def find_object(self, queryset, request):
        value = request.GET.get("id")
        if value is not None and not NUMBER.match(value):
            raise BadRequestError(_("id doit être un nombre entier positif."))
        return super().find_object(queryset, request)

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
