"""News and its index, with an RSS feed."""

import datetime

from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.blocks import BaseStreamBlock
from core.pagination import paginate
from hub.models.base import HubBasePage


class NewsIndexPage(RoutablePageMixin, HubBasePage):
    """« Nouvelles »: paginated news with an RSS 2.0 feed at rss/."""

    PER_PAGE = 10
    FEED_LENGTH = 20

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["hub.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des nouvelles")

    def news(self, request):
        items = NewsPage.objects.live().descendant_of(self).filter(locale_id=self.locale_id)
        return visible_pages(items, request).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_page"] = paginate(request, self.news(request), self.PER_PAGE)
        return context

    @path("rss/")
    def rss(self, request):
        """Public items only, whoever asks: a feed is copied and cached by readers."""
        items = visible_pages(self.news(request).public(), request)[: self.FEED_LENGTH]
        link = self.get_full_url(request)
        feed = Rss201rev2Feed(
            title=f"{self.title} · {settings.WAGTAIL_SITE_NAME}",
            link=link,
            description=self.search_description or str(_("Nouvelles du partenariat")),
            language=self.locale.language_code,
            feed_url=link + "rss/",
        )
        for item in items:
            url = item.get_full_url(request)
            published = timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8)))
            feed.add_item(
                title=item.title,
                link=url,
                description=item.summary,
                unique_id=url,
                unique_id_is_permalink=True,
                pubdate=published,
            )
        response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
        feed.write(response, "utf-8")
        return response


class NewsPage(HubBasePage):
    summary_fields = ("summary", "search_description", "introduction")
    summary_stream = "body"
    date = models.DateField(_("date"), default=datetime.date.today)
    author = models.CharField(_("direction ou auteur"), max_length=200, blank=True)
    summary = models.TextField(_("résumé"), max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = HubBasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["hub.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nouvelle")
        verbose_name_plural = _("nouvelles")


# --- Glossary --------------------------------------------------------------------------
