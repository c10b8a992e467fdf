"""The glossary, filed by letter in French collation."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.text import french_sort_key, initial_letter
from hub import blocks as hub_blocks
from hub.models.base import HubBasePage


class GlossaryPage(HubBasePage):
    """Terms of partnership with their definitions, filed by letter (French collation)."""

    terms = StreamField(
        [("term", hub_blocks.GlossaryTermBlock())], verbose_name=_("termes"), blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("terms")]
    search_fields = HubBasePage.search_fields + [index.SearchField("terms")]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossaire")

    def letters(self):
        """[(letter, [terms])] in French alphabetical order; each term gets an anchor."""
        entries = sorted(
            (block.value for block in self.terms), key=lambda v: french_sort_key(v["term"])
        )
        grouped = {}
        for value in entries:
            grouped.setdefault(initial_letter(value["term"]), []).append(
                {
                    "term": value["term"],
                    "other_language": value["other_language"],
                    "definition": value["definition"],
                    "anchor": hub_blocks.glossary_anchor(value["term"]),
                }
            )
        return sorted(grouped.items(), key=lambda item: (item[0] == "#", item[0]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        letters = self.letters()
        present = {letter for letter, _terms in letters}
        context["letters"] = letters
        context["other_language_code"] = "en" if self.locale.language_code == "fr" else "fr"
        context["alphabet"] = [(c, c in present) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        return context


# --- Request forms ---------------------------------------------------------------------
