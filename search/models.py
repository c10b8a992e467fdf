"""What visitors search for, so the office sees what people look for and do not find."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchQueryStat(models.Model):
    """One row per normalised query and language: how often, and how often it found nothing.

    Wagtail's own ``Query`` (search promotions) counts hits per day but cannot tell a
    search that found nothing from one that did; this row can.
    """

    query_string = models.CharField(_("recherche"), max_length=200)
    language = models.CharField(_("langue"), max_length=8)
    hits = models.PositiveIntegerField(_("recherches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("recherches sans résultat"), default=0)
    last_result_count = models.PositiveIntegerField(_("derniers résultats"), default=0)
    last_seen = models.DateTimeField(_("dernière recherche"), default=timezone.now)

    class Meta:
        verbose_name = _("statistique de recherche")
        verbose_name_plural = _("statistiques de recherche")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "query_string"], name="search_stat_unique_query"
            )
        ]
        indexes = [
            models.Index(fields=["-hits"], name="search_stat_hits"),
            models.Index(fields=["-zero_result_hits"], name="search_stat_zero_hits"),
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string, language, result_count):
        """Count one search; ``query_string`` is already normalised (see search.query)."""
        now = timezone.now()
        zero = 1 if result_count == 0 else 0
        rows = cls.objects.filter(query_string=query_string, language=language)
        changes = {
            "hits": F("hits") + 1,
            "zero_result_hits": F("zero_result_hits") + zero,
            "last_result_count": result_count,
            "last_seen": now,
        }
        if rows.update(**changes):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query_string=query_string,
                    language=language,
                    hits=1,
                    zero_result_hits=zero,
                    last_result_count=result_count,
                    last_seen=now,
                )
        except IntegrityError:
            # Another request created it between our update and our insert.
            rows.update(**changes)
