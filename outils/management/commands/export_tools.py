from django.core.management.base import BaseCommand, CommandError

from outils.inventory import InventoryError, export_rows, write_rows
from outils.models import ToolIndexPage


class Command(BaseCommand):
    help = "Exporte les outils de la banque française dans le format d’import (.csv ou .xlsx)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):

        index = ToolIndexPage.objects.filter(locale__language_code="fr").first()
        if index is None:
            raise CommandError("Aucune banque d’outils en français.")
        try:
            count = write_rows(file, export_rows(index))
        except InventoryError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{count} outil(s) exporté(s) dans {file}."))
