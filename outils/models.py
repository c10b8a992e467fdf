"""The tool bank: an index page with facets and one page per tool.

Staff-only tools are hidden with Wagtail's own page privacy (a PageViewRestriction kept
in step with the `staff_only` switch), so the page view, the API and the sitemap refuse
them natively; the listing, the counts and the related panel filter with
`core.access.visible_pages` or the facet index (outils.facet_index).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField

from core import sites
from core.access import sync_staff_restriction
from core.blocks import BaseStreamBlock
from core.models import ReviewDateMixin
from core.pages import BaseIndexPage, BasePage, PlainLanguageMixin, ReadabilityPanel
from core.templatetags.core_tags import document_format
from core.text import sort_key
from outils import sheet, usefulness
from outils.feedback import FeedbackForm, already_answered, handle_feedback
from outils.listing import ToolListing
from outils.text import LANG_EN, LANG_FR, language_badge
from outils.usage import usage_for
from vocabulary.models import ClassifiedPageMixin

LANG_BOTH = "both"
MATERIAL_LANGUAGE_CHOICES = [
    (LANG_FR, _("En français seulement")),
    (LANG_EN, _("En anglais seulement")),
    (LANG_BOTH, _("En français et en anglais")),
]
DOCUMENT_LANGUAGE_CHOICES = [(LANG_FR, _("français")), (LANG_EN, _("anglais"))]
# Commands that write tools need the French tool bank: production never gets demo pages.
NO_TOOL_BANK = _(
    "Aucune banque d’outils en français : créez-la dans l’admin (sous la page d’accueil) "
    "ou chargez le contenu de démonstration (manage.py load_demo_content)."
)


class ToolIndexPage(BaseIndexPage):
    """/fr/outils/ and /en/tools/: the faceted listing."""

    usefulness_threshold = models.PositiveSmallIntegerField(
        _("avis nécessaires pour afficher l’utilité"),
        default=usefulness.DEFAULT_THRESHOLD,
        validators=[MinValueValidator(1)],
        help_text=_(
            "« 87 % des personnes l’ont trouvé utile (23 avis) » s’affiche sur un outil "
            "à partir de ce nombre de réponses."
        ),
    )
    review_grace_days = models.PositiveSmallIntegerField(
        _("délai de grâce après la date de révision (jours)"),
        default=usefulness.DEFAULT_GRACE_DAYS,
        help_text=_(
            "Un outil dont la date de révision est dépassée depuis plus longtemps "
            "affiche « En révision » aux lecteurs."
        ),
    )

    catalogue_publisher = models.CharField(
        _("éditeur du catalogue ouvert"),
        max_length=200,
        default="Bureau du partenariat avec l’usager",
        help_text=_("Nommé dans le catalogue ouvert (CSV et JSON) pour l’attribution."),
    )
    catalogue_license = models.CharField(
        _("licence du catalogue ouvert"),
        max_length=200,
        default="CC BY-NC-SA 4.0",
        help_text=_("La licence sous laquelle les outils publics peuvent être réutilisés."),
    )

    settings_panels = BaseIndexPage.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("usefulness_threshold"), FieldPanel("review_grace_days")],
            heading=_("Utilité et fraîcheur des outils"),
        ),
        MultiFieldPanel(
            [FieldPanel("catalogue_publisher"), FieldPanel("catalogue_license")],
            heading=_("Catalogue ouvert"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("usefulness_threshold"),
        SynchronizedField("review_grace_days"),
        SynchronizedField("catalogue_publisher"),
        SynchronizedField("catalogue_license"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["outils.ToolPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("banque d’outils")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = ToolListing(request, self, ToolPage)
        return context


class ToolPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "outils.ToolPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ToolPageForm(WagtailAdminPageForm):
    """Puts the chosen axes and audiences on the page before the model's clean() runs.

    ParentalManyToManyFields are normally assigned after validation, so the model
    could not see them; this way the rule lives in one place (ToolPage.clean).
    """

    def _post_clean(self):
        for name in ("axes", "audiences"):
            if name in self.cleaned_data:
                getattr(self.instance, name).set(self.cleaned_data[name])
        super()._post_clean()


class ToolPage(ClassifiedPageMixin, PlainLanguageMixin, BasePage):
    summary_fields = ("summary", "search_description")
    summary_stream = "body"
    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_("Deux ou trois phrases en langage simple, affichées dans la liste."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)
    when_to_use = RichTextField(
        _("quand l’utiliser"), features=["bold", "italic", "link", "ul"], blank=True
    )
    tool_type = models.ForeignKey(
        "vocabulary.ToolType",
        verbose_name=_("type d’outil"),
        on_delete=models.PROTECT,
        related_name="tools",
        # null=True only so that a draft can be saved before it is complete; the form
        # requires it (blank=False).
        null=True,
    )
    tags = ClusterTaggableManager(through=ToolPageTag, blank=True, verbose_name=_("mots-clés"))
    external_url = models.URLField(_("lien externe"), blank=True, max_length=500)
    source_institution = models.CharField(_("établissement source"), max_length=200, blank=True)
    author = models.CharField(_("auteur"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True)
    last_reviewed = models.DateField(_("dernière révision"), null=True, blank=True)
    material_languages = models.CharField(
        _("langues du matériel"),
        max_length=4,
        choices=MATERIAL_LANGUAGE_CHOICES,
        default=LANG_FR,
        help_text=_("Langues dans lesquelles les documents de l’outil existent."),
    )
    staff_only = models.BooleanField(
        _("réservé au personnel"),
        default=False,
        help_text=_(
            "Invisible pour le public : ni dans la liste, ni dans la recherche, ni ses fichiers."
        ),
    )
    source_id = models.CharField(
        _("identifiant source"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Clé stable utilisée par l’importation (colonne source_id)."),
    )
    sort_title = models.CharField(max_length=255, editable=False, db_index=True, default="")

    base_form_class = ToolPageForm

    content_panels = Page.content_panels + [
        ReadabilityPanel("summary"),
        *PlainLanguageMixin.plain_language_panels,
        FieldPanel("when_to_use"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("attached_documents", label=_("fichier"))],
            heading=_("Fichiers joints"),
        ),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                *ClassifiedPageMixin.classification_panels,
                FieldPanel("tool_type"),
                FieldPanel("tags"),
                FieldPanel("material_languages"),
            ],
            heading=_("Classement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("external_url"),
                FieldRowPanel([FieldPanel("source_institution"), FieldPanel("author")]),
                FieldRowPanel([FieldPanel("year"), FieldPanel("last_reviewed")]),
                FieldPanel("source_id"),
            ],
            heading=_("Source"),
        ),
        MultiFieldPanel(
            [InlinePanel("related_tool_links", label=_("outil connexe"))],
            heading=_("Outils connexes"),
        ),
    ]
    settings_panels = Page.settings_panels + [
        FieldPanel("staff_only"),
        *ReviewDateMixin.review_panels,
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(classification_panels, heading=_("Classement")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("plain_summary"),
        index.SearchField("when_to_use"),
        index.SearchField("body"),
        index.SearchField("source_institution"),
        index.SearchField("author"),
        index.AutocompleteField("summary"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("staff_only"),
        index.FilterField("material_languages"),
        index.FilterField("tool_type"),
        index.FilterField("year"),
    ]

    override_translatable_fields = ClassifiedPageMixin.override_translatable_fields + [
        SynchronizedField("tool_type"),
        SynchronizedField("material_languages"),
        SynchronizedField("staff_only"),
        SynchronizedField("year"),
        SynchronizedField("source_id"),
    ]

    parent_page_types = ["outils.ToolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("outil")
        verbose_name_plural = _("outils")

    def clean(self):
        super().clean()
        errors = {}
        if not self.axes.all():
            errors["axes"] = _("Choisissez au moins un axe du partenariat.")
        if not self.audiences.all():
            errors["audiences"] = _("Choisissez au moins un public cible.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.sort_title = sort_key(self.title)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = list({*update_fields, "sort_title"})
        super().save(*args, **kwargs)
        if self.staff_only:
            # Fail-safe: hidden as soon as the switch is on, even in a draft. It is
            # lifted only when a version with the switch off is published.
            sync_staff_restriction(self, True)

    # --- What the page shows ------------------------------------------------

    @property
    def documents(self):
        return [link.document for link in self.document_links]

    @cached_property
    def document_links(self):
        """The attached files (ToolDocument, with `document` and `label`), in order."""
        items = self.attached_documents.select_related("document")
        return [item for item in items if item.document_id]

    def language_badge(self):
        return language_badge(self.material_languages)

    def related_tools(self, request, index_page=None):
        """The editor's choices first, then tools sharing tags and axes (outils.sheet)."""
        return sheet.related_tools(self, request, index_page or self.tool_bank(request))

    def tool_bank(self, request):
        """The tool bank above this tool: from the frame snapshot when it is the one there."""
        index_page = sites.section_page(request, sites.home_for_request(request), ToolIndexPage)
        if index_page is not None and index_page.path == self.path[: -self.steplen]:
            return index_page
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.tool_bank(request)
        context["index_page"] = index_page
        context["facts"] = sheet.classification(self, request)
        useful, answers = usefulness.counts_for(self)
        figure = usefulness.usefulness(useful, answers, index_page.usefulness_threshold)
        context["usefulness_text"] = usefulness.usefulness_text(figure) if figure else ""
        context["reviewed"] = usefulness.reviewed_on(self.last_reviewed, self.last_published_at)
        context["under_review"] = usefulness.under_review(
            self.review_date, index_page.review_grace_days
        )
        context["related_tools"] = self.related_tools(request, index_page)
        context["feedback_form"] = kwargs.get("feedback_form") or FeedbackForm()
        context["feedback_given"] = already_answered(request, self)
        context["project_usage"] = usage_for(self, request.user)
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = handle_feedback(request, self)
            if isinstance(response, HttpResponseRedirect):
                return response
            kwargs["feedback_form"] = response
            page = super().serve(request, *args, **kwargs)
            page.status_code = getattr(response, "status_code", 200)
            return page
        return super().serve(request, *args, **kwargs)


class ToolDocument(Orderable):
    """A file attached to a tool, shown with its format and size (« PDF, 240 Ko »)."""

    page = ParentalKey(ToolPage, related_name="attached_documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(
        _("langue du fichier"),
        max_length=2,
        choices=DOCUMENT_LANGUAGE_CHOICES,
        blank=True,
        help_text=_("Affichée à côté du format et de la taille : « PDF, 84 Ko, français »."),
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    @property
    def label(self):
        """« PDF, 84 Ko, français »: format, size and, when known, language."""
        parts = [document_format(self.document)]
        if self.language:
            parts.append(str(self.get_language_display()))
        return ", ".join(p for p in parts if p)


class ToolRelatedTool(Orderable):
    page = ParentalKey(ToolPage, related_name="related_tool_links", on_delete=models.CASCADE)
    tool = models.ForeignKey(
        ToolPage, verbose_name=_("outil"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("tool", "outils.ToolPage")]


class ToolFeedback(models.Model):
    """« Cet outil vous a-t-il été utile ? »: an answer, an optional comment, nothing personal."""

    tool = models.ForeignKey(
        ToolPage, verbose_name=_("outil"), on_delete=models.CASCADE, related_name="feedback"
    )
    useful = models.BooleanField(_("utile"))
    comment = models.TextField(_("commentaire"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True)

    class Meta:
        verbose_name = _("rétroaction sur un outil")
        verbose_name_plural = _("rétroactions sur les outils")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.tool.title} — {_('oui') if self.useful else _('non')}"


@receiver(page_published)
def sync_restriction_on_publish(sender, instance, **kwargs):
    """Lift or set the staff-only restriction from the version that is now live."""
    if isinstance(instance, ToolPage):
        sync_staff_restriction(instance, instance.staff_only)


def tool_bank(locale=None):
    """The tool bank index in this language (the active one by default), or None."""
    locale = locale or Locale.get_active()
    return ToolIndexPage.objects.live().filter(locale=locale).first()
