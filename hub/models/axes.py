"""One page per axis of partnership, listing every page type classified under it."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    HelpPanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from hub import blocks as hub_blocks
from hub.models.base import HubBasePage
from vocabulary.models import ClassifiedPageMixin


def classified_page_models():
    """Every concrete page model classified by axis (tools, trainings, videos, projects…).

    Found by inheritance so that page types added later appear on axis pages unchanged.
    """
    preferred = {"outils": 0, "formations": 1, "videos": 2, "hub": 3}
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, ClassifiedPageMixin)
        and issubclass(model, Page)
        and not model._meta.abstract
    ]
    return sorted(found, key=lambda m: (preferred.get(m._meta.app_label, 9), m.__name__))


class AxisPage(HubBasePage):
    """One axis of partnership: what it means, examples, and everything tagged with it."""

    summary_stream = "body"

    LISTING_LIMIT = 12

    axis = models.ForeignKey(
        "vocabulary.Axis", verbose_name=_("axe"), on_delete=models.PROTECT, related_name="+"
    )
    definition = RichTextField(_("définition"), features=RICH_TEXT_FEATURES, blank=True)
    examples = StreamField(
        [("example", hub_blocks.AxisExampleBlock())], verbose_name=_("exemples"), blank=True
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu complémentaire"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("axis"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("definition"), FieldPanel("examples")],
            heading=_("Définition et exemples"),
        ),
        FieldPanel("body"),
        HelpPanel(
            content=_(
                "Les outils, formations et vidéos associés à cet axe s’affichent "
                "automatiquement sous le contenu."
            )
        ),
    ]
    search_fields = HubBasePage.search_fields + [
        index.SearchField("definition"),
        index.SearchField("examples"),
        index.FilterField("axis"),
    ]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("page d’axe")

    def clean(self):
        super().clean()
        if self.axis_id:
            others = AxisPage.objects.filter(axis_id=self.axis_id, locale_id=self.locale_id)
            if self.pk:
                others = others.exclude(pk=self.pk)
            if others.exists():
                raise ValidationError({"axis": _("Cet axe a déjà sa page dans cette langue.")})

    def tagged_groups(self, request):
        """Per classified page type: the visible live pages tagged with this axis.

        Two queries per page type (count, first items), whatever the number of items.
        """
        groups = []
        code = self.axis.code
        for model in classified_page_models():
            pages = model.objects.live().filter(locale_id=self.locale_id, axes__code=code)
            pages = visible_pages(pages, request)
            total = pages.count()
            if not total:
                continue
            items = list(pages.order_by("title")[: self.LISTING_LIMIT])
            groups.append(
                {
                    "model": model,
                    "label": model._meta.verbose_name_plural,
                    "anchor": slugify(f"{model._meta.app_label}-{model.__name__}"),
                    "items": items,
                    "total": total,
                    # Looked up even when every item shows: the query count stays the same.
                    "index": self._index_for(model, request),
                    "complete": total <= len(items),
                }
            )
        return groups

    def _index_for(self, model, request):
        """The listing page of a page type (its parent type, other than home or the hub)."""
        parent_models = [
            m
            for m in model.allowed_parent_page_models()
            if m._meta.label not in ("wagtailcore.Page", "home.HomePage", "hub.HubPage")
        ]
        if not parent_models:
            return None
        content_types = ContentType.objects.get_for_models(*parent_models).values()
        indexes = Page.objects.live().filter(
            locale_id=self.locale_id, content_type__in=content_types
        )
        return visible_pages(indexes, request).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = self.tagged_groups(request)
        return context


# --- Methodology ----------------------------------------------------------------------
