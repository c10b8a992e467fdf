"""« Quoi de neuf » : one page per language, and its RSS feed at rss/.

The page lists what the other apps register (nouveautes.sources): it knows none of
their models. The list costs the rows' count, one page of rows, and one query per page
type shown (tools, trainings, videos), whatever the number of items.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import sites
from core.access import page_is_restricted
from core.pages import BaseIndexPage
from core.pagination import paginate
from nouveautes.sources import NEW, WINDOW_DAYS, recent_pages, sources

DATE_FORMAT = "j F Y"
ONLY_IN = {"fr": _("En français seulement"), "en": _("En anglais seulement")}


class WhatsNewItem:
    """One line of the list: the page in the reader's language when it exists, what
    changed (NEW or REVISED), when, the label of its type, and whether it is in another
    language than the list (an item that exists only in French, in the English list)."""

    __slots__ = ("page", "kind", "date", "label", "other_language", "restricted")

    def __init__(self, page, kind, date, label, other_language):
        self.page, self.kind, self.date = page, kind, date
        self.label, self.other_language = label, other_language
        # Shown only to those who may see it: a badge, as in the tool bank (no query).
        self.restricted = page_is_restricted(page)

    @property
    def is_new(self):
        return self.kind == NEW

    @property
    def change(self):
        """« Nouveau » or « Révisé le 3 mars 2026 »."""
        if self.is_new:
            return _("Nouveau")
        return _("Révisé le %(date)s") % {"date": date_format(self.date, DATE_FORMAT)}

    @property
    def language_note(self):
        """« En français seulement » when the item has no version in the list's language."""
        if not self.other_language:
            return ""
        return ONLY_IN.get(self.other_language, "")


class WhatsNewPage(RoutablePageMixin, BaseIndexPage):
    """/fr/quoi-de-neuf/ and /en/whats-new/: tools, trainings and videos added or revised
    in the last WINDOW_DAYS days, newest first, with an RSS 2.0 feed at rss/."""

    PER_PAGE = 20
    FEED_LENGTH = 50
    WINDOW_DAYS = WINDOW_DAYS

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("quoi de neuf")
        verbose_name_plural = _("pages « Quoi de neuf »")

    def items(self, rows):
        """The rows of one page of the list as WhatsNewItems: one query per page type shown."""
        rows = list(rows)
        labels = {source.model: source.label for source in sources()}
        wanted = defaultdict(list)
        for row in rows:
            wanted[ContentType.objects.get_for_id(row["content_type_id"]).model_class()].append(
                row["pk"]
            )
        by_pk = {}
        for model, pks in wanted.items():
            by_pk.update((page.pk, page) for page in model.objects.filter(pk__in=pks))
        items = []
        for row in rows:
            page = by_pk.get(row["pk"])
            if page is None:
                continue
            other_language = "" if row["locale_id"] == self.locale_id else row["language"]
            label = labels[type(page)]
            items.append(WhatsNewItem(page, row["kind"], row["changed_on"], label, other_language))
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, recent_pages(self.locale_id, request), self.PER_PAGE)
        context["recent"] = page_obj
        context["items"] = self.items(page_obj.object_list)
        context["window_days"] = self.WINDOW_DAYS
        return context

    @path("rss/")
    def rss(self, request):
        """Public items only, whoever asks: a feed is copied and cached by readers."""
        rows = recent_pages(self.locale_id, public_only=True)[: self.FEED_LENGTH]
        link = self.get_full_url(request)
        feed = Rss201rev2Feed(
            title=f"{self.title} · {settings.WAGTAIL_SITE_NAME}",
            link=link,
            description=self.search_description
            or str(_("Outils, formations et vidéos ajoutés ou révisés récemment")),
            language=self.locale.language_code,
            feed_url=link + "rss/",
        )
        for item in self.items(rows):
            url = sites.page_url(item.page, request)
            url = request.build_absolute_uri(url)
            details = [str(text) for text in (item.label, item.change, item.language_note) if text]
            summary = item.page.listing_summary()
            feed.add_item(
                title=item.page.title,
                link=url,
                description=" · ".join(details) + (f" — {summary}" if summary else ""),
                unique_id=f"{url}#{item.date.isoformat()}",
                unique_id_is_permalink=False,
                pubdate=timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8))),
                categories=[str(item.label)] if item.label else None,
            )
        response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
        feed.write(response, "utf-8")
        return response
