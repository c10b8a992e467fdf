"""The session kit: one ZIP with everything a trainer needs for a session.

- `01-guide-animation.pdf`: the facilitator guide drawn on the server (formations.guide_pdf)
  from the same content as the print view, and `01-guide-animation.html`, the same guide
  as a web page;
- the module's own materials (slides, handouts, exercise sheets) in the editor's order,
  then the files of every tool « Matériel à préparer » lists, numbered from 02;
- `LISEZ-MOI.txt` (`README.txt` in English): what the kit holds.

Only files the requesting user may download go in (core.access.document_is_visible and
Wagtail's collection privacy): a staff-only tool's files reach only those allowed.
Names and order are stable (a trainer's checklist can refer to « 02-… »), entries are
sorted and carry a fixed timestamp, so the same module gives the same bytes. The ZIP is
kept in Django's cache under a key made of the module's and every material's last
change: editing one of them gives a new key, hence a new kit.
"""

import hashlib
import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.access import document_is_visible
from formations.guide_pdf import build_guide_pdf

FIXED_DATE = (2020, 1, 1, 0, 0, 0)
CACHE_SECONDS = 7 * 24 * 3600
GUIDE_STEM = "01-guide-animation"


def _guide_css():
    found = finders.find("formations/guide.css")
    return Path(found).read_text(encoding="utf-8") if found else ""


def _collection_allows(document, request):
    return all(r.accept_request(request) for r in document.collection.get_view_restrictions())


def may_download(document, request):
    """The same rules as a download: the pages that use it, then its collection."""
    return document_is_visible(document, request) and _collection_allows(document, request)


def _entry_name(number, document):
    stem = slugify(document.title)[:60] or f"document-{document.pk}"
    extension = (document.file_extension or "").lower()
    return f"{number:02d}-{stem}" + (f".{extension}" if extension else "")


def kit_documents(module, request, tools):
    """[(name inside the ZIP, document, what it is)]: the module's materials, then the
    listed tools' files, each document once, numbered from 02, only those allowed."""
    found, seen = [], set()
    candidates = [(document, kind) for kind, document in module.material_documents()]
    for tool in tools:
        for document in getattr(tool.specific, "documents", []):
            candidates.append((document, _("Outil : %(title)s") % {"title": tool.title}))
    for document, what in candidates:
        if document.pk in seen or not may_download(document, request):
            continue
        seen.add(document.pk)
        found.append((_entry_name(len(found) + 2, document), document, str(what)))
    return found


def _material_lines(context):
    """« Matériel à préparer » as plain lines, as the guide page lists it."""
    lines = [
        f"{document.title} ({kind}, {(document.file_extension or '').upper()})"
        for kind, document in context["materials"]
    ]
    lines += [f"{_('Vidéo :')} {video.title} — {video.full_url}" for video in context["videos"]]
    lines += [f"{_('Outil :')} {tool.title} — {tool.full_url}" for tool in context["tools"]]
    return lines


def _index_text(module, folder, context, documents):
    lines = [
        _("Trousse de la séance : %(title)s") % {"title": module.title},
        "",
        _("Heure de début : %(start)s") % {"start": context["start_label"]},
        module.full_url or "",
        "",
        _("Contenu :"),
        f"- {GUIDE_STEM}.pdf : " + _("le guide d’animation à imprimer"),
        f"- {GUIDE_STEM}.html : " + _("le même guide, à ouvrir dans un navigateur"),
    ]
    lines += [f"- {name} : {document.title} ({what})" for name, document, what in documents]
    missing = context.get("missing") or []
    if missing:
        lines += ["", _("Fichiers introuvables au moment de créer la trousse :")]
        lines += [f"- {title}" for title in missing]
    return "\r\n".join(lines).replace("\u00a0", " ") + "\r\n"


def index_name():
    return "README.txt" if get_language() == "en" else "LISEZ-MOI.txt"


def _cache_key(module, request, context, documents):
    """Changes whenever the module, one of its files or a listed tool changes."""
    parts = [
        module.pk,
        module.latest_revision_id,
        module.last_published_at,
        get_language(),
        context["start_value"],
        request.get_host() if request is not None else "",
        [(p.pk, p.last_published_at) for p in (*context["tools"], *context["videos"])],
        [
            (name, d.pk, d.title, d.file.name, d.file_size, d.file_hash, d.collection_id)
            for name, d, _what in documents
        ],
    ]
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"formations:trousse:{module.pk}:{digest}"


def build_kit(module, request, start):
    """(file name, ZIP bytes), from the cache when nothing changed since it was made."""
    folder = f"trousse-{module.slug}"
    context = module.guide_context(request, start)
    documents = kit_documents(module, request, context["tools"])
    key = _cache_key(module, request, context, documents)
    content = cache.get(key)
    if content is None:
        content = _zip(module, request, folder, context, documents)
        cache.set(key, content, CACHE_SECONDS)
    return f"{folder}.zip", content


def _zip(module, request, folder, context, documents):
    files = {}
    missing = []
    for name, document, _what in documents:
        try:
            with document.file.open("rb") as handle:
                files[name] = handle.read()
        except (OSError, ValueError):
            missing.append(document.title)
    present = [entry for entry in documents if entry[0] in files]
    context = {**context, "missing": missing}
    files[f"{GUIDE_STEM}.pdf"] = build_guide_pdf(context, _material_lines(context))
    html_context = {
        **context,
        "standalone": True,
        "guide_css": _guide_css(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    files[f"{GUIDE_STEM}.html"] = render_to_string(
        "formations/guide_standalone.html", html_context, request=request
    ).encode("utf-8")
    files[index_name()] = _index_text(module, folder, context, present).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()
