from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

__all__ = [
    "ContentVersion",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "ReviewDateMixin",
    "SiteSettings",
]


class CustomImage(AbstractImage):
    """The site's image model, ours from the first migration so it can grow."""

    admin_form_fields = Image.admin_form_fields


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """The site's document model; format and size are shown next to every download."""

    admin_form_fields = Document.admin_form_fields

    @property
    def format_label(self):
        return (self.file_extension or "").upper()


class ReviewDateMixin(models.Model):
    """Every page type carries the date its content is due for review.

    The hub's review report lists live pages of every model with this mixin whose date
    has passed. Add `*ReviewDateMixin.review_panels` to the page's settings or content panels.
    """

    review_date = models.DateField(
        _("date de révision"),
        null=True,
        blank=True,
        help_text=_(
            "Date à laquelle le contenu doit être relu ; la page apparaît ensuite au rapport."
        ),
    )

    review_panels = [FieldPanel("review_date")]

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What editors change without a developer: footer contact and the English notice."""

    organisation_name = models.CharField(
        _("organisation"),
        max_length=255,
        default="Bureau du partenariat avec l’usager",
    )
    organisation_name_en = models.CharField(
        _("organisation (anglais)"),
        max_length=255,
        blank=True,
        help_text=_("Sur les pages anglaises ; vide : le nom français, marqué en français."),
    )
    address = models.TextField(_("adresse"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=50, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    contact_hours = models.CharField(_("heures de service"), max_length=255, blank=True)
    contact_hours_en = models.CharField(
        _("heures de service (anglais)"),
        max_length=255,
        blank=True,
        help_text=_(
            "Sur les pages anglaises ; vide : les heures en français, marquées en français."
        ),
    )
    english_notice = models.TextField(
        _("avis sur la version anglaise"),
        blank=True,
        default=(
            "This English version is provided for information. "
            "The French version is the reference; some content exists only in French."
        ),
        help_text=_("Affiché en haut de chaque page anglaise."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("politique de confidentialité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recognition_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("reconnaissance des usagers partenaires"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("déclaration d’accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_name_en"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("contact_hours"),
                FieldPanel("contact_hours_en"),
            ],
            heading=_("Coordonnées (pied de page)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("recognition_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Liens du pied de page"),
        ),
        FieldPanel("english_notice"),
    ]

    class Meta:
        verbose_name = _("paramètres du site")


class ContentVersion(models.Model):
    """One row per snapshot scope whose token changes, in the same transaction, with it.

    `core.snapshots` versions its cache entries (restrictions, page frame, tool facets)
    by these tokens. A random token rather than a counter: a rolled-back change must
    never let an older entry pass for a newer state.
    """

    scope = models.CharField(max_length=40, unique=True)
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("version du contenu")

    def __str__(self):
        return f"{self.scope}: {self.token}"
