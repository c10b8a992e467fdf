"""Erase a partner user's personal data on request (Loi 25): the record is anonymised
at once; the hours stay as figures tied to no one."""

from django.core.management.base import BaseCommand, CommandError

from engagement.models import PartnerUser
from engagement.retention import anonymise


class Command(BaseCommand):
    help = "Efface les renseignements personnels d’un usager partenaire (anonymisation)."

    def add_arguments(self, parser):
        parser.add_argument("id", type=int, help="Numéro de la fiche de l’usager partenaire.")

    def handle(self, *args, **options):
        partner = PartnerUser.objects.filter(pk=options["id"]).first()
        if partner is None:
            raise CommandError(f"Aucun usager partenaire numéro {options['id']}.")
        anonymise(partner)
        self.stdout.write(f"Fiche {partner.pk} anonymisée ; ses heures restent dans les totaux.")
