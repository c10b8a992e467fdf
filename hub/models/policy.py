"""The partnership policy: structured values, axes, roles, version and adoption."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, VideoBlock
from core.pages import PlainLanguageMixin
from hub import blocks as hub_blocks
from hub.models.base import HubBasePage


class PolicyPage(PlainLanguageMixin, HubBasePage):
    """The partnership policy, section by section, with a table of contents."""

    why = RichTextField(_("pourquoi une politique"), features=RICH_TEXT_FEATURES, blank=True)
    sources = StreamField(
        [("source", hub_blocks.SourceBlock())], verbose_name=_("sources"), blank=True
    )
    vision = models.TextField(_("vision de l’établissement (citation)"), blank=True)
    values = StreamField(
        [("value", hub_blocks.ValueBlock())], verbose_name=_("valeurs et principes"), blank=True
    )
    expectations = RichTextField(
        _("mais surtout… (attentes des usagers)"), features=RICH_TEXT_FEATURES, blank=True
    )
    goal = RichTextField(_("but de la politique"), features=RICH_TEXT_FEATURES, blank=True)
    definition = RichTextField(
        _("définition du partenariat"), features=RICH_TEXT_FEATURES, blank=True
    )
    users_partnership = RichTextField(
        _("partenariat avec les usagers et leurs proches"),
        features=RICH_TEXT_FEATURES,
        blank=True,
    )
    axes = StreamField(
        [("axis", hub_blocks.PolicyAxisBlock())], verbose_name=_("les trois axes"), blank=True
    )
    videos = StreamField([("video", VideoBlock())], verbose_name=_("vidéos"), blank=True)
    population_partnership = RichTextField(
        _("partenariat avec la population"), features=RICH_TEXT_FEATURES, blank=True
    )
    conditions = RichTextField(
        _("pour y arriver (conditions de réussite)"), features=RICH_TEXT_FEATURES, blank=True
    )
    roles = StreamField(
        [("actor", hub_blocks.ActorBlock())],
        verbose_name=_("rôles et responsabilités"),
        blank=True,
    )
    benefits = StreamField(
        [("benefit", hub_blocks.BenefitBlock())], verbose_name=_("bénéfices"), blank=True
    )
    next_steps = StreamField(
        [("item", hub_blocks.ListItemBlock())], verbose_name=_("prochaines étapes"), blank=True
    )
    version = models.CharField(_("version"), max_length=50, blank=True)
    adoption_date = models.DateField(_("date d’adoption"), null=True, blank=True)
    adopted_by = models.CharField(_("instance qui l’a adoptée"), max_length=250, blank=True)
    policy_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("politique (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PlainLanguageMixin.plain_language_panels,
        MultiFieldPanel(
            [
                FieldPanel("why"),
                FieldPanel("sources"),
                FieldPanel("vision"),
                FieldPanel("values"),
                FieldPanel("expectations"),
            ],
            heading=_("Pourquoi une politique"),
        ),
        MultiFieldPanel(
            [FieldPanel("goal"), FieldPanel("definition")], heading=_("But et définition")
        ),
        MultiFieldPanel(
            [FieldPanel("users_partnership"), FieldPanel("axes"), FieldPanel("videos")],
            heading=_("Partenariat avec les usagers et leurs proches"),
        ),
        FieldPanel("population_partnership"),
        MultiFieldPanel(
            [FieldPanel("conditions"), FieldPanel("roles")],
            heading=_("Rôles et responsabilités"),
        ),
        MultiFieldPanel(
            [FieldPanel("benefits"), FieldPanel("next_steps")],
            heading=_("Bénéfices et prochaines étapes"),
        ),
    ]
    document_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("version"), FieldPanel("adoption_date")]),
                FieldPanel("adopted_by"),
                FieldPanel("policy_document"),
            ],
            heading=_("Document officiel"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(document_panels, heading=_("Version et adoption")),
            ObjectList(Page.promote_panels, heading=_("Référencement")),
            ObjectList(HubBasePage.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = HubBasePage.search_fields + [
        index.SearchField("plain_summary"),
        index.SearchField("why"),
        index.SearchField("values"),
        index.SearchField("goal"),
        index.SearchField("definition"),
        index.SearchField("users_partnership"),
        index.SearchField("axes"),
        index.SearchField("population_partnership"),
        index.SearchField("roles"),
    ]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("politique de partenariat")

    def table_of_contents(self):
        """(anchor, label) for each section that has content, in reading order."""
        sections = [
            ("pourquoi", _("Pourquoi une politique ?"), self.why or self.sources),
            ("valeurs", _("Valeurs et principes"), self.values),
            ("but", _("But de la politique"), self.goal),
            ("definition", _("Définition du partenariat"), self.definition),
            (
                "usagers-proches",
                _("Partenariat avec les usagers et leurs proches"),
                self.users_partnership or self.axes,
            ),
            ("population", _("Partenariat avec la population"), self.population_partnership),
            ("roles", _("Rôles et responsabilités"), self.roles or self.conditions),
            ("benefices", _("Bénéfices du partenariat"), self.benefits),
            ("prochaines-etapes", _("Prochaines étapes"), self.next_steps),
            ("document", _("Version et adoption"), True),
        ]
        return [(anchor, label) for anchor, label, content in sections if content]


# --- Axis pages ------------------------------------------------------------------------
