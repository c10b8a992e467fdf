"""Anonymise the partner users retired longer than the retention period (Loi 25).

Run daily (cron or a scheduled job) beside `purge_form_submissions`. Hours stay, as
figures no longer tied to anyone.
"""

from django.core.management.base import BaseCommand

from engagement.retention import purge, retention_months


class Command(BaseCommand):
    help = (
        "Anonymise les usagers partenaires retirés depuis plus longtemps que la durée de "
        "conservation, et le demandeur des demandes fermées depuis aussi longtemps."
    )

    def handle(self, *args, **options):
        people, requests = purge()
        self.stdout.write(
            f"{people} usager(s) partenaire(s) et {requests} demande(s) anonymisé(s) "
            f"(conservation : {retention_months()} mois)."
        )
