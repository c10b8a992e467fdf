import contextlib
import copy

from django.conf import settings
from django.db import DatabaseError
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class FrenchFirstLocaleMiddleware(LocaleMiddleware):
    """Language from the URL prefix only; anything unprefixed is French.

    Django's LocaleMiddleware would follow Accept-Language for `/`. The Charter of the
    French language asks for French by default, so `/` always redirects to `/fr/`.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class SecurityHeadersMiddleware:
    """Content-Security-Policy on the public site; the admin keeps Wagtail's own needs.

    Wagtail's admin uses inline scripts and previews pages in a same-origin iframe, so
    it gets no CSP here and X-Frame-Options SAMEORIGIN instead of DENY.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(("/admin/", "/django-admin/")):
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        else:
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class SiteSnapshotMiddleware:
    """Gives the request its Wagtail Site and site settings from a snapshot, not a query.

    Wagtail looks the site up by host name on every request (and the settings for it);
    both change only when an editor saves them, which replaces the content token
    (core.snapshots). Each request gets its own copies, so nothing it sets on them
    leaks into another request.
    """

    SKIP = ("/static/", "/media/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(self.SKIP):
            # Without a database the views meet the same error and answer it their way.
            with contextlib.suppress(DatabaseError):
                self.prime(request)
        return self.get_response(request)

    @staticmethod
    def prime(request):
        from core import snapshots
        from core.models import SiteSettings

        hostname = split_domain_port(request._get_raw_host())[0]
        key = (hostname, request.get_port())
        site = snapshots.get("site", key, lambda: _load_site(request), request)
        if site is None:
            return
        site = copy.copy(site)
        site.root_page = copy.copy(site.root_page)
        request._wagtail_site = site
        site_settings = snapshots.get(
            "site-settings", site.pk, lambda: SiteSettings.for_site(site), request
        )
        site_settings = copy.copy(site_settings)
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)


def _load_site(request):
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        # The specific home page: routing and templates then need no query to reach it.
        site.root_page = site.root_page.specific
    return site
