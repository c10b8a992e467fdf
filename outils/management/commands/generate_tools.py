import sys
import time

from django.core.management.base import BaseCommand, CommandError

from outils.generate import generate_tools
from outils.models import NO_TOOL_BANK, ToolIndexPage


def progress_bar(stream):
    """A one-line progress bar on a terminal, nothing in logs."""

    def show(done, total):
        if not stream.isatty():
            return
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


class Command(BaseCommand):
    help = "Crée N outils plausibles sous la banque d’outils française (tests de charge)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100)
        parser.add_argument("--staff-ratio", type=float, default=0.05)
        parser.add_argument("--seed", type=int, default=None)

    def handle(self, *args, count, staff_ratio, seed, **options):
        if count < 1:
            raise CommandError("--count doit être un entier positif.")
        index = ToolIndexPage.objects.filter(locale__language_code="fr").first()
        if index is None:
            raise CommandError(NO_TOOL_BANK)
        start = time.monotonic()
        ids = generate_tools(
            count, index, staff_ratio=staff_ratio, seed=seed, progress=progress_bar(sys.stderr)
        )
        elapsed = time.monotonic() - start
        self.stdout.write(
            self.style.SUCCESS(f"{len(ids)} outils créés en {elapsed:.1f} s sous {index.url_path}")
        )
