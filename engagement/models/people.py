"""Partner users (« usagers partenaires », « usagers-ressources ») and their onboarding.

Loi 25 (Québec): only what the office needs to match, support and recognise a person is
kept; every field says why in its help text, and `engagement.retention` anonymises the
record once the person has been retired longer than the retention period.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .choices import Availability, PartnerStatus


def split_keywords(text):
    """« Santé mentale, proche aidant » → {"santé mentale", "proche aidant"}."""
    return {
        word.strip().lower() for word in (text or "").replace(";", ",").split(",") if word.strip()
    }


class PartnerUser(ClusterableModel):
    first_name = models.CharField(
        _("prénom"),
        max_length=100,
        help_text=_("Pour s’adresser à la personne et la reconnaître (Loi 25 : identification)."),
    )
    last_name = models.CharField(
        _("nom"),
        max_length=100,
        help_text=_("Pour l’identifier et produire sa lettre de remerciement et sa rétribution."),
    )
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=PartnerStatus.choices,
        default=PartnerStatus.CANDIDATE,
        help_text=_("Pour savoir qui peut être jumelé ; « retiré » fait courir la conservation."),
    )
    retired_on = models.DateField(
        _("retiré le"),
        null=True,
        blank=True,
        help_text=_(
            "Rempli au passage au statut « retiré » : point de départ de la durée de "
            "conservation, au-delà de laquelle la fiche est anonymisée."
        ),
    )
    axes = models.ManyToManyField(
        "vocabulary.Axis",
        verbose_name=_("axes du partenariat"),
        related_name="partner_users",
        blank=True,
        help_text=_("Pour proposer la personne aux demandes qui correspondent à ses intérêts."),
    )
    audiences = models.ManyToManyField(
        "vocabulary.Audience",
        verbose_name=_("publics avec qui travailler"),
        related_name="partner_users",
        blank=True,
        help_text=_(
            "Pour le jumelage : les publics auprès de qui la personne souhaite s’impliquer."
        ),
    )
    experience_keywords = models.CharField(
        _("domaines d’expérience"),
        max_length=500,
        blank=True,
        help_text=_(
            "Mots-clés séparés par des virgules (ex. : santé mentale, proche aidant). Pour le "
            "jumelage seulement : ne notez aucun diagnostic ni détail de santé."
        ),
    )
    speaks_french = models.BooleanField(
        _("parle français"),
        default=True,
        help_text=_("Pour le jumelage selon la langue du projet."),
    )
    speaks_english = models.BooleanField(
        _("parle anglais"),
        default=False,
        help_text=_("Pour le jumelage selon la langue du projet."),
    )
    availability = models.CharField(
        _("disponibilités"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.FLEXIBLE,
        help_text=_("Pour proposer des projets dont les rencontres lui conviennent."),
    )
    max_assignments = models.PositiveSmallIntegerField(
        _("nombre de projets à la fois"),
        default=2,
        help_text=_("Pour répartir la charge et éviter l’épuisement (rétention)."),
    )
    email = models.EmailField(
        _("courriel"), blank=True, help_text=_("Pour la contacter au sujet des projets.")
    )
    phone = models.CharField(
        _("téléphone"),
        max_length=30,
        blank=True,
        help_text=_("Pour la joindre si elle n’utilise pas le courriel."),
    )
    consent_date = models.DateField(
        _("date du consentement"),
        null=True,
        blank=True,
        help_text=_("Preuve du consentement à la conservation de ces renseignements (Loi 25)."),
    )
    consent_scope = models.TextField(
        _("portée du consentement"),
        blank=True,
        help_text=_(
            "Ce à quoi la personne a consenti (jumelage, contact, mention dans un rapport…) : "
            "rien d’autre n’est fait de ses renseignements."
        ),
    )
    trainings = models.ManyToManyField(
        "formations.TrainingModulePage",
        verbose_name=_("formations suivies"),
        related_name="+",
        blank=True,
        help_text=_("Pour savoir à quels projets la personne est préparée."),
    )
    notes = models.TextField(
        _("notes de l’accueil"),
        blank=True,
        help_text=_("Seulement ce qui sert au jumelage et à l’accompagnement, rien de médical."),
    )
    created_at = models.DateTimeField(_("créée le"), default=timezone.now, editable=False)
    anonymised_at = models.DateTimeField(
        _("anonymisée le"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Date à laquelle les renseignements personnels ont été effacés."),
    )

    class Meta:
        verbose_name = _("usager partenaire")
        verbose_name_plural = _("usagers partenaires")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def keyword_set(self):
        return split_keywords(self.experience_keywords)

    def save(self, *args, **kwargs):
        if self.status == PartnerStatus.RETIRED and self.retired_on is None:
            self.retired_on = timezone.localdate()
        elif self.status != PartnerStatus.RETIRED:
            self.retired_on = None
        super().save(*args, **kwargs)


class OnboardingItem(Orderable):
    """A step of the integration plan: a tool of the bank (linked, not copied) and its date."""

    partner_user = ParentalKey(
        PartnerUser, related_name="onboarding_items", on_delete=models.CASCADE
    )
    tool = models.ForeignKey(
        "outils.ToolPage",
        verbose_name=_("outil de la banque"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ex. : l’entente de confidentialité, le plan d’intégration."),
    )
    completed_on = models.DateField(
        _("fait le"), null=True, blank=True, help_text=_("Vide tant que l’étape n’est pas faite.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("étape d’accueil")
        verbose_name_plural = _("étapes d’accueil")
