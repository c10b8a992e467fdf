import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from outils.inventory import (
    InventoryError,
    fetch,
    find_existing,
    is_url,
    read_rows,
    save_row,
    validate,
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
        validate(rows)
        for row in rows:
            for warning in row.warnings:
                self.stdout.write(f"Ligne {row.number} : attention, {warning}.")
        invalid = [row for row in rows if row.errors]
        for row in invalid:
            self.stderr.write(f"Ligne {row.number} : {' ; '.join(row.errors)}.")
        if invalid and not skip_invalid:
            raise CommandError(
                f"{len(invalid)} ligne(s) invalide(s) sur {len(rows)} : rien n’a été importé. "
                "Corrigez le fichier ou relancez avec --skip-invalid."
            )
        index = ToolIndexPage.objects.filter(locale__language_code="fr").first()
        if index is None:
            raise CommandError(NO_TOOL_BANK)
        valid = [row for row in rows if not row.errors]
        plan = []
        for row in valid:
            existing = find_existing(index, row.values)
            if existing is not None and not update:
                action = "skip"
            else:
                action = "update" if existing is not None else "create"
            plan.append((row, existing, action))
        created = sum(1 for *_r, a in plan if a == "create")
        updated = sum(1 for *_r, a in plan if a == "update")
        skipped = sum(1 for *_r, a in plan if a == "skip")
        for row, _existing, action in plan:
            if action == "skip":
                self.stdout.write(
                    f"Ligne {row.number} : « {row.values['title']} » existe déjà "
                    "(utilisez --update pour le mettre à jour)."
                )
        summary = (
            f"{created} à créer, {updated} à mettre à jour, {skipped} déjà présent(s), "
            f"{len(invalid)} invalide(s)."
        )
        if dry_run:
            self.stdout.write(f"Simulation (--dry-run), rien n’a été écrit : {summary}")
            return
        failed = self._write(index, plan, skip_invalid)
        if failed and skip_invalid:
            summary += f" {len(failed)} ligne(s) non enregistrée(s)."
        self.stdout.write(self.style.SUCCESS(f"Importation terminée : {summary}"))

    def _write(self, index, plan, skip_invalid):
        """Every row in one transaction; a row that fails undoes all (or only itself)."""
        failed = []
        show = progress_bar(sys.stderr) if len(plan) > 20 else None
        try:
            with transaction.atomic():
                for done, (row, existing, action) in enumerate(plan, start=1):
                    if action != "skip":
                        try:
                            # save_row is atomic: a failing row leaves no half-written page.
                            save_row(index, row.values, existing)
                        except Exception as error:  # noqa: BLE001 — reported with its line
                            failed.append(row)
                            self.stderr.write(
                                f"Ligne {row.number} : l’enregistrement a échoué ({error})."
                            )
                    if show:
                        show(done, len(plan))
                if failed and not skip_invalid:
                    raise _RolledBack
        except _RolledBack:
            raise CommandError(
                f"{len(failed)} ligne(s) n’ont pas pu être enregistrée(s) : rien n’a été "
                "importé. Corrigez le fichier ou relancez avec --skip-invalid."
            ) from None
        return failed


class _RolledBack(Exception):
    """Raised inside the transaction to undo every row written."""
