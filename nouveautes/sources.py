"""What « Quoi de neuf » lists: the page types other apps register, gathered in one query.

The page knows no app's models. Each app that wants its pages listed registers a function
under `WHATS_NEW_HOOK` in its wagtail_hooks.py that returns a `Source`:

    @hooks.register(WHATS_NEW_HOOK)
    def whats_new_tools():
        return Source(ToolPage, _("Outil"), reviewed_field="last_reviewed")

A page is *new* when it was first published within `WINDOW_DAYS`, *revised* when it was
published again or reviewed (the model's own « dernière révision » date, when it has one)
within that window. `core.models.ReviewDateMixin.review_date` is not a revision: it is the
date the content falls due for review, usually in the future.

Every registered page type is read from Wagtail's page table in one query (the review
dates through one subquery per type that has one): counting, ordering and paging are
done by the database, whatever the number of pages and of types.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    DateField,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, TruncDate
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from core.access import visible_pages

__all__ = ["NEW", "REVISED", "WHATS_NEW_HOOK", "WINDOW_DAYS", "Source", "recent_pages", "sources"]

WHATS_NEW_HOOK = "carrefour_whats_new"
WINDOW_DAYS = 90
NEW = "new"
REVISED = "revised"
# Stands for « no date » in the comparisons below (SQLite's MAX() is NULL if any is NULL).
_NO_DATE = datetime.date(1900, 1, 1)


@dataclass(frozen=True)
class Source:
    """A page type listed by « Quoi de neuf »: its model, the label of one item (« Outil »)
    and, when it has one, the date field editors set when they review the content."""

    model: type
    label: str
    reviewed_field: str | None = None


def sources():
    """Every registered source, in hook order (apps' order in INSTALLED_APPS)."""
    return [source for source in (fn() for fn in hooks.get_hooks(WHATS_NEW_HOOK)) if source]


def _date(expression):
    return Coalesce(expression, Value(_NO_DATE), output_field=DateField())


def recent_pages(locale_id, request=None, today=None, public_only=False):
    """Rows (dicts) of the live pages added or revised within WINDOW_DAYS, newest first.

    In the page's language, plus the pages of another language that have no live
    translation in it (« en français seulement »). Each row has `pk`, `content_type_id`,
    `locale_id`, `language` (its code), `kind` (NEW or REVISED) and `changed_on` (a date). `request`
    filters what the visitor may not see (core.access); `public_only` keeps only pages
    under no view restriction at all, for feeds that everyone shares.
    """
    today = today or timezone.localdate()
    since = today - datetime.timedelta(days=WINDOW_DAYS)
    found = sources()
    if not found:
        return Page.objects.none().values("pk")
    types = ContentType.objects.get_for_models(*(s.model for s in found), for_concrete_models=False)
    reviewed = [
        Subquery(
            source.model.objects.filter(pk=OuterRef("pk")).values(source.reviewed_field)[:1],
            output_field=DateField(),
        )
        for source in found
        if source.reviewed_field
    ]
    translated = Page.objects.live().filter(
        locale_id=locale_id, translation_key=OuterRef("translation_key")
    )
    pages = (
        Page.objects.live()
        .filter(content_type__in=types.values())
        .filter(Q(locale_id=locale_id) | ~Exists(translated))
    )
    if public_only:
        pages = pages.public()
    if request is not None:
        pages = visible_pages(pages, request)
    if reviewed:
        raw = reviewed[0] if len(reviewed) == 1 else Coalesce(*reviewed, output_field=DateField())
        pages = pages.annotate(reviewed_raw=raw)
        # A review date in the future is a plan, not a revision.
        reviewed_on = Case(
            When(reviewed_raw__lte=today, then=F("reviewed_raw")),
            default=Value(_NO_DATE),
            output_field=DateField(),
        )
    else:
        reviewed_on = Value(_NO_DATE, output_field=DateField())
    pages = pages.annotate(
        first_on=_date(TruncDate("first_published_at")),
        published_on=_date(TruncDate("last_published_at")),
        reviewed_on=reviewed_on,
    )
    pages = pages.annotate(
        kind=Case(
            When(first_on__gte=since, then=Value(NEW)),
            default=Value(REVISED),
            output_field=CharField(),
        ),
        changed_on=Case(
            When(first_on__gte=since, then=F("first_on")),
            default=Greatest("published_on", "reviewed_on", output_field=DateField()),
            output_field=DateField(),
        ),
    ).filter(changed_on__gte=since, changed_on__lte=today)
    return (
        pages.annotate(language=F("locale__language_code"))
        .order_by("-changed_on", "-last_published_at", "-pk")
        .values("pk", "content_type_id", "locale_id", "language", "kind", "changed_on")
    )
