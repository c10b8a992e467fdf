"""Which Wagtail site a request is for, and its home page in each language, from a snapshot.

Wagtail's `Site.find_for_request` runs one annotated query per request (about 5 ms of
a 10 ms tool-bank listing on SQLite, measured with `make bench`), and routing then loads
the specific home page again. Sites and home pages change only when an editor saves
them, which replaces the ``frame`` token (core.signals), so they are read here from the
frame snapshot. The site view (core.views.serve), the page-link tag and the frame tags
ask this module; Wagtail code that calls `Site.find_for_request` itself (the API, the
sitemap) still works as before, at its usual one query.

Only Wagtail's public API is used: the matching rules below are the ones documented for
`Site.find_for_request` (host and port, then host on the default site, then the default
site, a lone host-name match winning over the default).
"""

import copy
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import quote

from django.conf import settings
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page, Site

from core import request_state, snapshots
from core.access import page_is_visible


@dataclass(frozen=True)
class SiteTable:
    sites: tuple = ()
    # (site pk, language code) -> the live specific home page in that language
    homes: dict = field(default_factory=dict)

    def match(self, hostname, port):
        """The site Wagtail would pick for this host and port (None when none fits)."""
        same_host = [site for site in self.sites if site.hostname == hostname]
        for site in same_host:
            if site.port == port:
                return site
        for site in same_host:
            if site.is_default_site:
                return site
        default = next((site for site in self.sites if site.is_default_site), None)
        if len(same_host) == 1:  # a lone host-name match wins over the default site
            return same_host[0]
        return default


def _load_table():
    sites = tuple(Site.objects.select_related("root_page").order_by("pk"))
    homes = {}
    for site in sites:
        translations = (
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .select_related("locale")
            .specific()
        )
        for page in translations:
            homes[(site.pk, page.locale.language_code)] = page
        if (site.pk, settings.LANGUAGE_CODE) not in homes and site.root_page.live:
            homes[(site.pk, settings.LANGUAGE_CODE)] = site.root_page.specific
    return SiteTable(sites=sites, homes=homes)


def table():
    return snapshots.get(snapshots.FRAME, "sites", None, _load_table)


def _site_for(request):
    hostname, port = split_domain_port(request.get_host())[0], request.get_port()
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = 80
    site = table().match(hostname, port)
    # A copy per request: what a request sets on it stays with that request.
    return copy.copy(site) if site is not None else None


def site_for_request(request):
    """This request's Wagtail site (None when no site fits), once per request."""
    if request is None:
        return None
    return request_state.memoised(("site", request.get_host()), lambda: _site_for(request))


def home_pages(site):
    """{language code: live specific home page} for a site (shared: do not modify)."""
    if site is None:
        return {}
    return {language: page for (pk, language), page in table().homes.items() if pk == site.pk}


def home_for_request(request, language=None):
    """A per-request copy of the site's home page in `language` (the active one by default),
    or in the default language when it is not translated; None when the site has none."""
    site = site_for_request(request)
    if site is None:
        return None
    homes = table().homes
    language = language or translation.get_language()
    home = homes.get((site.pk, language)) or homes.get((site.pk, settings.LANGUAGE_CODE))
    return copy.copy(home) if home is not None else None


def page_url(page, request):
    """The page's URL as `{% pageurl %}` gives it, without looking the site up again."""
    if page is None:
        return ""
    site = site_for_request(request)
    if site is None:
        return page.get_url(request)
    url = _url_below_home(page, site, request)
    return url if url is not None else page.relative_url(site, request)


def _url_below_home(page, site, request):
    """Wagtail's URL for a page below the site's home page in some language, worked out
    from the frame snapshot: Wagtail's own `get_url` reads the site root paths from the
    shared cache and reverses a URL per link, a sixth of the home page's time.

    Only in the case where Wagtail's answer is certain (one site, the page below one of
    its live home pages, URLs ending in a slash): otherwise None, and Wagtail decides. Same rules as
    `Page.get_url_parts`: the home's language prefix (reversed once per request), then
    the page's path below the home, quoted as `reverse` quotes it.
    """
    sites = table()
    if len(sites.sites) != 1 or not getattr(settings, "WAGTAIL_APPEND_SLASH", True):
        return None
    url_path = page.url_path or ""
    for (site_pk, language), home in sites.homes.items():
        if site_pk == site.pk and url_path.startswith(home.url_path):
            prefix = request_state.memoised(("serve-prefix", language), partial(_prefix, language))
            return prefix + quote(url_path[len(home.url_path) :], safe=RFC3986_SUBDELIMS + "/~:@")
    return None


def _prefix(language):
    with translation.override(language):
        return reverse("wagtail_serve", args=("",))


def _load_sections(home_pk):
    home = Page.objects.get(pk=home_pk)
    return tuple(home.get_children().live().specific())


def section_page(request, home, page_model):
    """The live page of `page_model` directly below `home` that the visitor may see (the
    tool bank, the catalogue, the video gallery, the news), from the frame snapshot, as a
    per-request copy; None when there is none. Home sections and frame links ask here
    rather than query for their index page on every request."""
    if home is None:
        return None
    children = snapshots.get(snapshots.FRAME, "sections", home.pk, lambda: _load_sections(home.pk))
    for child in children:
        if isinstance(child, page_model) and page_is_visible(child, request):
            return copy.copy(child)
    return None
