"""The partnership hub: policy, axis pages, methodology, integrated model, projects,
news with an RSS feed, glossary, request forms and generic content pages.

Every public listing goes through core.access.visible_pages and the page's locale,
and none of them runs a query per listed item.
"""

import datetime
import unicodedata
from urllib.parse import urlencode

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Sum
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import sync_staff_restriction, visible_pages
from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import ReviewDateMixin
from core.pagination import paginate
from hub import blocks as hub_blocks
from videos.blocks import VideoBlock
from vocabulary.models import Axis, ClassifiedPageMixin

INTRO_FEATURES = ["bold", "italic", "link"]
MAX_FILTER_VALUES = 10


def french_sort_key(text):
    """French collation for sorting: « É » sorts with « E », « Œ » as « OE », case ignored."""
    text = (text or "").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return (stripped.casefold(), text.casefold())


def initial_letter(text):
    """The letter a term is filed under: « Écoute » → E; digits and symbols → #."""
    for char in french_sort_key(text)[0]:
        if char.isalnum():
            return char.upper() if "a" <= char <= "z" else "#"
    return "#"


class HubBasePage(ReviewDateMixin, Page):
    """What every hub page shares: an introduction, the review date, the hub CSS."""

    introduction = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)

    search_fields = Page.search_fields + [index.SearchField("introduction")]
    settings_panels = Page.settings_panels + ReviewDateMixin.review_panels

    class Meta:
        abstract = True


# --- Section index and generic pages ----------------------------------------------------


class HubPage(HubBasePage):
    """« Partenariat »: the hub section under the home page; lists its children."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = HubBasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "hub.PolicyPage",
        "hub.AxisPage",
        "hub.MethodologyPage",
        "hub.IntegratedModelPage",
        "hub.ProjectIndexPage",
        "hub.GlossaryPage",
        "hub.RequestFormPage",
        "hub.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("section Partenariat")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().filter(locale_id=self.locale_id)
        context["children"] = visible_pages(children, request).only(
            "id", "title", "url_path", "path", "depth", "search_description", "locale_id"
        )
        return context


class ContentPage(HubBasePage):
    """A generic page (privacy policy, recognition of partner users…) built from shared blocks."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = HubBasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "hub.HubPage", "hub.ContentPage"]
    subpage_types = ["hub.ContentPage"]

    class Meta:
        verbose_name = _("page de contenu")


# --- The policy ----------------------------------------------------------------------


class PolicyPage(HubBasePage):
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


class MethodologyPage(HubBasePage):
    """« Impliquer un usager »: ordered steps, each with who, a checklist and tools."""

    steps = StreamField(
        [("step", hub_blocks.MethodStepBlock())], verbose_name=_("étapes"), blank=True
    )
    support = RichTextField(
        _("soutien offert aux équipes"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("steps"),
        FieldPanel("support"),
    ]
    search_fields = HubBasePage.search_fields + [
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

        params = request.GET
        selected_direction = params.get("direction", "")[:100]
        selected_axes = [c for c in params.getlist("axis")[:MAX_FILTER_VALUES]]
        selected_axes = [c for c in dict.fromkeys(selected_axes) if c in Axis.FIXED_CODES]
        selected_status = params.get("status", "")
        filtered = projects
        if selected_direction in directions:
            filtered = filtered.filter(direction=directions[selected_direction])
        else:
            selected_direction = ""
        if selected_axes:
            filtered = filtered.filter(axes__code__in=selected_axes).distinct()
        if selected_status in ProjectStatus.values:
            filtered = filtered.filter(status=selected_status)
        else:
            selected_status = ""

        filtered = filtered.order_by("-start_year", "title").prefetch_related("axes")
        query = [("direction", selected_direction), ("status", selected_status)]
        query += [("axis", code) for code in selected_axes]
        query_prefix = urlencode([(k, v) for k, v in query if v])
        context.update(
            {
                "indicators": self.indicators(projects),
                "projects_page": paginate(request, filtered, self.PER_PAGE),
                "directions": sorted(directions.items(), key=lambda d: french_sort_key(d[1])),
                "axes_options": list(Axis.objects.all()),
                "status_options": ProjectStatus.choices,
                "selected_direction": selected_direction,
                "selected_axes": selected_axes,
                "selected_status": selected_status,
                "is_filtered": bool(selected_direction or selected_axes or selected_status),
                "query_prefix": query_prefix + "&" if query_prefix else "",
            }
        )
        return context


class ProjectPage(ClassifiedPageMixin, HubBasePage):
    """One partnership project and what the users' contribution changed."""

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

    @property
    def years(self):
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


# --- News ------------------------------------------------------------------------------


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
                    "anchor": "terme-" + (slugify(value["term"]) or "x"),
                }
            )
        return sorted(grouped.items(), key=lambda item: (item[0] == "#", item[0]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        letters = self.letters()
        present = {letter for letter, _terms in letters}
        context["letters"] = letters
        context["alphabet"] = [(c, c in present) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        return context


# --- Request forms ---------------------------------------------------------------------

HONEYPOT_FIELD = "site_web"
CONSENT_FIELD = "consentement"


class RequestFormField(AbstractFormField):
    page = ParentalKey("RequestFormPage", on_delete=models.CASCADE, related_name="form_fields")


class RequestFormPage(ReviewDateMixin, AbstractEmailForm):
    """A request form (« Devenir usager partenaire », « Demander un usager partenaire »).

    Submissions are stored (Wagtail's form submissions, exportable by editors). A consent
    checkbox and a honeypot are added to whatever fields editors define; each address
    may post only so many times per hour.
    """

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_notice = RichTextField(
        _("ce que nous conservons"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Quelles données, pourquoi, combien de temps, qui les consulte."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("durée de conservation (mois)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Les demandes plus anciennes sont supprimées par purge_form_submissions."),
    )
    consent_label = models.CharField(
        _("texte de la case de consentement"),
        max_length=400,
        default=(
            "J’accepte que le Bureau du partenariat conserve ces renseignements pour traiter "
            "ma demande, selon l’avis ci-dessus."
        ),
    )
    thank_you_text = RichTextField(
        _("message de remerciement"), features=RICH_TEXT_FEATURES, blank=True
    )
    staff_only = models.BooleanField(
        _("réservé au personnel"),
        default=False,
        help_text=_("Seul le personnel connecté voit et remplit ce formulaire."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("champs du formulaire")),
        MultiFieldPanel(
            [
                FieldPanel("privacy_notice"),
                FieldPanel("retention_months"),
                FieldPanel("consent_label"),
            ],
            heading=_("Consentement et conservation"),
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Avis par courriel (facultatif)"),
        ),
    ]
    settings_panels = AbstractEmailForm.settings_panels + [
        FieldPanel("staff_only"),
        *ReviewDateMixin.review_panels,
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("formulaire de demande")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Follow the published value: a draft revision saves only bookkeeping fields.
        if update_fields is None or "staff_only" in update_fields:
            sync_staff_restriction(self, self.staff_only)
        return result

    def get_form_class(self):
        base = super().get_form_class()
        consent_label = self.consent_label

        class RequestForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    if field.required:
                        field.error_messages["required"] = _(
                            "Remplissez le champ « %(label)s »."
                        ) % {"label": field.label}
                self.fields[CONSENT_FIELD] = forms.BooleanField(
                    label=consent_label,
                    required=True,
                    error_messages={
                        "required": _("Cochez la case de consentement pour envoyer votre demande.")
                    },
                )
                # Invisible to people (hidden by CSS, out of the tab order); bots fill it.
                self.fields[HONEYPOT_FIELD] = forms.CharField(
                    label=_("Laissez ce champ vide"),
                    required=False,
                    widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
                )

        return RequestForm

    def get_data_fields(self):
        return super().get_data_fields() + [(CONSENT_FIELD, _("Consentement"))]

    def process_form_submission(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != HONEYPOT_FIELD}
        submission = self.get_submission_class().objects.create(form_data=data, page=self)
        if self.to_address:
            self.send_mail(form)
        return submission

    def render_email(self, form):
        lines = super().render_email(form).splitlines()
        return "\n".join(line for line in lines if not line.startswith(_("Laissez ce champ vide")))

    @staticmethod
    def too_many_posts(request):
        """Count this address's posts in the cache; True past the limit (default 10/hour)."""
        limit, window = getattr(settings, "HUB_FORM_RATE_LIMIT", (10, 3600))
        address = request.META.get("REMOTE_ADDR") or "unknown"
        key = f"hub:form-posts:{address}"
        if cache.add(key, 1, window):
            return limit < 1
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, window)
            count = 1
        return count > limit

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if self.too_many_posts(request):
            form.errors  # noqa: B018 (validate first so the error is added to a bound form)
            form.add_error(
                None,
                _(
                    "Trop de demandes ont été envoyées depuis votre adresse. "
                    "Réessayez dans une heure ou écrivez-nous."
                ),
            )
            status = 429
        elif form.is_valid():
            if form.cleaned_data.get(HONEYPOT_FIELD):
                # A bot: thank it and store nothing.
                return self.render_landing_page(request, None, *args, **kwargs)
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
