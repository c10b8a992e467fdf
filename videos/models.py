"""Video gallery and video pages: privacy first, accessible, offline.

The editor pastes a YouTube or Vimeo address; `clean()` parses it and the page keeps
the provider and id only. Nothing is fetched from the provider when saving or
rendering; the player is inserted after the visitor's click.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.filters import FilterSet
from core.models import ReviewDateMixin
from core.pages import BaseIndexPage, BasePage, plain_text
from core.pagination import paginate
from core.video_players import (
    TIMESTAMP,
    Player,
    chapter_seconds,
    format_video_duration,
    parsed_or_none,
)
from core.video_providers import PROVIDER_NAMES, InvalidVideoURL, ParsedVideo, parse_video_url
from core.webvtt import chapters_webvtt, parse_webvtt, transcript_paragraphs
from vocabulary.filters import classification_filters
from vocabulary.models import ClassifiedPageMixin

VIDEO_FILE_EXTENSIONS = ("mp4", "webm")
PER_PAGE = 24


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre du chapitre"), max_length=200)
    time = blocks.RegexBlock(
        label=_("début"),
        regex=TIMESTAMP.pattern,
        max_length=8,
        help_text=_("Minutes:secondes (ex. 1:30) ou heures:minutes:secondes."),
        error_messages={"invalid": _("Écrivez le début comme 1:30 ou 1:02:30.")},
    )

    class Meta:
        icon = "time"
        label = _("Chapitre")
        template = "videos/blocks/chapter_block.html"
        preview_value = {"title": "Le rôle de l’usager partenaire", "time": "1:30"}


class VideoIndexPage(BaseIndexPage):
    """The gallery: every video of this language, filterable by axis and audience."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["videos.VideoPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("galerie de vidéos")

    def videos(self, request):
        queryset = (
            VideoPage.objects.live()
            .child_of(self)
            .select_related("poster")
            # The cards show the axes; the audiences only filter (counted in the database).
            .prefetch_related("axes", "poster__renditions")
            .order_by("title")
        )
        return visible_pages(queryset, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = FilterSet(request.GET, classification_filters())
        videos = self.videos(request)
        filters.count(videos)
        context.update(filters=filters, videos=paginate(request, filters.apply(videos), PER_PAGE))
        return context


def read_webvtt(document):
    """The cues of a WebVTT document; [] when the file is missing or is not WebVTT."""
    if document is None:
        return []
    try:
        with document.file.open("rb") as handle:
            return parse_webvtt(handle.read().decode("utf-8-sig", errors="replace"))
    except (OSError, ValueError):
        return []


class VideoPage(RoutablePageMixin, ClassifiedPageMixin, BasePage):
    summary_fields = ("search_description", "description")
    video_url = models.CharField(
        _("adresse YouTube ou Vimeo"),
        max_length=500,
        blank=True,
        help_text=_(
            "Collez l’adresse telle quelle (youtube.com/watch, youtu.be, shorts, vimeo.com…), "
            "avec ou sans moment de départ. Aucun contenu n’est chargé du fournisseur."
        ),
    )
    provider = models.CharField(
        _("fournisseur"), max_length=20, blank=True, editable=False, choices=PROVIDER_NAMES.items()
    )
    provider_video_id = models.CharField(
        _("identifiant chez le fournisseur"), max_length=20, blank=True, editable=False
    )
    provider_hash = models.CharField(max_length=20, blank=True, editable=False)
    provider_start = models.PositiveIntegerField(default=0, editable=False)
    video_file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("ou fichier vidéo (MP4, WebM)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    captions = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("sous-titres (fichier WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Fichier .vtt dans la langue de la page. Il donne la piste de sous-titres d’un "
            "fichier vidéo hébergé par le site et, si la transcription est vide, la "
            "transcription complète. Les chapitres ci-dessous donnent la piste de chapitres."
        ),
    )
    poster = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image d’aperçu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Servie par le site : aucune vignette n’est demandée au fournisseur."),
    )
    duration = models.PositiveIntegerField(
        _("durée (secondes)"),
        null=True,
        blank=True,
        help_text=_("En secondes : 5 min 08 s = 308."),
    )
    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )
    transcript = RichTextField(
        _("transcription"),
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Vide : remplie à l’enregistrement avec le texte des sous-titres."),
    )
    transcript_is_summary = models.BooleanField(
        _("la transcription est un résumé"),
        default=False,
        help_text=_("Cochez si le texte résume la vidéo au lieu de la retranscrire mot à mot."),
    )
    chapters = StreamField([("chapter", ChapterBlock())], verbose_name=_("chapitres"), blank=True)
    lsq_video_url = models.CharField(
        _("vidéo en LSQ : adresse YouTube ou Vimeo"), max_length=500, blank=True
    )
    lsq_video_file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("ou fichier vidéo en LSQ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("video_file"),
                FieldPanel("captions"),
                FieldPanel("poster"),
                FieldPanel("duration"),
            ],
            heading=_("Vidéo"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("transcript"), FieldPanel("transcript_is_summary")],
            heading=_("Transcription"),
        ),
        FieldPanel("chapters"),
        MultiFieldPanel(
            [FieldPanel("lsq_video_url"), FieldPanel("lsq_video_file")],
            heading=_("Langue des signes québécoise (LSQ)"),
        ),
    ]
    classification_panels = ClassifiedPageMixin.classification_panels
    settings_panels = Page.settings_panels + ReviewDateMixin.review_panels
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(classification_panels, heading=_("Classement")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.FilterField("provider"),
    ]
    api_fields = [
        APIField("provider"),
        APIField("provider_video_id"),
        APIField("duration"),
        APIField("description"),
        APIField("transcript"),
        APIField("transcript_is_summary"),
        APIField("chapters"),
    ]

    parent_page_types = ["videos.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vidéo")

    # --- Provider: parsed once when saving, never fetched ----------------------

    def _apply_parsed(self, parsed):
        self.provider = parsed.provider if parsed else ""
        self.provider_video_id = parsed.video_id if parsed else ""
        self.provider_hash = parsed.vimeo_hash if parsed else ""
        self.provider_start = parsed.start if parsed else 0

    def clean(self):
        super().clean()
        errors = {}
        self.video_url = (self.video_url or "").strip()
        self.lsq_video_url = (self.lsq_video_url or "").strip()
        if self.video_url and self.video_file_id:
            errors["video_file"] = _("Choisissez une adresse ou un fichier, pas les deux.")
        if self.video_url:
            try:
                self._apply_parsed(parse_video_url(self.video_url))
            except InvalidVideoURL as error:
                errors["video_url"] = str(error)
        else:
            self._apply_parsed(None)
            if not self.video_file_id:
                errors["video_url"] = _(
                    "Collez l’adresse d’une vidéo YouTube ou Vimeo, ou choisissez un fichier vidéo."
                )
        for name, allowed in (
            ("video_file", VIDEO_FILE_EXTENSIONS),
            ("lsq_video_file", VIDEO_FILE_EXTENSIONS),
            ("captions", ("vtt",)),
        ):
            document = getattr(self, name)
            if document is not None and document.file_extension.lower() not in allowed:
                errors[name] = _("Format accepté : %(formats)s.") % {
                    "formats": ", ".join(f".{e}" for e in allowed)
                }
        if (
            "captions" not in errors
            and self.captions is not None
            and not read_webvtt(self.captions)
        ):
            errors["captions"] = _(
                "Ce fichier ne contient aucun sous-titre WebVTT lisible : il doit commencer par "
                "« WEBVTT » et donner des temps comme 00:00:01.000 --> 00:00:04.000."
            )
        if self.lsq_video_url:
            try:
                # Keep a canonical address: what the editor pasted is never echoed back.
                self.lsq_video_url = parse_video_url(self.lsq_video_url).watch_url
            except InvalidVideoURL as error:
                errors["lsq_video_url"] = str(error)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Pages created in code (demo, imports) skip clean(): parse here too.
        if self.video_url and not self.provider_video_id:
            try:
                self._apply_parsed(parse_video_url(self.video_url))
            except InvalidVideoURL:
                self._apply_parsed(None)
        if self.captions_id and not plain_text(self.transcript or ""):
            self.fill_transcript_from_captions()
        return super().save(*args, **kwargs)

    def fill_transcript_from_captions(self):
        """The transcript becomes the captions' full text, one paragraph per pause."""
        paragraphs = transcript_paragraphs(read_webvtt(self.captions))
        if paragraphs:
            self.transcript = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            self.transcript_is_summary = False

    # --- WebVTT chapters track, written from the chapters above ----------------------

    @property
    def chapter_pairs(self):
        return [
            (block.value["title"], chapter_seconds(block.value["time"]))
            for block in self.chapters
            if block.block_type == "chapter"
        ]

    @path("chapitres/", name="chapters_vtt")
    def chapters_vtt(self, request):
        if not self.chapter_pairs:
            raise Http404
        response = HttpResponse(
            chapters_webvtt(self.chapter_pairs, self.duration),
            content_type="text/vtt; charset=utf-8",
        )
        response["Content-Language"] = self.locale.language_code
        return response

    @property
    def chapters_url(self):
        url = self.get_url() if self.chapter_pairs else None
        return f"{url}{self.reverse_subpage('chapters_vtt')}" if url else ""

    # --- Rendering ----------------------------------------------------------------

    @property
    def parsed(self):
        if self.provider in PROVIDER_NAMES and self.provider_video_id:
            return ParsedVideo(
                self.provider, self.provider_video_id, self.provider_start, self.provider_hash
            )
        return None

    @property
    def duration_label(self):
        return format_video_duration(self.duration) if self.duration else ""

    @property
    def player(self):
        player = Player(
            dom_id=f"video-{self.pk}",
            title=self.title,
            parsed=self.parsed,
            file=None if self.parsed else self.video_file,
            captions=self.captions,
            poster=self.poster,
            duration=self.duration,
            chapters_url=self.chapters_url,
        )
        return player.with_chapters(self.chapter_pairs)

    @property
    def lsq_player(self):
        parsed = parsed_or_none(self.lsq_video_url)
        if not parsed and not self.lsq_video_file:
            return None
        return Player(
            dom_id=f"video-{self.pk}-lsq",
            title=f"{self.title} (LSQ)",
            parsed=parsed,
            file=None if parsed else self.lsq_video_file,
            poster=self.poster,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["player"] = self.player
        context["lsq_player"] = self.lsq_player
        return context
