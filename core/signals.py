"""Replace the content token (core.snapshots) whenever something a snapshot holds changes.

Pages (any type: saved, deleted, moved, published, unpublished), page privacy, sites,
site settings, locales, groups, vocabulary and tags. Bulk writes that skip signals
(`generate_tools`) call `core.snapshots.bump()` themselves.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import snapshots

# Models outside core whose changes show in snapshots (app_label.ModelName).
WATCHED_MODELS = (
    "core.SiteSettings",
    "vocabulary.Axis",
    "vocabulary.Audience",
    "vocabulary.ToolType",
    "taggit.Tag",
    "outils.ToolPageTag",
)


def _bump(sender, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures loading: the token is replaced by the next real change
    if kwargs.get("created") and sender._meta.label == "core.SiteSettings":
        return  # created with its defaults by the first request: nothing shown changes
    snapshots.bump()


def _bump_on_m2m(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        snapshots.bump()


def connect():
    senders = {Page, PageViewRestriction, Site, Locale, Group, *get_page_models()}
    senders |= {apps.get_model(label) for label in WATCHED_MODELS}
    for sender in senders:
        post_save.connect(_bump, sender=sender, dispatch_uid=f"snapshots-save-{sender._meta}")
        post_delete.connect(_bump, sender=sender, dispatch_uid=f"snapshots-del-{sender._meta}")
    m2m_changed.connect(
        _bump_on_m2m, sender=PageViewRestriction.groups.through, dispatch_uid="snapshots-pvr"
    )
    # After the child rows (axes, audiences, tags) of a published page are written.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_bump, dispatch_uid=f"snapshots-{id(signal)}")
