import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError

from outils.inventory import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    ImportRolledBack,
    InventoryError,
    fetch,
    is_url,
    plan_rows,
    read_rows,
    write_plan,
)
from outils.management.commands.generate_tools import progress_bar
from outils.models import NO_TOOL_BANK, ToolIndexPage


class Command(BaseCommand):
    help = (
        "Importe un inventaire d’outils (.csv ou .xlsx), ou le catalogue ouvert d’un autre "
        "établissement (.csv, .json ou son adresse), sous la banque d’outils française. "
        "Tout ou rien : chaque ligne est validée d’abord, puis toutes sont écrites dans une "
        "seule transaction ; si une ligne est invalide ou échoue, rien n’est écrit (sauf avec "
        "--skip-invalid, qui importe les lignes valides seulement)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            help="Un fichier .csv, .xlsx ou .json (catalogue), ou l’adresse d’un catalogue.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Valide et résume sans rien écrire."
        )
        parser.add_argument(
            "--update", action="store_true", help="Met à jour les outils déjà importés."
        )
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Importe les lignes valides seulement."
        )

    def handle(self, *args, file, **options):
        if not is_url(file):
            return self.import_file(file, **options)
        # Another institution's catalogue at its URL (e.g. …/fr/outils/catalogue.json).
        with tempfile.TemporaryDirectory(prefix="carrefour-import-") as directory:
            try:
                path = fetch(file, directory)
            except InventoryError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"Téléchargé : {file}")
            return self.import_file(path, **options)

    def import_file(self, file, dry_run, update, skip_invalid, **options):
        try:
            table = read_rows(file)
        except FileNotFoundError as error:
            raise CommandError(f"Fichier introuvable : {file}") from error
        except InventoryError as error:
            raise CommandError(str(error)) from error
        rows = table.rows
        self.stdout.write(f"Lu : {table.source} ; {len(rows)} ligne(s).")
        index = ToolIndexPage.objects.filter(locale__language_code="fr").first()
        if index is None:
            raise CommandError(NO_TOOL_BANK)
        plan = plan_rows(index, rows, update)
        for row in rows:
            for warning in row.warnings:
                self.stdout.write(f"Ligne {row.number} : attention, {warning}.")
        invalid = [item.row for item in plan if item.action == ERROR]
        for row in invalid:
            self.stderr.write(f"Ligne {row.number} : {' ; '.join(row.errors)}.")
        if invalid and not skip_invalid:
            raise CommandError(
                f"{len(invalid)} ligne(s) invalide(s) sur {len(rows)} : rien n’a été importé. "
                "Corrigez le fichier ou relancez avec --skip-invalid."
            )
        created = sum(1 for item in plan if item.action == CREATE)
        updated = sum(1 for item in plan if item.action == UPDATE)
        skipped = sum(1 for item in plan if item.action == SKIP)
        for item in plan:
            if item.action == SKIP:
                self.stdout.write(
                    f"Ligne {item.row.number} : « {item.row.values['title']} » existe déjà "
                    "(utilisez --update pour le mettre à jour)."
                )
        summary = (
            f"{created} à créer, {updated} à mettre à jour, {skipped} déjà présent(s), "
            f"{len(invalid)} invalide(s)."
        )
        if dry_run:
            self.stdout.write(f"Simulation (--dry-run), rien n’a été écrit : {summary}")
            return
        show = progress_bar(sys.stderr) if len(plan) > 20 else None
        try:
            failed = write_plan(index, plan, skip_invalid, progress=show)
        except ImportRolledBack as error:
            self._report_failed(error.failed)
            raise CommandError(
                f"{len(error.failed)} ligne(s) n’ont pas pu être enregistrée(s) : rien n’a été "
                "importé. Corrigez le fichier ou relancez avec --skip-invalid."
            ) from None
        self._report_failed(failed)
        if failed and skip_invalid:
            summary += f" {len(failed)} ligne(s) non enregistrée(s)."
        self.stdout.write(self.style.SUCCESS(f"Importation terminée : {summary}"))

    def _report_failed(self, failed):
        for row, error in failed:
            self.stderr.write(f"Ligne {row.number} : l’enregistrement a échoué ({error}).")
