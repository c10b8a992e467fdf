"""Template tags for the page frame: navigation, breadcrumbs, languages."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Site

from core.access import visible_pages

register = template.Library()


def _site_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


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
    home = _site_home(request) if request else None
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
            fallback = None
            if home is not None:
                fallback = home.get_translation_or_none(
                    Locale.objects.filter(language_code=code).first()
                )
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
