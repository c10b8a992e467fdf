"""Training catalogue and modules a trainer can run a session from.

Facilitator notes are trainer-only (core.access.is_trainer) on every surface: the
page shows them only to trainers, the guide and the kit answer 404 to anyone else,
search never indexes them (FacilitatorNotesBlock) and the API exposes
`public_agenda`, which leaves them out.
"""

import re
from datetime import datetime, timedelta

from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.access import is_trainer, visible_pages
from core.filters import Filter, FilterSet
from core.models import ReviewDateMixin
from core.pages import BaseIndexPage, BasePage
from core.pagination import paginate
from formations.blocks import (
    ACTIVITY_KINDS,
    MATERIAL_KINDS,
    Activity,
    ActivityBlock,
    ExerciseBlock,
    LinkedPagesBlock,
    MaterialBlock,
)
from formations.kit import build_kit
from vocabulary.filters import classification_filters
from vocabulary.models import ClassifiedPageMixin

FORMATS = [
    ("in_person", _("En présence")),
    ("virtual", _("Virtuelle")),
    ("self_paced", _("Autoformation")),
]
DEFAULT_START = (9, 0)
START_PATTERN = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:hH]\s*([0-5]\d)?\s*$")


def format_minutes(minutes, language=None):
    """135 → « 2 h 15 » (French) or "2 h 15 min" (English); 45 → « 45 min »; 120 → « 2 h »."""
    minutes = max(int(minutes or 0), 0)
    hours, rest = divmod(minutes, 60)
    english = (language or get_language()) == "en"
    nbsp = "\u00a0"
    if not hours:
        return f"{rest}{nbsp}min"
    if not rest:
        return f"{hours}{nbsp}h"
    return f"{hours}{nbsp}h{nbsp}{rest:02d}" + (f"{nbsp}min" if english else "")


def parse_start(value):
    """« 13:30 », « 13h30 », « 9 h » → (13, 30); anything else → None."""
    if not isinstance(value, str) or len(value) > 10:
        return None
    match = START_PATTERN.match(value)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2) or 0)


def start_from(request):
    """The session's start from `?debut=13:30` (or the older `?start=`), and a message
    when the value given is not a time: then the default 9 h 00 applies."""
    raw = request.GET.get("debut")
    if raw is None:
        raw = request.GET.get("start")
    if raw is None or not raw.strip():
        return DEFAULT_START, ""
    start = parse_start(raw)
    if start is not None:
        return start, ""
    message = _(
        "« %(value)s » n’est pas une heure valide (exemple : 13:30) : "
        "les heures sont calculées à partir de %(default)s."
    ) % {"value": raw[:20], "default": format_clock(*DEFAULT_START)}
    return DEFAULT_START, message


def format_clock(hour, minute, language=None):
    if (language or get_language()) == "en":
        return f"{hour}:{minute:02d}"
    return f"{hour}\u00a0h\u00a0{minute:02d}"


PER_PAGE = 24


class TrainingIndexPage(BaseIndexPage):
    """The catalogue: modules filterable by audience, axis and format."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["formations.TrainingModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogue des formations")

    def modules(self, request):
        queryset = (
            TrainingModulePage.objects.live()
            .child_of(self)
            .defer_streamfields()
            .prefetch_related("axes", "audiences")
            .order_by("title")
        )
        return visible_pages(queryset, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        formats = Filter("format", _("Format"), FORMATS, lookup="delivery_format")
        filters = FilterSet(request.GET, [*classification_filters(), formats])
        modules = self.modules(request)
        filters.count(modules)
        context.update(filters=filters, modules=paginate(request, filters.apply(modules), PER_PAGE))
        return context


class TrainingModulePage(RoutablePageMixin, ClassifiedPageMixin, BasePage):
    summary_fields = ("summary", "search_description")
    summary = models.TextField(
        _("résumé"),
        max_length=500,
        blank=True,
        help_text=_("Une ou deux phrases pour le catalogue."),
    )
    delivery_format = models.CharField(
        _("format"), max_length=20, choices=FORMATS, default="in_person"
    )
    objectives = RichTextField(
        _("objectifs d’apprentissage"), features=["bold", "italic", "ol", "ul"], blank=True
    )
    prerequisites = RichTextField(
        _("préalables"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )
    agenda = StreamField(
        [("activity", ActivityBlock())],
        verbose_name=_("déroulement"),
        blank=True,
        help_text=_("Les activités dans l’ordre ; la durée totale est calculée à partir d’elles."),
    )
    exercises = StreamField(
        [("exercise", ExerciseBlock())], verbose_name=_("exercices"), blank=True
    )
    materials = StreamField(
        [("material", MaterialBlock())],
        verbose_name=_("documents à remettre et présentations"),
        blank=True,
    )
    linked_pages = StreamField(
        LinkedPagesBlock(), verbose_name=_("outils et vidéos liés"), blank=True
    )
    evaluation = RichTextField(
        _("évaluer la séance"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )
    duration_minutes = models.PositiveIntegerField(
        _("durée totale (minutes)"), default=0, editable=False
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("delivery_format")], heading=_("En bref")
        ),
        MultiFieldPanel(
            [FieldPanel("objectives"), FieldPanel("prerequisites")],
            heading=_("Objectifs et préalables"),
        ),
        FieldPanel("agenda"),
        FieldPanel("exercises"),
        MultiFieldPanel(
            [FieldPanel("materials"), FieldPanel("linked_pages")], heading=_("Matériel et liens")
        ),
        FieldPanel("evaluation"),
    ]
    settings_panels = Page.settings_panels + ReviewDateMixin.review_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(ClassifiedPageMixin.classification_panels, heading=_("Classement")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(settings_panels, heading=_("Paramètres")),
        ]
    )

    # Never `agenda` as a whole: its facilitator notes are trainer-only.
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("prerequisites"),
        index.SearchField("public_agenda_text"),
        # « formation » / "training" find every module, whatever its title says.
        index.SearchField("search_type_words", boost=2),
        index.SearchField("exercises"),
        index.SearchField("evaluation"),
        index.FilterField("delivery_format"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("delivery_format"),
        APIField("duration_minutes"),
        APIField("objectives"),
        APIField("prerequisites"),
        APIField("public_agenda"),
        APIField("exercises"),
        APIField("evaluation"),
    ]

    parent_page_types = ["formations.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module de formation")
        # Not Django's default « module de formations » (axis pages list them by this name).
        verbose_name_plural = _("modules de formation")

    # --- Durations ----------------------------------------------------------------

    def compute_duration(self):
        return sum(
            int(block.value.get("duration") or 0)
            for block in self.agenda
            if block.block_type == "activity"
        )

    def save(self, *args, **kwargs):
        self.duration_minutes = self.compute_duration()
        return super().save(*args, **kwargs)

    @property
    def duration_label(self):
        return format_minutes(self.duration_minutes)

    @property
    def format_label(self):
        return dict(FORMATS).get(self.delivery_format, "")

    # --- Public views of the agenda (no notes) -------------------------------------

    @property
    def public_agenda(self):
        kinds = dict(ACTIVITY_KINDS)
        return [
            {
                "title": block.value["title"],
                "duration": block.value["duration"],
                "kind": block.value["kind"],
                "kind_label": str(kinds.get(block.value["kind"], "")),
                "description": block.value["description"].source
                if block.value.get("description")
                else "",
            }
            for block in self.agenda
            if block.block_type == "activity"
        ]

    def search_type_words(self):
        """What a module is, in the page's own language: « formation, module de formation »."""
        with translation.override(self.locale.language_code):
            return str(_("formation, module de formation"))

    def public_agenda_text(self):
        return "\n".join(f"{item['title']} {item['description']}" for item in self.public_agenda)

    # --- What the page shows ------------------------------------------------------

    @staticmethod
    def _localized_visible(pages, request):
        """Linked pages in the visitor's language when translated, and only those they may see."""
        pages = [p for p in pages if p is not None]
        if not pages:
            return {}
        locale = Locale.get_active()
        keys = {p.translation_key for p in pages}
        candidates = visible_pages(
            Page.objects.live().filter(translation_key__in=keys), request
        ).select_related("locale")
        by_key = {}
        for candidate in candidates:
            current = by_key.get(candidate.translation_key)
            if current is None or candidate.locale_id == locale.pk:
                by_key[candidate.translation_key] = candidate
        return {p.pk: by_key.get(p.translation_key) for p in pages}

    def activities(self, request, show_notes=False, start=None):
        blocks = [b for b in self.agenda if b.block_type == "activity"]
        linked = self._localized_visible([b.value.get("linked_page") for b in blocks], request)
        kinds = dict(ACTIVITY_KINDS)
        clock = None
        if start is not None:
            clock = datetime(2000, 1, 1, start[0], start[1])
        activities = []
        for number, block in enumerate(blocks, start=1):
            value = block.value
            page = value.get("linked_page")
            minutes = int(value.get("duration") or 0)
            activity = Activity(
                number=number,
                title=value["title"],
                minutes=minutes,
                kind=value["kind"],
                kind_label=kinds.get(value["kind"], ""),
                description=value.get("description"),
                linked_page=linked.get(page.pk) if page is not None else None,
                notes=value.get("facilitator_notes") if show_notes else None,
            )
            if clock is not None:
                end = clock + timedelta(minutes=minutes)
                activity.starts_at = format_clock(clock.hour, clock.minute)
                activity.ends_at = format_clock(end.hour, end.minute)
                clock = end
            activities.append(activity)
        return activities

    def related(self, request):
        """(tools, videos) linked to the module, visible and in the visitor's language."""
        items = [(b.block_type, b.value) for b in self.linked_pages]
        localized = self._localized_visible([page for _, page in items], request)
        tools, videos, seen = [], [], set()
        for kind, page in items:
            target = localized.get(page.pk) if page is not None else None
            if target is None or target.pk in seen:
                continue
            seen.add(target.pk)
            (videos if kind == "video" else tools).append(target)
        return tools, videos

    def material_documents(self):
        """(kind label, document) in the editor's order, each document once."""
        kinds = dict(MATERIAL_KINDS)
        found, seen = [], set()
        for block in self.materials:
            document = block.value.get("document")
            if document is None or document.pk in seen:
                continue
            seen.add(document.pk)
            found.append((kinds.get(block.value.get("kind"), ""), document))
        return found

    def exercise_list(self):
        return [b.value for b in self.exercises if b.block_type == "exercise"]

    def guide_context(self, request, start):
        tools, videos = self.related(request)
        return {
            "page": self,
            "activities": self.activities(request, show_notes=True, start=start),
            "start_label": format_clock(*start),
            "start_value": f"{start[0]:02d}:{start[1]:02d}",
            "exercises": self.exercise_list(),
            "materials": self.material_documents(),
            "tools": tools,
            "videos": videos,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        trainer = is_trainer(request.user)
        tools, videos = self.related(request)
        context.update(
            is_trainer=trainer,
            activities=self.activities(request, show_notes=trainer),
            exercises=self.exercise_list(),
            materials=self.material_documents(),
            tools=tools,
            videos=videos,
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if is_trainer(request.user):
            # Notes are in this response: no shared cache may keep it.
            patch_cache_control(response, private=True, no_store=True)
        return response

    # --- Trainer-only sub-pages ---------------------------------------------------

    def _require_trainer(self, request):
        if not is_trainer(request.user):
            raise Http404

    @path("guide/", name="guide")
    def guide(self, request):
        self._require_trainer(request)
        start, start_error = start_from(request)
        context = self.guide_context(request, start)
        context["start_error"] = start_error
        response = TemplateResponse(request, "formations/training_guide.html", context)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex"
        return response

    @path("trousse/", name="kit")
    def kit(self, request):
        self._require_trainer(request)
        start, _error = start_from(request)
        filename, content = build_kit(self, request, start)
        response = HttpResponse(content, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        patch_cache_control(response, private=True, no_store=True)
        return response
