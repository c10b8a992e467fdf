import logging
import sys

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import Http404, HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.static import serve as serve_static
from wagtail import hooks
from wagtail.models import Locale, Page

from core import sites
from core.access import page_is_visible

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def server_error(request, *args, **kwargs):
    """A 500 page that needs no database and no context processor, in the URL's language.

    When the database is what failed (stopped, unreachable, restarting), the answer is a
    503 « momentanément indisponible » with Retry-After: the site comes back by itself
    when the database does, and a proxy or monitor should retry rather than alert on a bug.
    """
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    template, status = ("503.html", 503) if unavailable else ("500.html", 500)
    with translation.override(language):
        body = loader.get_template(template).render({"LANGUAGE_CODE": language})
    response = HttpResponse(body, status=status)
    if unavailable:
        response["Retry-After"] = "30"
    return response


def media_image(request, path):
    """Images (originals and renditions) in development and tests; never documents.

    Production serves media from object storage; documents always go through
    Wagtail's serve view, which checks access.
    """
    if not settings.SERVE_MEDIA_IMAGES or not path.startswith(("images/", "original_images/")):
        raise Http404
    return serve_static(request, path, document_root=settings.MEDIA_ROOT)


def serve_page(request, path):
    """Wagtail's page view (wagtail.views.serve), with the site and home page from the
    frame snapshot (core.sites) instead of two queries per request.

    The rest is Wagtail's own public machinery: `Page.route` walks the tree from the
    home page in the active language, and the `on_serve_page` / `before_serve_page`
    hooks run as they do in Wagtail's view (our 404-for-restricted-pages hook among them).
    """
    home = sites.home_for_request(request)
    if home is None:
        raise Http404
    components = [part for part in path.split("/") if part]
    page = _page_by_url_path(home, components)
    if page is not None:
        args, kwargs = (), {}
    else:
        page, args, kwargs = home.route(request, components)

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)


def _default_route(model):
    return getattr(model, "route", None) is Page.route


def _page_by_url_path(home, components):
    """What `Page.route` finds, in two queries instead of two per level, or None to let
    `Page.route` walk the tree.

    Wagtail's default route takes the child with the next slug at each level, then the
    last page if it is live. The pages with those slugs at those depths below the home
    come in one query (slugs and paths are indexed; `url_path` is not), and the chain is
    followed here. That holds only while every page on the way routes the default way; a
    routable page (the news feed, a module's handout) is left to its own route.
    """
    if not components or not _default_route(type(home)):
        return None
    levels = Q()
    for offset, slug in enumerate(components, start=1):
        levels |= Q(depth=home.depth + offset, slug=slug)
    rows = (
        Page.objects.filter(levels, path__startswith=home.path)
        .order_by()
        .values_list("depth", "path", "pk", "content_type_id", "live")
    )
    by_depth = {}
    for depth, path, pk, content_type_id, live in rows:
        by_depth.setdefault(depth, []).append((path, pk, content_type_id, live))
    parent_path, chain = home.path, []
    for depth in range(home.depth + 1, home.depth + len(components) + 1):
        step = next(
            (row for row in by_depth.get(depth, ()) if row[0].startswith(parent_path)), None
        )
        if step is None:
            return None  # a missing level: Page.route raises the 404 as Wagtail does
        chain.append(step)
        parent_path = step[0]
    models = [ContentType.objects.get_for_id(row[2]).model_class() for row in chain]
    if not all(model is not None and _default_route(model) for model in models):
        return None
    _path, pk, _content_type, live = chain[-1]
    if not live:
        raise Http404
    return models[-1].objects.get(pk=pk)


def _page_for_other_language_path(request):
    """For /en/outils/x/ (a French path under the English prefix) and the reverse: the page
    the visitor probably wanted, in their language when it is translated."""

    language = translation.get_language_from_path(request.path_info)
    site = sites.site_for_request(request)
    if not language or site is None:
        return None
    rest = request.path_info.split("/", 2)[2] if request.path_info.count("/") >= 2 else ""
    for locale in Locale.objects.exclude(language_code=language):
        root = site.root_page.get_translation_or_none(locale)
        if root is None:
            continue
        page = Page.objects.live().filter(url_path=f"{root.url_path}{rest}").first()
        if page is None or not page_is_visible(page, request):
            continue
        wanted = page.get_translation_or_none(Locale.objects.get(language_code=language))
        if wanted is not None and wanted.live and page_is_visible(wanted, request):
            return wanted
        return page
    return None


def page_not_found(request, exception=None):
    """The 404 page, offering the page the visitor probably meant in the other language."""
    try:
        suggestion = _page_for_other_language_path(request)
    except Exception:  # noqa: BLE001 — a 404 must never turn into a 500
        logger.exception("404 suggestion failed")
        suggestion = None
    body = loader.render_to_string("404.html", {"suggestion": suggestion}, request=request)
    return HttpResponse(body, status=404)
