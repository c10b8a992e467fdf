"""« Impliquer un usager »: the methodology as ordered steps that link to tools."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.blocks import RICH_TEXT_FEATURES
from core.pages import PlainLanguageMixin
from hub import blocks as hub_blocks
from hub.models.base import HubBasePage


class MethodologyPage(PlainLanguageMixin, HubBasePage):
    """« Impliquer un usager »: ordered steps, each with who, a checklist and tools."""

    steps = StreamField(
        [("step", hub_blocks.MethodStepBlock())], verbose_name=_("étapes"), blank=True
    )
    support = RichTextField(
        _("soutien offert aux équipes"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PlainLanguageMixin.plain_language_panels,
        FieldPanel("steps"),
        FieldPanel("support"),
    ]
    search_fields = HubBasePage.search_fields + [
        index.SearchField("plain_summary"),
        index.SearchField("steps"),
        index.SearchField("support"),
    ]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("méthodologie « Impliquer un usager »")

    def resolved_steps(self, request):
        """Steps with their tools in the page's language, only those the visitor may see.

        The linked tools are looked up in two queries for all steps together.
        """
        steps = list(self.steps)
        chosen_ids = {tool.pk for step in steps for tool in step.value["tools"] if tool}
        by_chosen = {}
        if chosen_ids:
            chosen = dict(
                Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key")
            )
            candidates = visible_pages(
                Page.objects.live().filter(translation_key__in=set(chosen.values())), request
            )
            by_key = {}
            for page in candidates:
                # Prefer the page in this page's language; fall back to the original.
                if page.locale_id == self.locale_id or page.translation_key not in by_key:
                    by_key[page.translation_key] = page
            by_chosen = {pk: by_key[key] for pk, key in chosen.items() if key in by_key}
        resolved = []
        for number, step in enumerate(steps, start=1):
            tools = [by_chosen[t.pk] for t in step.value["tools"] if t and t.pk in by_chosen]
            resolved.append({"number": number, "value": step.value, "tools": tools})
        return resolved

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resolved_steps"] = self.resolved_steps(request)
        return context


# --- Integrated model -----------------------------------------------------------------
