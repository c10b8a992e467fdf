"""Partnership requests (« demandes de partenariat »), their history, matches, hours, closing."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    NEEDS_REASON,
    OPEN_STATUSES,
    TRANSITIONS,
    Availability,
    Helped,
    InvolvementKind,
    Language,
    RequestStatus,
)
from .people import split_keywords


def new_token():
    """The private part of the status link: 32 random URL-safe characters."""
    return secrets.token_urlsafe(24)


class PartnershipRequest(models.Model):
    direction = models.CharField(
        _("direction"), max_length=200, help_text=_("La direction qui porte le projet.")
    )
    project = models.CharField(_("projet"), max_length=250)
    description = models.TextField(
        _("description du besoin"),
        blank=True,
        help_text=_(
            "Ce que l’équipe attend de l’usager partenaire ; aucun renseignement de santé."
        ),
    )
    axis = models.ForeignKey(
        "vocabulary.Axis",
        verbose_name=_("axe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.ForeignKey(
        "vocabulary.Audience",
        verbose_name=_("public visé"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    involvement_kind = models.CharField(
        _("type d’implication"), max_length=20, choices=InvolvementKind.choices
    )
    experience_sought = models.CharField(
        _("expérience recherchée"),
        max_length=500,
        blank=True,
        help_text=_("Mots-clés séparés par des virgules, comparés à ceux des usagers partenaires."),
    )
    language = models.CharField(
        _("langue des rencontres"), max_length=2, choices=Language.choices, default=Language.FRENCH
    )
    meeting_time = models.CharField(
        _("moment des rencontres"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.FLEXIBLE,
    )
    start_date = models.DateField(_("début souhaité"), null=True, blank=True)
    end_date = models.DateField(_("fin prévue"), null=True, blank=True)
    requester_name = models.CharField(
        _("nom du demandeur"),
        max_length=200,
        help_text=_("Pour répondre à la personne qui a fait la demande (Loi 25 : minimal)."),
    )
    requester_email = models.EmailField(
        _("courriel du demandeur"),
        help_text=_("Pour lui écrire à chaque changement de statut ; rien d’autre."),
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.RECEIVED
    )
    status_reason = models.TextField(
        _("motif"), blank=True, help_text=_("Obligatoire pour une demande refusée ou annulée.")
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable au bureau"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    token = models.CharField(
        _("jeton du lien de suivi"), max_length=64, unique=True, default=new_token, editable=False
    )
    received_at = models.DateTimeField(_("reçue le"), default=timezone.now)
    matched_at = models.DateTimeField(_("jumelée le"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("fermée le"), null=True, blank=True, editable=False)
    outcome = models.TextField(
        _("ce que ça a changé"),
        blank=True,
        help_text=_(
            "Au moment de fermer la demande : décisions prises, outils modifiés, "
            "pratiques changées."
        ),
    )
    project_page = models.ForeignKey(
        "hub.ProjectPage",
        verbose_name=_("page du projet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La page du projet dans le carrefour : ses indicateurs sont calculés d’ici."),
    )

    class Meta:
        verbose_name = _("demande de partenariat")
        verbose_name_plural = _("demandes de partenariat")
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.project} ({self.direction})"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_status = instance.__dict__.get("status")
        return instance

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def keyword_set(self):
        return split_keywords(self.experience_sought)

    def allowed_statuses(self):
        return [s for s in RequestStatus if s in TRANSITIONS[RequestStatus(self.status)]]

    @staticmethod
    def check_transition(old, new, reason=""):
        """Raise a ValidationError (in French) unless `old` → `new` is allowed."""
        if old == new:
            return
        if new not in TRANSITIONS[RequestStatus(old)]:
            raise ValidationError(
                _("Une demande « %(old)s » ne peut pas passer à « %(new)s ».")
                % {"old": RequestStatus(old).label, "new": RequestStatus(new).label},
                code="transition",
            )
        if new in NEEDS_REASON and not (reason or "").strip():
            raise ValidationError(
                _("Indiquez le motif : une demande refusée ou annulée l’explique au demandeur."),
                code="reason",
            )

    def clean(self):
        super().clean()
        stored = getattr(self, "_stored_status", None)
        if stored and stored != self.status:
            try:
                self.check_transition(stored, self.status, self.status_reason)
            except ValidationError as error:
                raise ValidationError({"status": error.messages}) from error
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("La fin précède le début.")})

    def save(self, *args, **kwargs):
        stored = getattr(self, "_stored_status", None)
        if stored and stored != self.status:
            self.check_transition(stored, self.status, self.status_reason)
        super().save(*args, **kwargs)
        self._stored_status = self.status

    @transaction.atomic
    def change_status(self, new_status, user=None, reason=""):
        """Move to `new_status` if allowed, record the change; returns the history entry."""
        old = self._stored_status if getattr(self, "_stored_status", None) else self.status
        self.check_transition(old, new_status, reason)
        now = timezone.now()
        self.status = new_status
        if reason:
            self.status_reason = reason
        if new_status == RequestStatus.MATCHED and self.matched_at is None:
            self.matched_at = now
        if new_status not in OPEN_STATUSES:
            self.closed_at = now
        self.save()
        return RequestStatusChange.objects.create(
            request=self,
            changed_by=user if user is not None and user.is_authenticated else None,
            changed_at=now,
            from_status=old,
            to_status=new_status,
            reason=reason,
        )


class RequestStatusChange(models.Model):
    request = models.ForeignKey(
        PartnershipRequest, related_name="status_changes", on_delete=models.CASCADE
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("le"), default=timezone.now)
    from_status = models.CharField(_("de"), max_length=20, choices=RequestStatus.choices)
    to_status = models.CharField(_("à"), max_length=20, choices=RequestStatus.choices)
    reason = models.TextField(_("motif"), blank=True)

    class Meta:
        verbose_name = _("changement de statut")
        verbose_name_plural = _("historique des statuts")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class Assignment(models.Model):
    """A partner user matched with a request."""

    request = models.ForeignKey(
        PartnershipRequest,
        verbose_name=_("demande"),
        related_name="assignments",
        on_delete=models.CASCADE,
    )
    partner_user = models.ForeignKey(
        "engagement.PartnerUser",
        verbose_name=_("usager partenaire"),
        related_name="assignments",
        on_delete=models.CASCADE,
    )
    assigned_at = models.DateTimeField(_("jumelé le"), default=timezone.now)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("jumelage")
        verbose_name_plural = _("jumelages")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "partner_user"], name="one_assignment_per_pair"
            )
        ]

    def __str__(self):
        return f"{self.partner_user} ↔ {self.request}"


class Involvement(models.Model):
    """A meeting or a piece of work: the hours recognised and paid."""

    partner_user = models.ForeignKey(
        "engagement.PartnerUser",
        verbose_name=_("usager partenaire"),
        related_name="involvements",
        on_delete=models.CASCADE,
    )
    request = models.ForeignKey(
        PartnershipRequest,
        verbose_name=_("demande"),
        related_name="involvements",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    hours = models.DecimalField(_("heures"), max_digits=5, decimal_places=2)
    tariff = models.ForeignKey(
        "engagement.TariffLevel",
        verbose_name=_("niveau de rétribution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="involvements",
    )
    description = models.CharField(
        _("rencontre ou activité"),
        max_length=200,
        blank=True,
        help_text=_("Ex. : comité de travail du 12 mars ; pour la lettre de remerciement."),
    )

    class Meta:
        verbose_name = _("implication")
        verbose_name_plural = _("implications (heures)")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date} · {self.hours} h"

    def clean(self):
        super().clean()
        if self.hours is not None and not (0 < self.hours <= 24):
            raise ValidationError({"hours": _("Entre 0 et 24 heures par implication.")})


class ToolUse(models.Model):
    """At closing: a tool of the bank the team used, and whether it helped."""

    request = models.ForeignKey(
        PartnershipRequest,
        verbose_name=_("demande"),
        related_name="tool_uses",
        on_delete=models.CASCADE,
    )
    tool = models.ForeignKey(
        "outils.ToolPage", verbose_name=_("outil"), related_name="+", on_delete=models.CASCADE
    )
    helped = models.CharField(_("a aidé ?"), max_length=10, choices=Helped.choices)

    class Meta:
        verbose_name = _("outil utilisé")
        verbose_name_plural = _("outils utilisés")
        constraints = [models.UniqueConstraint(fields=["request", "tool"], name="one_use_per_tool")]

    def __str__(self):
        return f"{self.tool} — {self.get_helped_display()}"
