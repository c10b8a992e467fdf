"""The base pages every page type is built on (one base page, one index-page base).

`BasePage`: the review date and its panel, `listing_summary()` for cards and site search,
and Wagtail's view-restriction check answered from the access snapshot. `BaseIndexPage`
adds the introduction that galleries, catalogues and hub sections open with.
"""

import html
import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.access import page_is_restricted
from core.models import ReviewDateMixin
from core.text import readability

__all__ = [
    "INTRO_FEATURES",
    "PlainLanguageMixin",
    "ReadabilityPanel",
    "SUMMARY_WORDS",
    "BaseIndexPage",
    "BasePage",
    "plain_text",
]

INTRO_FEATURES = ["bold", "italic", "link"]
SUMMARY_WORDS = 40
# StreamField blocks whose text can stand in for a summary when a page has none.
SUMMARY_TEXT_BLOCKS = ("paragraph", "text", "rich_text")
_SPACES = re.compile(r"\s+")


def plain_text(value):
    """Rich text or HTML as one line of plain text."""
    return _SPACES.sub(" ", html.unescape(strip_tags(str(value)))).strip()


class BasePage(ReviewDateMixin, Page):
    """Every page type of the site: the review date and its panel, a summary for listings.

    `summary_fields` names, in order of preference, the fields whose text describes the
    page in a card or a search result; `summary_stream` a StreamField whose first
    paragraph stands in when they are all empty.
    """

    settings_panels = Page.settings_panels + ReviewDateMixin.review_panels
    summary_fields = ("search_description",)
    summary_stream = None

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's own restriction check asks this on every page view (two queries).

        The access snapshot already knows whether any restriction applies to the page or
        an ancestor: when none does, answer without a query; otherwise Wagtail's query.
        Aliases follow their source page, as in Wagtail.
        """
        if not self.alias_of_id and not page_is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def listing_summary(self):
        """A short plain-text description (at most SUMMARY_WORDS words), or ""."""
        for name in self.summary_fields:
            text = plain_text(getattr(self, name) or "")
            if text:
                return Truncator(text).words(SUMMARY_WORDS)
        stream = getattr(self, self.summary_stream) if self.summary_stream else None
        for block in getattr(stream, "raw_data", None) or ():
            value = block.get("value")
            if block.get("type") in SUMMARY_TEXT_BLOCKS and isinstance(value, str):
                text = plain_text(value)
                if text:
                    return Truncator(text).words(SUMMARY_WORDS)
        return ""


class BaseIndexPage(BasePage):
    """A page that introduces what lies under it: galleries, catalogues, hub sections."""

    introduction = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]
    summary_fields = ("search_description", "introduction")

    class Meta:
        abstract = True


class ReadabilityPanel(FieldPanel):
    """A text field with its French readability under it (core.text.readability), worked
    out from the text the form holds: the saved draft, or what was just submitted."""

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is None:
                return
            judged = readability(str(self.bound_field.value() or ""))
            if judged is None:
                hint = gettext_now("Lisibilité : écrivez au moins dix mots pour l’évaluer.")
            else:
                score, label = judged
                hint = gettext_now(
                    "Lisibilité : %(score)s sur 100, %(label)s (visez 60 ou plus : "
                    "phrases courtes, mots courants)."
                ) % {"score": score, "label": label}
            self.help_text = f"{self.help_text} {hint}".strip() if self.help_text else hint


class PlainLanguageMixin(models.Model):
    """« En mots simples »: an optional plain-language version of a page's summary, shown
    first to the public (users, families) and after the summary to signed-in staff."""

    plain_summary = models.TextField(
        _("en mots simples"),
        blank=True,
        max_length=800,
        help_text=_(
            "Facultatif. Le même message pour le grand public : phrases courtes, mots "
            "de tous les jours, « vous »."
        ),
    )

    plain_language_panels = [ReadabilityPanel("plain_summary")]

    class Meta:
        abstract = True
