"""Partnership projects and their index, with indicators computed from the projects."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Sum
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.filters import Filter, FilterSet
from core.pagination import paginate
from core.text import french_sort_key
from hub.indicators import computed_indicators
from hub.models.base import HubBasePage
from hub.panels import ComputedIndicatorsPanel
from vocabulary.filters import axis_filter
from vocabulary.models import ClassifiedPageMixin


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("À venir")
    IN_PROGRESS = "in_progress", _("En cours")
    COMPLETED = "completed", _("Terminé")


class ProjectIndexPage(HubBasePage):
    """Partnership projects, filterable, with indicators computed from the projects."""

    PER_PAGE = 20

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HubPage"]
    subpage_types = ["hub.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des projets de partenariat")

    def visible_projects(self, request):
        projects = ProjectPage.objects.live().descendant_of(self).filter(locale_id=self.locale_id)
        return visible_pages(projects, request)

    @staticmethod
    def indicators(projects):
        """« N projets dans M directions », partner users involved: one aggregate query."""
        totals = projects.order_by().aggregate(
            projects=Count("pk", distinct=True),
            directions=Count("direction", distinct=True),
            users=Sum("partner_users_count"),
        )
        totals["users"] = totals["users"] or 0
        return totals

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.visible_projects(request)
        directions = {}
        for name in projects.order_by().values_list("direction", flat=True).distinct():
            directions[slugify(name)[:100] or "direction"] = name
        direction = Filter(
            "direction",
            _("Direction"),
            sorted(directions.items(), key=lambda d: french_sort_key(d[1])),
            values=directions,
            multiple=False,
            all_label=_("Toutes les directions"),
        )
        status = Filter(
            "status",
            _("Statut"),
            ProjectStatus.choices,
            multiple=False,
            all_label=_("Tous les statuts"),
        )
        filters = FilterSet(request.GET, [direction, status, axis_filter(_("Axe"))])
        filters.count(projects)
        filtered = filters.apply(projects)
        filtered = filtered.order_by("-start_year", "title").prefetch_related("axes")
        context.update(
            indicators=self.indicators(projects),
            computed_indicators=computed_indicators(projects),
            projects_page=paginate(request, filtered, self.PER_PAGE),
            filters=filters,
        )
        return context


class ProjectPage(ClassifiedPageMixin, HubBasePage):
    """One partnership project and what the users' contribution changed."""

    summary_fields = ("summary", "search_description", "introduction")
    summary_stream = "body"

    institution = models.CharField(_("établissement"), max_length=200, blank=True)
    direction = models.CharField(_("direction"), max_length=200)
    start_year = models.PositiveSmallIntegerField(
        _("année de début"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    end_year = models.PositiveSmallIntegerField(
        _("année de fin"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.IN_PROGRESS
    )
    partner_users_count = models.PositiveSmallIntegerField(
        _("nombre d’usagers partenaires impliqués"), default=0
    )
    summary = models.TextField(_("résumé"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("description du projet"), blank=True)
    results = RichTextField(_("résultats"), features=RICH_TEXT_FEATURES, blank=True)
    user_contribution = RichTextField(
        _("ce que la contribution des usagers a changé"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Montrez aux usagers partenaires comment leur apport a été utilisé : "
            "décisions prises, outils modifiés, pratiques changées."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldPanel("direction"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("partner_users_count")]),
            ],
            heading=_("Fiche du projet"),
        ),
        ComputedIndicatorsPanel(heading=_("Indicateurs calculés à partir des demandes")),
        MultiFieldPanel(ClassifiedPageMixin.classification_panels, heading=_("Classement")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("results"), FieldPanel("user_contribution")],
            heading=_("Résultats"),
        ),
    ]
    search_fields = HubBasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("direction"),
        index.SearchField("institution"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("user_contribution"),
        index.FilterField("status"),
    ]

    parent_page_types = ["hub.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("projet de partenariat")
        verbose_name_plural = _("projets de partenariat")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("L’année de fin précède l’année de début.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = ProjectPage.objects.filter(pk=self.pk)
        context["computed_indicators"] = computed_indicators(projects)
        return context

    @property
    def years(self):
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


# --- News ------------------------------------------------------------------------------
