"""Recognition: the tariff the office edits (hourly amounts by level) and expenses."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ExpenseKind


class TariffLevel(models.Model):
    name = models.CharField(_("niveau d’implication"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    hourly_amount = models.DecimalField(
        _("montant horaire ($)"),
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    active = models.BooleanField(_("en usage"), default=True)

    class Meta:
        verbose_name = _("niveau de rétribution")
        verbose_name_plural = _("grille de rétribution")
        ordering = ["hourly_amount", "name"]

    def __str__(self):
        return f"{self.name} ({self.hourly_amount} $/h)"


class Expense(models.Model):
    partner_user = models.ForeignKey(
        "engagement.PartnerUser",
        verbose_name=_("usager partenaire"),
        related_name="expenses",
        on_delete=models.CASCADE,
    )
    request = models.ForeignKey(
        "engagement.PartnershipRequest",
        verbose_name=_("demande"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expenses",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("nature"), max_length=20, choices=ExpenseKind.choices)
    amount = models.DecimalField(
        _("montant ($)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(0)]
    )
    description = models.CharField(_("précision"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("dépense remboursée")
        verbose_name_plural = _("dépenses remboursées")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date} · {self.get_kind_display()} · {self.amount} $"
