from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def compile_all(base_dir):
    """Compile every project .po file to .mo with polib: no GNU gettext needed."""
    compiled = []
    base = Path(base_dir)
    po_files = [*base.glob("locale/*/LC_MESSAGES/*.po"), *base.glob("*/locale/*/LC_MESSAGES/*.po")]
    for po_path in sorted(po_files):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        compiled.append(mo_path)
    return compiled


class Command(BaseCommand):
    help = "Compile les fichiers de traduction (.po → .mo) des applications du projet."

    def handle(self, *args, **options):
        for path in compile_all(settings.BASE_DIR):
            self.stdout.write(f"compiled {path.relative_to(settings.BASE_DIR)}")
