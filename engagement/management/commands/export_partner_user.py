"""Print everything kept about one partner user, as JSON (a Loi 25 access request)."""

import json

from django.core.management.base import BaseCommand, CommandError

from engagement.models import PartnerUser
from engagement.retention import export_record


class Command(BaseCommand):
    help = "Exporte en JSON tout ce que le bureau conserve sur un usager partenaire."

    def add_arguments(self, parser):
        parser.add_argument("id", type=int, help="Numéro de la fiche de l’usager partenaire.")

    def handle(self, *args, **options):
        partner = PartnerUser.objects.filter(pk=options["id"]).first()
        if partner is None:
            raise CommandError(f"Aucun usager partenaire numéro {options['id']}.")
        self.stdout.write(json.dumps(export_record(partner), ensure_ascii=False, indent=2))
