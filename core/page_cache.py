"""The page cache: anonymous GET/HEAD answers served from the shared cache.

Public pages change when an editor publishes, not between two visitors, so an
anonymous visitor's page is stored in Django's default cache (Redis in production,
shared by every server) under a version made of every snapshot token
(core.snapshots): publishing, unpublishing, moving a page, changing its privacy or the
vocabulary replaces a token in the database, and the next request on any server builds
the page afresh. wagtail-cache was the maintained package for this, but its latest
release (3.0.0) requires Wagtail < 8.0.

Never stored: signed-in visitors (their pages are never looked up either), requests
with a session or pending messages, responses that set a cookie, used a CSRF token
(forms), are marked private or no-cache (restricted pages, previews) or are not 200
or 301. The key is the host, the path and the query string normalised: parameters
sorted, those no page reads dropped (apps declare theirs with `register_parameters`),
and at most `PAGE_CACHE_MAX_VARIANTS` query strings stored per path, so facet URLs
cannot fill the cache without limit. `X-Cache: hit|miss|skip` says what happened;
each stored page carries an ETag and `Cache-Control: public, max-age=0,
must-revalidate`, so browsers and proxies revalidate and get a 304 when nothing changed.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

from core import snapshots

# 404s are not stored: every made-up path would be a new entry.
STATUSES = {200, 301}
_parameters = {"page", "p"}  # pagination: listings, sitemap pages


def register_parameters(*names):
    """Query parameters some page reads (filters, search, pagination): kept in the key."""
    _parameters.update(names)


def parameters():
    return frozenset(_parameters)


def normalised_query(query_dict):
    """The query string as the key sees it: known parameters only, in a stable order."""
    pairs = sorted(
        (name, value)
        for name in query_dict
        if name in _parameters
        for value in query_dict.getlist(name)
    )
    return urlencode(pairs)


def _version():
    tokens = snapshots.tokens()
    text = "|".join(f"{scope}={tokens[scope]}" for scope in sorted(tokens))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _may_use_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(("/admin/", "/django-admin/", "/api/", "/documents/", "/media/")):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False  # a session may be signed in or hold messages: render it for them
    return not request.user.is_authenticated


def _may_store(request, response):
    if response.status_code not in STATUSES or response.cookies:
        return False
    if getattr(response, "streaming", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-cache", "no-store", "max-age=0")):
        return False
    return not response.has_header("Vary") or "cookie" not in response["Vary"].lower()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not _may_use_cache(request):
            return self.get_response(request)
        version = _version()
        query = normalised_query(request.GET)
        path_key = f"page:{request.get_host()}:{request.path}"
        key = f"{path_key}?{query}"
        cached = cache.get(key, version=version)
        if cached is not None:
            cached["X-Cache"] = "hit"
            return get_conditional_response(request, etag=cached.get("ETag"), response=cached)
        response = self.get_response(request)
        if not _may_store(request, response):
            response.setdefault("X-Cache", "skip")
            return response
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        set_response_etag(response)
        if query and not self._room_for_variant(path_key, version):
            response["X-Cache"] = "skip"
            return response
        response["X-Cache"] = "miss"
        cache.set(key, response, getattr(settings, "PAGE_CACHE_SECONDS", 3600), version=version)
        return get_conditional_response(request, etag=response.get("ETag"), response=response)

    @staticmethod
    def _room_for_variant(path_key, version):
        """Counts the query strings stored for a path; False past the cap."""
        counter = f"{path_key}#variants"
        limit = getattr(settings, "PAGE_CACHE_MAX_VARIANTS", 100)
        if cache.add(counter, 1, getattr(settings, "PAGE_CACHE_SECONDS", 3600), version=version):
            return True
        try:
            return cache.incr(counter, version=version) <= limit
        except ValueError:
            return False
