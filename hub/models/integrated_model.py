"""The integrated model: partner approach, experience evaluation, committees."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from hub import blocks as hub_blocks
from hub.models.base import HubBasePage


class IntegratedModelPage(HubBasePage):
    """The integrated model of partnership with users and its components."""

    mission = models.TextField(_("énoncé de mission du modèle"), blank=True)
    components = StreamField(
        [("component", hub_blocks.ModelComponentBlock())],
        verbose_name=_("composantes"),
        blank=True,
    )
    benefits_introduction = RichTextField(
        _("retombées (introduction)"), features=RICH_TEXT_FEATURES, blank=True
    )
    benefits = StreamField(
        [("item", hub_blocks.ListItemBlock())], verbose_name=_("retombées"), blank=True
    )
    contact = RichTextField(_("pour en savoir plus"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("mission"),
        FieldPanel("components"),
        MultiFieldPanel(
            [FieldPanel("benefits_introduction"), FieldPanel("benefits")],
            heading=_("Retombées"),
        ),
        FieldPanel("contact"),
    ]
    search_fields = HubBasePage.search_fields + [
        index.SearchField("mission"),
        index.SearchField("components"),
        index.SearchField("benefits"),
    ]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("modèle intégré")


# --- Projects -------------------------------------------------------------------------
