"""Forget old searches: what visitors typed may name a person, so it is not kept forever."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import SearchQueryStat

DEFAULT_DAYS = 365


class Command(BaseCommand):
    help = "Supprime les statistiques de recherche inutilisées depuis N jours (365 par défaut)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS)

    def handle(self, *args, days, **options):

        since = timezone.now() - timedelta(days=days)
        deleted, _ = SearchQueryStat.objects.filter(last_seen__lt=since).delete()
        # Wagtail's own counters: daily hits older than that, then queries left without
        # hits or promotions.
        QueryDailyHits.garbage_collect(days=days)
        Query.garbage_collect()
        self.stdout.write(f"{deleted} recherche(s) oubliée(s) (plus de {days} jours).")
