"""Replace the content token (core.snapshots) whenever something a snapshot holds changes.

Pages (any type: saved, deleted, moved, published, unpublished), page privacy, sites,
site settings, locales and groups here; apps add the models their own snapshots read
with `watch()` (outils: vocabulary and tags). Bulk writes that skip signals
(`generate_tools`) call `core.snapshots.bump()` themselves.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import snapshots


def _bump(sender, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures loading: the token is replaced by the next real change
    if kwargs.get("created") and sender._meta.label == "core.SiteSettings":
        return  # created with its defaults by the first request: nothing shown changes
    snapshots.bump()


def _bump_on_m2m(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        snapshots.bump()


def watch(*models):
    """Replace the token whenever one of these models is saved or deleted."""
    for sender in models:
        post_save.connect(_bump, sender=sender, dispatch_uid=f"snapshots-save-{sender._meta}")
        post_delete.connect(_bump, sender=sender, dispatch_uid=f"snapshots-del-{sender._meta}")


def connect():
    watch(Page, PageViewRestriction, Site, Locale, Group, *get_page_models())
    watch(apps.get_model("core.SiteSettings"))
    m2m_changed.connect(
        _bump_on_m2m, sender=PageViewRestriction.groups.through, dispatch_uid="snapshots-pvr"
    )
    # After the child rows (axes, audiences, tags) of a published page are written.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_bump, dispatch_uid=f"snapshots-{id(signal)}")
