"""Import and export of a tool inventory (CSV or XLSX), shared by the two commands.

Columns (first row; order free, unknown columns ignored):

source_id, slug, title, summary, axes, audiences, type, tags, when_to_use, source,
author, year, last_reviewed, language, staff_only, link

Lists (axes, audiences, tags) are separated by « ; ». Codes are the vocabulary's
stable codes (care, managers, guide…). `language` is fr, en or both. `staff_only` is
oui/non (or yes/no, true/false, 1/0). A row is matched to an existing tool by
`source_id`, else by `slug` (the page's address), else by the slug of its title.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook

from outils.models import ToolPage
from vocabulary.models import Audience, Axis, ToolType

COLUMNS = [
    "source_id", "slug", "title", "summary", "axes", "audiences", "type", "tags", "when_to_use",
    "source", "author", "year", "last_reviewed", "language", "staff_only", "link",
]  # fmt: skip
REQUIRED = ["title", "summary", "axes", "audiences", "type"]
SLUG = re.compile(r"^[-a-z0-9_]{1,80}$")
TRUE = {"oui", "o", "yes", "y", "true", "vrai", "1", "x"}
FALSE = {"non", "n", "no", "false", "faux", "0", ""}
LANGUAGES = {"fr": "fr", "en": "en", "both": "both", "fr;en": "both", "fr+en": "both"}


class InventoryError(Exception):
    pass


@dataclass
class Row:
    number: int  # the spreadsheet's row number (header = 1)
    data: dict
    errors: list = field(default_factory=list)
    values: dict = field(default_factory=dict)


def _split(value):
    return [part.strip() for part in str(value or "").replace(",", ";").split(";") if part.strip()]


def read_rows(path):
    """(header, rows) from a .csv (UTF-8, « , » or « ; ») or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        try:
            dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
        except csv.Error:
            dialect = csv.excel
        table = list(csv.reader(io.StringIO(text), dialect))
    elif suffix == ".xlsx":
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        table = [
            ["" if cell is None else cell for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
    else:
        raise InventoryError(_("Format non pris en charge : utilisez un fichier .csv ou .xlsx."))
    if not table:
        raise InventoryError(_("Le fichier est vide."))
    header = [str(h or "").strip().lower() for h in table[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InventoryError(_("Colonnes manquantes : %(cols)s.") % {"cols": ", ".join(missing)})
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(c).strip() for c in cells):
            continue
        data = {name: cells[i] if i < len(cells) else "" for i, name in enumerate(header) if name}
        rows.append(Row(number, data))
    return header, rows


def validate(rows, existing_keys=None):
    """Check every row; fill `row.values` (clean values) or `row.errors` (French reasons)."""
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    types = {t.code: t for t in ToolType.objects.all()}
    seen = {}
    for row in rows:
        d = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.data.items()}
        errors = row.errors
        title = str(d.get("title") or "")
        summary = str(d.get("summary") or "")
        if not title:
            errors.append(_("le titre est vide"))
        elif len(title) > 255:
            errors.append(_("le titre dépasse 255 caractères"))
        if not summary:
            errors.append(_("le résumé est vide"))
        elif len(summary) > 400:
            errors.append(_("le résumé dépasse 400 caractères"))
        row_axes = _split(d.get("axes"))
        unknown = [c for c in row_axes if c not in axes]
        if not row_axes:
            errors.append(_("au moins un axe est requis (care, experience, improvement)"))
        elif unknown:
            errors.append(_("axe inconnu : %(codes)s") % {"codes": ", ".join(unknown)})
        row_audiences = _split(d.get("audiences"))
        unknown = [c for c in row_audiences if c not in audiences]
        if not row_audiences:
            errors.append(_("au moins un public cible est requis"))
        elif unknown:
            errors.append(_("public cible inconnu : %(codes)s") % {"codes": ", ".join(unknown)})
        type_code = str(d.get("type") or "")
        if type_code not in types:
            errors.append(
                _("type d’outil inconnu : « %(code)s » (attendu : %(known)s)")
                % {"code": type_code, "known": ", ".join(types)}
            )
        year = d.get("year")
        year_value = None
        if year not in (None, ""):
            try:
                year_value = int(float(str(year)))
                if not 1900 <= year_value <= 2100:
                    raise ValueError
            except ValueError:
                errors.append(_("année invalide : « %(value)s »") % {"value": year})
        reviewed = d.get("last_reviewed")
        reviewed_value = None
        if isinstance(reviewed, datetime.datetime):
            reviewed_value = reviewed.date()
        elif isinstance(reviewed, datetime.date):
            reviewed_value = reviewed
        elif reviewed:
            try:
                reviewed_value = datetime.date.fromisoformat(str(reviewed))
            except ValueError:
                errors.append(
                    _("date de révision invalide : « %(value)s » (format AAAA-MM-JJ)")
                    % {"value": reviewed}
                )
        language = str(d.get("language") or "fr").lower().replace(" ", "")
        if language not in LANGUAGES:
            errors.append(
                _("langue invalide : « %(value)s » (fr, en ou both)") % {"value": language}
            )
        staff = str(d.get("staff_only") or "").lower()
        if staff not in TRUE | FALSE:
            errors.append(
                _("réservé au personnel : « %(value)s » n’est ni oui ni non") % {"value": staff}
            )
        link = str(d.get("link") or "")
        if link and not link.startswith(("https://", "http://")):
            errors.append(_("le lien doit commencer par https://"))
        source_id = str(d.get("source_id") or "")[:100]
        given_slug = str(d.get("slug") or "")
        if given_slug and not SLUG.match(given_slug):
            given_slug = slugify(given_slug)
        slug = (given_slug or slugify(title))[:80] or None
        key = source_id or slug
        if key in seen:
            errors.append(
                _("doublon de la ligne %(line)s (même source_id ou même titre)")
                % {"line": seen[key]}
            )
        elif key:
            seen[key] = row.number
        if not errors:
            row.values = {
                "source_id": source_id,
                "slug": slug,
                "title": title,
                "summary": summary,
                "axes": [axes[c] for c in row_axes],
                "audiences": [audiences[c] for c in row_audiences],
                "tool_type": types[type_code],
                "tags": _split(d.get("tags")),
                "when_to_use": str(d.get("when_to_use") or ""),
                "source_institution": str(d.get("source") or "")[:200],
                "author": str(d.get("author") or "")[:200],
                "year": year_value,
                "last_reviewed": reviewed_value,
                "material_languages": LANGUAGES[language],
                "staff_only": staff in TRUE,
                "external_url": link,
            }
    return rows


def find_existing(index, values):
    tools = ToolPage.objects.child_of(index)
    if values["source_id"]:
        return tools.filter(source_id=values["source_id"]).first()
    return tools.filter(slug=values["slug"]).first()


def _unique_slug(index, slug):
    candidate, n = slug, 2
    while index.get_children().filter(slug=candidate).exists():
        candidate = f"{slug}-{n}"
        n += 1
    return candidate


def _paragraphs(text):

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n") if p.strip())


@transaction.atomic
def save_row(index, values, existing=None):
    """Create (under the French tool bank) or update one tool, then publish it."""
    page = existing.specific if existing is not None else None
    fields = {
        "title": values["title"],
        "summary": values["summary"],
        "tool_type": values["tool_type"],
        "when_to_use": _paragraphs(values["when_to_use"]),
        "source_institution": values["source_institution"],
        "author": values["author"],
        "year": values["year"],
        "last_reviewed": values["last_reviewed"],
        "material_languages": values["material_languages"],
        "staff_only": values["staff_only"],
        "external_url": values["external_url"],
        "source_id": values["source_id"],
    }
    if page is None:
        page = ToolPage(slug=_unique_slug(index, values["slug"]), locale=index.locale, **fields)
        page.axes = values["axes"]
        page.audiences = values["audiences"]
        page.tags.set(values["tags"])
        index.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.draft_title = values["title"]
        page.axes = values["axes"]
        page.audiences = values["audiences"]
        page.tags.set(values["tags"])
        page.save()
    page.save_revision().publish()
    return page


def export_rows(index):
    tools = (
        ToolPage.objects.child_of(index)
        .select_related("tool_type")
        .prefetch_related("axes", "audiences", "tags")
        .order_by("sort_title")
    )
    for tool in tools:
        yield {
            "source_id": tool.source_id,
            "slug": tool.slug,
            "title": tool.title,
            "summary": tool.summary,
            "axes": ";".join(a.code for a in tool.axes.all()),
            "audiences": ";".join(a.code for a in tool.audiences.all()),
            "type": tool.tool_type.code if tool.tool_type else "",
            "tags": ";".join(sorted(t.name for t in tool.tags.all())),
            "when_to_use": _plain(tool.when_to_use),
            "source": tool.source_institution,
            "author": tool.author,
            "year": tool.year or "",
            "last_reviewed": tool.last_reviewed.isoformat() if tool.last_reviewed else "",
            "language": tool.material_languages,
            "staff_only": "oui" if tool.staff_only else "non",
            "link": tool.external_url,
        }


def _plain(html):

    text = (html or "").replace("</p>", "\n")
    return "\n".join(line.strip() for line in strip_tags(text).splitlines() if line.strip())


def write_rows(path, rows):
    path = Path(path)
    rows = list(rows)
    if path.suffix.lower() == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "outils"
        sheet.append(COLUMNS)
        for row in rows:
            sheet.append([row[c] for c in COLUMNS])
        workbook.save(path)
    elif path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    else:
        raise InventoryError(_("Format non pris en charge : utilisez un fichier .csv ou .xlsx."))
    return len(rows)
