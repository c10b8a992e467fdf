"""Who may see what: the one place every public surface asks.

Access is expressed with Wagtail's own page privacy (PageViewRestriction), so the
page view, the API v2 and the sitemap enforce it natively. Listings, counts,
search, related panels and feeds call ``visible_pages`` with the request; files
go through ``document_is_visible``.

The restrictions themselves are read once per content version (core.snapshots), and
what a kind of visitor fails (anonymous, or a set of groups) is kept with them.

Anonymous visitors must never learn that restricted content exists, so a failed
restriction answers 404 (see wagtail_hooks), not a login redirect.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction, ReferenceIndex

from core import (
    lookups,  # noqa: F401 (registers `id__any_of`, used below)
    request_state,
    snapshots,
)

# Group names are stable identifiers: migrations create the groups with these names.
EDITORS = "Editors"
MODERATORS = "Moderators"
TRAINERS = "Trainers"
STAFF = "Staff"

# Staff-only content is for staff, and for the people who write and moderate it.
STAFF_ONLY_GROUPS = (STAFF, TRAINERS, EDITORS, MODERATORS)
# Trainer material (facilitator notes, session kits): trainers and the editorial team.
TRAINER_GROUPS = (TRAINERS, EDITORS, MODERATORS)


USER_GROUPS_SECONDS = 3600


def _user_groups(user):
    """{group id: name} for a signed-in user, once per request.

    Kept in the shared cache under the ``access`` token: adding someone to a group or
    removing them replaces that token (core.signals), so a staff member's next request
    sees their new rights on every server, and the other requests skip the query.
    """

    def load():
        def query():
            return dict(user.groups.values_list("pk", "name"))

        version = snapshots.tokens()[snapshots.ACCESS]
        key = f"user-groups:{user.pk}"
        return cache.get_or_set(key, query, USER_GROUPS_SECONDS, version=version)

    return request_state.memoised(("user-groups", user.pk), load)


def user_group_names(user):
    if not user.is_authenticated:
        return frozenset()
    return frozenset(_user_groups(user).values())


def user_in_groups(user, names):
    """True for superusers and for members of any of the named groups."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(user_group_names(user) & set(names))


def is_staff_member(user):
    return user_in_groups(user, STAFF_ONLY_GROUPS)


def is_trainer(user):
    return user_in_groups(user, TRAINER_GROUPS)


class _RestrictedPage:
    __slots__ = ("pk", "path", "numchild")

    def __init__(self, pk, path, numchild):
        self.pk, self.path, self.numchild = pk, path, numchild


class _Restriction:
    """What the filters need of a restriction, without building model instances.

    Thousands of staff-only tools mean thousands of restrictions: plain rows, loaded
    once per content version (core.snapshots) and shared by every request.
    """

    __slots__ = ("pk", "restriction_type", "page", "group_ids")

    def __init__(self, pk, restriction_type, page_id, path, numchild):
        self.pk = pk
        self.restriction_type = restriction_type
        self.page = _RestrictedPage(page_id, path, numchild)
        self.group_ids = set()


def _passes(restriction, request, group_ids):
    user = request.user
    if restriction.restriction_type == BaseViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        if user.is_authenticated and user.is_superuser:
            return True
        return bool(group_ids & restriction.group_ids)
    if restriction.restriction_type == BaseViewRestriction.PASSWORD:
        return PageViewRestriction.objects.get(pk=restriction.pk).accept_request(request)
    return True


def _load_restrictions():
    """Every view restriction with its page's path and its groups (two queries)."""
    rows = PageViewRestriction.objects.values_list(
        "pk", "restriction_type", "page_id", "page__path", "page__numchild"
    )
    restrictions = {row[0]: _Restriction(*row) for row in rows}
    if any(r.restriction_type == BaseViewRestriction.GROUPS for r in restrictions.values()):
        links = PageViewRestriction.groups.through.objects.values_list(
            "pageviewrestriction_id", "group_id"
        )
        for restriction_id, group_id in links:
            if restriction_id in restrictions:
                restrictions[restriction_id].group_ids.add(group_id)
    return tuple(restrictions.values())


def all_restrictions():
    """Every view restriction, from the access snapshot (no query once built)."""
    return snapshots.get(snapshots.ACCESS, "restrictions", None, _load_restrictions)


def visibility_key(request):
    """Requests with the same key see the same pages: anonymous, or these groups."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ("anonymous",)
    if user.is_superuser:
        return ("superuser",)
    return ("groups", *sorted(_user_group_ids(user)))


def _user_group_ids(user):
    return frozenset(_user_groups(user))


def failed_restrictions(request):
    """The view restrictions this request does not pass, computed once per request.

    Login and group restrictions depend only on who asks (`visibility_key`): the
    result is kept per kind of visitor with the snapshot. A password restriction
    depends on the session, so while one exists the list is computed per request.
    """
    user = getattr(request, "user", None)
    restrictions = all_restrictions()

    def compute():
        group_ids = set()
        if user is not None and user.is_authenticated:
            group_ids = set(_user_group_ids(user))
        return tuple(r for r in restrictions if not _passes(r, request, group_ids))

    if any(r.restriction_type == BaseViewRestriction.PASSWORD for r in restrictions):
        return compute()
    return snapshots.get(snapshots.ACCESS, "failed-restrictions", visibility_key(request), compute)


def _failed_paths(request):
    return request_state.memoised(
        ("failed-paths", visibility_key(request)),
        lambda: tuple({r.page.path for r in failed_restrictions(request)}),
    )


def restricted_filter(request):
    """A Q matching every page the request may not see, or None when there is none.

    Leaf restrictions (one tool, one module) become one ``id`` test with the ids as one
    parameter (core.lookups), which stays fast with thousands of staff-only tools;
    restrictions on sections use the path.
    """
    failed = failed_restrictions(request)
    if not failed:
        return None
    ids = set()
    prefixes = set()
    for restriction in failed:
        page = restriction.page
        if page.numchild == 0:
            ids.add(page.pk)
        else:
            prefixes.add(page.path)
    query = Q(id__any_of=sorted(ids)) if ids else Q()
    for prefix in sorted(prefixes):
        query |= Q(path__startswith=prefix)
    return query


def visible_pages(queryset, request):
    """Filter any Page queryset down to what this request may see."""
    query = restricted_filter(request)
    if query is None:
        return queryset
    return queryset.exclude(query)


def page_is_visible(page, request):
    if getattr(page, "alias_of_id", None):
        # An alias obeys its source page's restrictions (as in Wagtail), not its own path's.
        source = Page.objects.filter(pk=page.alias_of_id).only("path").first()
        if source is not None and not page_is_visible(source, request):
            return False
    return not page.path.startswith(_failed_paths(request))


def page_is_restricted(page):
    """True when any view restriction applies to the page (its own or an ancestor's)."""
    return page.path.startswith(restricted_paths())


def restricted_paths():
    return snapshots.get(
        snapshots.ACCESS,
        "restricted-paths",
        None,
        lambda: tuple({r.page.path for r in all_restrictions()}),
    )


def sync_group_restriction(page, restricted, group_names):
    """Make the page's privacy match a switch on the page (e.g. « réservé au personnel »).

    Only the restriction this switch owns (a GROUPS one with exactly these groups) is
    touched, so a restriction an editor set by hand is left alone.
    """
    groups = list(Group.objects.filter(name__in=group_names))
    wanted = {g.pk for g in groups}
    existing = [
        r
        for r in PageViewRestriction.objects.filter(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        ).prefetch_related("groups")
        if {g.pk for g in r.groups.all()} == wanted
    ]
    if restricted and not existing:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set(groups)
    elif not restricted:
        for restriction in existing:
            restriction.delete()


def sync_staff_restriction(page, staff_only):
    sync_group_restriction(page, staff_only, STAFF_ONLY_GROUPS)


def document_is_visible(document, request):
    """A document may download when a page the request can see uses it, or when no page does.

    A file attached only to staff-only tools (or trainer-only material) is as private
    as those pages. Wagtail's collection privacy is checked by its own serve view.
    """
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    page_ids = {
        int(object_id)
        for object_id in references.values_list("object_id", flat=True)
        if str(object_id).isdigit()
    }
    pages = list(Page.objects.filter(pk__in=page_ids).only("pk", "path", "live"))
    if not pages:
        return True
    live_pages = [p for p in pages if p.live]
    if not live_pages:
        # Used only by drafts: visible to those who edit, not to the public.
        return request.user.is_authenticated and request.user.has_perm(
            "wagtaildocs.change_document"
        )
    return any(page_is_visible(p, request) for p in live_pages)
