import sys

from django.core.management.base import BaseCommand, CommandError

from outils.inventory import InventoryError, find_existing, read_rows, save_row, validate
from outils.management.commands.generate_tools import progress_bar
from outils.models import NO_TOOL_BANK, ToolIndexPage


class Command(BaseCommand):
    help = (
        "Importe un inventaire d’outils (.csv ou .xlsx) sous la banque d’outils française. "
        "Chaque ligne est validée d’abord ; rien n’est écrit si une ligne est invalide "
        "(sauf avec --skip-invalid)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Valide et résume sans rien écrire."
        )
        parser.add_argument(
            "--update", action="store_true", help="Met à jour les outils déjà importés."
        )
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Importe les lignes valides seulement."
        )

    def handle(self, *args, file, dry_run, update, skip_invalid, **options):
        try:
            _header, rows = read_rows(file)
        except FileNotFoundError as error:
            raise CommandError(f"Fichier introuvable : {file}") from error
        except InventoryError as error:
            raise CommandError(str(error)) from error
        validate(rows)
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
        show = progress_bar(sys.stderr) if len(plan) > 20 else None
        for done, (row, existing, action) in enumerate(plan, start=1):
            if action != "skip":
                save_row(index, row.values, existing)
            if show:
                show(done, len(plan))
        self.stdout.write(self.style.SUCCESS(f"Importation terminée : {summary}"))
