"""The session kit: one ZIP with the facilitator guide and every material of a module.

Names and order are stable (a trainer's checklist can refer to « 02-… »): the guide
comes first, then the materials in the editor's order, numbered. Every entry has a
fixed timestamp, so the same module gives the same archive.
"""

import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

FIXED_DATE = (2020, 1, 1, 0, 0, 0)


def _guide_css():
    found = finders.find("formations/guide.css")
    return Path(found).read_text(encoding="utf-8") if found else ""


def kit_entries(module):
    """[(name inside the ZIP, document)] for the materials, numbered from 02."""
    entries = []
    for number, (_kind, document) in enumerate(module.material_documents(), start=2):
        stem = slugify(document.title)[:60] or f"document-{document.pk}"
        extension = (document.file_extension or "").lower()
        name = f"{number:02d}-{stem}" + (f".{extension}" if extension else "")
        entries.append((name, document))
    return entries


def build_kit(module, request, start):
    folder = f"trousse-{module.slug}"
    context = module.guide_context(request, start)
    context.update(standalone=True, guide_css=_guide_css(), site_name=settings.WAGTAIL_SITE_NAME)
    guide_html = render_to_string("formations/guide_standalone.html", context, request=request)
    buffer = io.BytesIO()
    missing = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def write(name, data):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

        write("01-guide-animation.html", guide_html.encode("utf-8"))
        for name, document in kit_entries(module):
            try:
                with document.file.open("rb") as handle:
                    write(name, handle.read())
            except (OSError, ValueError):
                missing.append(document.title)
        if missing:
            lines = [_("Fichiers introuvables au moment de créer la trousse :")] + missing
            write("00-fichiers-manquants.txt", "\n".join(lines).encode("utf-8"))
    return f"{folder}.zip", buffer.getvalue()
