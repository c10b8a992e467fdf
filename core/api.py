"""Wagtail API v2: public pages only (Wagtail filters private pages for anonymous requests).

Documents and images are not exposed: a document's visibility depends on the pages
that use it, which only the serve view checks.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
