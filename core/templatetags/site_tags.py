"""Template tags for the page frame: navigation, breadcrumbs, languages."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from core.access import visible_pages

register = template.Library()


def _homes(request):
    """The site's home page in every language, by language code: one query per request."""
    cached = getattr(request, "_carrefour_homes", None)
    if cached is not None:
        return cached
    homes = {}
    site = Site.find_for_request(request)
    if site is not None:
        root = site.root_page
        translations = Page.objects.live().filter(translation_key=root.translation_key)
        for page in translations.select_related("locale"):
            homes[page.locale.language_code] = page
        homes.setdefault(settings.LANGUAGE_CODE, root)
    request._carrefour_homes = homes
    return homes


def _site_home(request):
    """The home page in the active language (the default-language one when untranslated)."""
    homes = _homes(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context.get("request")
    return _site_home(request) if request else None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children in the active language that the visitor may see."""
    request = context.get("request")
    home = _site_home(request) if request else None
    if home is None:
        return []
    children = home.get_children().live().in_menu().filter(locale_id=home.locale_id)
    return list(visible_pages(children, request).only("id", "title", "url_path", "path", "depth"))


@register.simple_tag
def breadcrumbs(page):
    """Ancestors below the tree root (depth 1), from the home page down."""
    if page is None or not getattr(page, "pk", None):
        return []
    return list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth"))


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """One entry per language: where the switcher leads and whether the translation exists.

    For a page: its live translation, or the other language's home page when there is
    none. For a view that is not a page (search, 404): the same URL in the other
    language.
    """
    request = context.get("request")
    current = translation.get_language()
    homes = _homes(request) if request else {}
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    versions = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "exists": True}
        if code in translations:
            entry["url"] = translations[code].get_url(request)
            entry["page"] = translations[code]
        elif page is not None and getattr(page, "pk", None):
            entry["exists"] = False
            fallback = homes.get(code)
            entry["url"] = fallback.get_url(request) if fallback else f"/{code}/"
        elif request is not None:
            entry["url"] = translate_url(request.get_full_path(), code)
        else:
            entry["url"] = f"/{code}/"
        versions.append(entry)
    return versions


@register.simple_tag(takes_context=True)
def absolute_url(context, target):
    """An absolute URL on the host the visitor used, for a page or a path."""
    request = context.get("request")
    if target is None:
        return ""
    url = target.get_url(request) if hasattr(target, "get_url") else target
    if request is None or url is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.filter
def is_ancestor_of(nav_page, page):
    """For aria-current in the main navigation."""
    if page is None or not getattr(page, "path", None):
        return False
    return page.path.startswith(nav_page.path)


@register.simple_tag(takes_context=True)
def footer_pages(context, site_settings):
    """The footer's privacy and recognition pages in the active language, in one query.

    Editors choose the French pages in the site settings; the English footer links
    their translations (or nothing when they are not translated or not visible).
    """
    request = context.get("request")
    ids = [pk for pk in (site_settings.privacy_page_id, site_settings.recognition_page_id) if pk]
    if not ids or request is None:
        return []
    chosen_keys = Page.objects.filter(pk__in=ids).values("translation_key")
    candidates = Page.objects.live().filter(Q(pk__in=ids) | Q(translation_key__in=chosen_keys))
    candidates = visible_pages(candidates, request).select_related("locale")
    by_id = {}
    by_key_and_language = {}
    for page in candidates.only("id", "title", "url_path", "translation_key", "locale"):
        by_id[page.pk] = page
        by_key_and_language[(page.translation_key, page.locale.language_code)] = page
    language = translation.get_language()
    links = []
    for pk in ids:
        chosen = by_id.get(pk)
        if chosen is not None:
            wanted = by_key_and_language.get((chosen.translation_key, language))
            if wanted is not None:
                links.append(wanted)
    return links
