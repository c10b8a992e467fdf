"""Template tags for the page frame: navigation, breadcrumbs, languages."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from core import sites, snapshots
from core.access import EDITORS, MODERATORS, page_is_visible, user_in_groups

register = template.Library()


STEPLEN = Page.steplen
# alias_of_id: core.access.page_is_visible reads it (an alias obeys its source page).
FRAME_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "translation_key",
    "locale_id",
    "alias_of_id",
)


def _homes(request):
    """The site's home page in every language, by language code (a snapshot)."""
    return sites.home_pages(sites.site_for_request(request))


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """`{% pageurl %}` without a site query: the site comes from the frame snapshot."""
    return sites.page_url(page, context.get("request"))


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

    def load():
        children = home.get_children().live().in_menu().filter(locale_id=home.locale_id)
        return list(children.only(*FRAME_FIELDS))

    pages = snapshots.get(snapshots.FRAME, "navigation", home.pk, load)
    return [page for page in pages if page_is_visible(page, request)]


def _load_branches():
    """Every page that has children, by path: the ancestors of any page are among them."""
    pages = Page.objects.filter(numchild__gt=0, depth__gt=1).only(*FRAME_FIELDS)
    return {page.path: page for page in pages}


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the tree root (depth 1), from the home page down."""
    if page is None or not getattr(page, "pk", None):
        return []
    branches = snapshots.get(snapshots.FRAME, "branches", None, _load_branches)
    paths = [page.path[: STEPLEN * level] for level in range(2, page.depth)]
    crumbs = [branches.get(path) for path in paths]
    if None in crumbs:  # a branch the snapshot does not know (it is being moved): ask
        ancestors = page.get_ancestors().filter(depth__gt=1)
        return list(ancestors.only("id", "title", "url_path", "depth"))
    return crumbs


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

        def load():
            others = page.get_translations(inclusive=True).live().select_related("locale")
            return {p.locale.language_code: p for p in others.only(*FRAME_FIELDS, "locale")}

        translations = snapshots.get(snapshots.FRAME, "translations", page.translation_key, load)
    versions = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "exists": True}
        if code in translations:
            entry["url"] = sites.page_url(translations[code], request)
            entry["page"] = translations[code]
        elif page is not None and getattr(page, "pk", None):
            entry["exists"] = False
            fallback = homes.get(code)
            entry["url"] = sites.page_url(fallback, request) if fallback else f"/{code}/"
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
    url = sites.page_url(target, request) if hasattr(target, "get_url") else target
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
    """The footer's privacy, recognition and accessibility pages in the active language
    (a snapshot: no query once warm).

    Editors choose the French pages in the site settings; the English footer links
    their translations (or nothing when they are not translated or not visible).
    """
    request = context.get("request")
    if not site_settings:  # no site for this host name: a 404 page with a plain footer
        return []
    chosen = (
        site_settings.privacy_page_id,
        site_settings.recognition_page_id,
        site_settings.accessibility_page_id,
    )
    ids = [pk for pk in chosen if pk]
    if not ids or request is None:
        return []
    language = translation.get_language()

    def load():
        chosen_keys = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = Page.objects.live().filter(Q(pk__in=ids) | Q(translation_key__in=chosen_keys))
        by_id = {}
        by_key_and_language = {}
        for page in candidates.select_related("locale").only(*FRAME_FIELDS, "locale"):
            by_id[page.pk] = page
            by_key_and_language[(page.translation_key, page.locale.language_code)] = page
        links = []
        for pk in ids:
            chosen = by_id.get(pk)
            if chosen is not None:
                wanted = by_key_and_language.get((chosen.translation_key, language))
                if wanted is not None:
                    links.append(wanted)
        return links

    links = snapshots.get(snapshots.FRAME, "footer", (tuple(ids), language), load)
    return [page for page in links if page_is_visible(page, request)]


@register.filter
def shows_userbar(user):
    """Wagtail's user bar for those who edit (the groups with admin access, superusers).

    Asking Wagtail directly loads every permission of every signed-in visitor (two
    queries per page for staff who never edit); the groups are already known.
    """

    if not getattr(user, "is_authenticated", False):
        return False
    return user_in_groups(user, (EDITORS, MODERATORS))
