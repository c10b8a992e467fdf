"""Controlled vocabulary shared by tools, trainings, videos and hub pages.

One record per term holds both labels (French and English). wagtail-localize does not
re-sync a many-to-many to translatable snippets (wagtail-localize#820), so terms are
not per-locale rows: French and English pages point to the same records, filters use
the stable `code`, and templates show `term.label` in the active language.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class VocabularyTerm(index.Indexed, models.Model):
    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_(
            "Identifiant stable utilisé dans les adresses (ex. « managers »). Ne change jamais."
        ),
    )
    label_fr = models.CharField(_("libellé (français)"), max_length=120)
    label_en = models.CharField(_("libellé (anglais)"), max_length=120)
    description_fr = models.TextField(_("description (français)"), blank=True)
    description_en = models.TextField(_("description (anglais)"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("label_fr"), FieldPanel("label_en")]),
        MultiFieldPanel(
            [FieldPanel("description_fr"), FieldPanel("description_en")],
            heading=_("Descriptions"),
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("label_fr"),
        index.SearchField("label_en"),
        index.FilterField("code"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.label_en if translation.get_language() == "en" else self.label_fr

    @property
    def description(self):
        if translation.get_language() == "en":
            return self.description_en or self.description_fr
        return self.description_fr


class Axis(VocabularyTerm):
    """The three axes of partnership with users and families. Fixed: codes cannot change."""

    FIXED_CODES = ("care", "experience", "improvement")

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("axe")
        verbose_name_plural = _("axes")

    def clean(self):
        super().clean()
        if self.code not in self.FIXED_CODES:
            raise ValidationError(
                {"code": _("Les trois axes sont fixes : care, experience, improvement.")}
            )
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values_list("code", flat=True).first()
            if previous and previous != self.code:
                raise ValidationError({"code": _("Le code d’un axe ne peut pas changer.")})

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Les axes ne peuvent pas être supprimés."))


class Audience(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("public cible")
        verbose_name_plural = _("publics cibles")


class ToolType(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("type d’outil")
        verbose_name_plural = _("types d’outils")


class ClassifiedPageMixin(models.Model):
    """Axes and audiences for any page type (tools, trainings, videos).

    Axis pages and facet filters query these fields by code, so every classified
    page type is found the same way.
    """

    axes = ParentalManyToManyField(
        "vocabulary.Axis",
        verbose_name=_("axes"),
        related_name="%(app_label)s_%(class)s_pages",
        blank=True,
    )
    audiences = ParentalManyToManyField(
        "vocabulary.Audience",
        verbose_name=_("publics cibles"),
        related_name="%(app_label)s_%(class)s_pages",
        blank=True,
    )

    classification_panels = [
        FieldPanel("axes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    ]
    # wagtail-localize skips many-to-many fields by default: keep translations in step
    # with the French page (same vocabulary records in both languages).
    override_translatable_fields = [SynchronizedField("axes"), SynchronizedField("audiences")]

    class Meta:
        abstract = True
