"""Forget old searches: what visitors typed may name a person, so it is not kept forever."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.purge import forget_searches_before

DEFAULT_DAYS = 365


class Command(BaseCommand):
    help = "Supprime les statistiques de recherche inutilisées depuis N jours (365 par défaut)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS)

    def handle(self, *args, days, **options):
        deleted = forget_searches_before(timezone.now() - timedelta(days=days))
        self.stdout.write(f"{deleted} recherche(s) oubliée(s) (plus de {days} jours).")
