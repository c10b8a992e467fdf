"""Replace the tokens of the snapshot scopes (core.snapshots) that a change touches.

- ``frame``: sites, site settings, locales, images, the vocabulary's labels, and any page
  published, unpublished, saved live, moved or deleted (menus, breadcrumbs, translations,
  home pages and their sections).
- ``access``: page view restrictions and their groups, groups and their members, pages created,
  moved or deleted (a restricted page's path or children change).
- Apps add the models their own snapshots read: ``watch(scope, *models)`` for plain
  models, ``watch_pages(scope, *page_models)`` for page types (outils: ``tools``).

A draft save (a new revision, a lock) changes nothing a visitor sees: it bumps nothing,
so an editor saving a news draft does not make every server rebuild the tool index.
Bulk writes that skip signals (``generate_tools``) call ``core.snapshots.bump()``.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import snapshots
from core.models import SiteSettings

# What Wagtail writes when it saves a revision, locks or unlocks: nothing that is live.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        "comments",
    }
)

# Page type -> the app scopes that also depend on it (besides frame and access).
_page_scopes = {}


def _page_model_scopes(sender):
    return _page_scopes.get(sender, ())


def _scoped(scopes):
    def receiver(sender, **kwargs):
        if kwargs.get("raw"):
            return  # fixtures loading: the next real change replaces the token
        if kwargs.get("created") and sender is SiteSettings:
            return  # created with its defaults by the first request: nothing shown changes
        snapshots.bump(*scopes)

    return receiver


def _page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw:
        return
    if update_fields and frozenset(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    changed = {snapshots.FRAME, *_page_model_scopes(sender)}
    if created:
        changed.add(snapshots.ACCESS)  # the parent's children changed
    snapshots.bump(*changed)


def _page_published(sender, **kwargs):
    # After the child rows (axes, audiences, tags) of a published page are written.
    snapshots.bump(snapshots.FRAME, *_page_model_scopes(sender))


def _purge_listings(sender, instance, **kwargs):
    """A proxy or CDN in front: Wagtail purges the page itself; its listings show it too."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(instance.get_ancestors().filter(depth__gt=1).specific())
    batch.purge()


def _everything(sender, **kwargs):
    snapshots.bump()


def _restriction_groups_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        snapshots.bump(snapshots.ACCESS)


def watch(scope, *models):
    """Replace `scope`'s token whenever one of these models is saved or deleted."""
    receiver = _scoped((scope,))
    for sender in models:
        uid = f"snapshots-{scope}-{sender._meta.label}"
        post_save.connect(receiver, sender=sender, dispatch_uid=f"{uid}-save", weak=False)
        post_delete.connect(receiver, sender=sender, dispatch_uid=f"{uid}-delete", weak=False)


def watch_pages(scope, *page_models):
    """Publishing, unpublishing or saving these page types live also changes `scope`."""
    for model in page_models:
        scopes = _page_scopes.setdefault(model, ())
        if scope not in scopes:
            _page_scopes[model] = (*scopes, scope)


def connect():
    # Images too: a page's cards (the home's videos) show an image's renditions.
    watch(snapshots.FRAME, Site, Locale, SiteSettings, get_image_model())
    watch(snapshots.ACCESS, PageViewRestriction, Group)
    m2m_changed.connect(
        _restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="snapshots-restriction-groups",
    )
    # Someone joins or leaves a group: what they may see changes (core.access caches it).
    m2m_changed.connect(
        _restriction_groups_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="snapshots-user-groups",
    )
    for model in {Page, *get_page_models()}:
        label = model._meta.label
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"snapshots-page-save-{label}")
        # Deleting or moving a branch can change any scope: paths, menus, indexes.
        post_delete.connect(_everything, sender=model, dispatch_uid=f"snapshots-page-del-{label}")
    page_published.connect(_page_published, dispatch_uid="snapshots-published")
    page_unpublished.connect(_page_published, dispatch_uid="snapshots-unpublished")
    page_published.connect(_purge_listings, dispatch_uid="frontend-cache-listings-published")
    page_unpublished.connect(_purge_listings, dispatch_uid="frontend-cache-listings-unpublished")
    post_page_move.connect(_everything, dispatch_uid="snapshots-moved")
