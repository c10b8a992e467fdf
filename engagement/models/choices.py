"""The vocabularies of the office's records (codes in English, labels in French)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerStatus(models.TextChoices):
    CANDIDATE = "candidate", _("Candidat")
    ONBOARDING = "onboarding", _("En accueil")
    ACTIVE = "active", _("Actif")
    PAUSED = "paused", _("En pause")
    RETIRED = "retired", _("Retiré")


class Availability(models.TextChoices):
    WEEKDAY = "weekday", _("En semaine, le jour")
    EVENING = "evening", _("En soirée")
    WEEKEND = "weekend", _("La fin de semaine")
    FLEXIBLE = "flexible", _("Flexible")


class Language(models.TextChoices):
    FRENCH = "fr", _("Français")
    ENGLISH = "en", _("Anglais")


class InvolvementKind(models.TextChoices):
    COMMITTEE = "committee", _("Siéger à un comité")
    CONSULTATION = "consultation", _("Consultation ponctuelle")
    CO_DESIGN = "co_design", _("Co-construction d’un outil ou d’un projet")
    FOCUS_GROUP = "focus_group", _("Groupe de discussion")
    TESTIMONY = "testimony", _("Témoignage ou formation")
    EVALUATION = "evaluation", _("Évaluation de l’expérience")


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("Reçue")
    ANALYSIS = "analysis", _("En analyse")
    MATCHED = "matched", _("Jumelée")
    IN_PROGRESS = "in_progress", _("En cours")
    DONE = "done", _("Terminée")
    REFUSED = "refused", _("Refusée")
    CANCELLED = "cancelled", _("Annulée")


# The statuses a request may move to from each status. A closed request stays closed.
TRANSITIONS = {
    RequestStatus.RECEIVED: {
        RequestStatus.ANALYSIS,
        RequestStatus.REFUSED,
        RequestStatus.CANCELLED,
    },
    RequestStatus.ANALYSIS: {RequestStatus.MATCHED, RequestStatus.REFUSED, RequestStatus.CANCELLED},
    RequestStatus.MATCHED: {
        RequestStatus.IN_PROGRESS,
        RequestStatus.ANALYSIS,
        RequestStatus.CANCELLED,
    },
    RequestStatus.IN_PROGRESS: {RequestStatus.DONE, RequestStatus.CANCELLED},
    RequestStatus.DONE: set(),
    RequestStatus.REFUSED: set(),
    RequestStatus.CANCELLED: set(),
}
OPEN_STATUSES = (
    RequestStatus.RECEIVED,
    RequestStatus.ANALYSIS,
    RequestStatus.MATCHED,
    RequestStatus.IN_PROGRESS,
)
# A reason is required to end a request without carrying it out.
NEEDS_REASON = (RequestStatus.REFUSED, RequestStatus.CANCELLED)


class Helped(models.TextChoices):
    YES = "yes", _("Oui")
    PARTLY = "partly", _("En partie")
    NO = "no", _("Non")


class ExpenseKind(models.TextChoices):
    TRANSPORT = "transport", _("Transport")
    PARKING = "parking", _("Stationnement")
    MEAL = "meal", _("Repas")
    CARE = "care", _("Garde d’un proche")
    OTHER = "other", _("Autre")
