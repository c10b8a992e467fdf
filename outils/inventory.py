"""Import and export of a tool inventory (CSV or XLSX), shared by the two commands.

Columns (first row; order free, unknown columns ignored):

source_id, slug, title, summary, axes, audiences, type, tags, when_to_use, source,
author, year, last_reviewed, language, staff_only, link

Lists (axes, audiences, tags) are separated by « ; ». Codes are the vocabulary's
stable codes (care, managers, guide…). `language` is fr, en or both. `staff_only` is
oui/non (or yes/no, true/false, 1/0). A row is matched to an existing tool by
`source_id`, else by `slug` (the page's address), else by the slug of its title.

Reading (README « Tool bank », import): a CSV may be UTF-8 (with or without BOM) or
Windows-1252 (what French Excel writes), separated by « , », « ; » or tabs (taken from
the header row), quoted as Excel quotes (« "Le ""guide"" complet" »); the report says
which encoding and separator were used. An .xlsx is read from its first sheet. A real
formula in a workbook is refused; a text that begins with a formula character
(= + - @, tab, CR) is imported as text and flagged. Exports neutralise such texts with
`core.exports.safe_cell` (« '=… »), which reading undoes: an export re-imported gives
back the same tools.
"""

import codecs
import csv
import datetime
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from core.exports import safe_cell, starts_like_formula, unsafe_cell
from outils import catalogue as open_catalogue
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
    warnings: list = field(default_factory=list)


def _split(value):
    return [part.strip() for part in str(value or "").replace(",", ";").split(";") if part.strip()]


@dataclass
class Table:
    header: list
    rows: list
    source: str  # what was read: format, encoding, separator (in French, for the report)


DELIMITERS = {",": _lazy("virgule"), ";": _lazy("point-virgule"), "\t": _lazy("tabulation")}
NOT_TEXT = _lazy(
    "Le fichier contient des octets nuls : ce n’est pas un fichier CSV texte (un classeur "
    "renommé, un fichier UTF-16 ?). Dans Excel, enregistrez-le en « CSV UTF-8 (délimité par "
    "des virgules) »."
)


def decode(data):
    """(text, encoding name): UTF-8 with or without BOM, else Windows-1252 (French Excel)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8 (avec BOM)"
        except UnicodeDecodeError as error:
            raise InventoryError(
                _("Le fichier annonce l’UTF-8 (BOM) mais ne l’est pas (octet %(pos)s).")
                % {"pos": error.start + len(codecs.BOM_UTF8)}
            ) from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InventoryError(str(NOT_TEXT))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise InventoryError(
            _(
                "Encodage non reconnu : le fichier n’est ni en UTF-8 ni en Windows-1252 "
                "(octet %(pos)s). Enregistrez-le en « CSV UTF-8 »."
            )
            % {"pos": error.start}
        ) from error


def _delimiter(header_line):
    """The separator of the header row (column names hold none): « , », « ; » or a tab."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(path):
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise InventoryError(
            _("Ce fichier .csv est en fait un classeur Excel : renommez-le en .xlsx.")
        )
    if b"\x00" in data.split(b"\n", 1)[0]:
        raise InventoryError(str(NOT_TEXT))
    text, encoding = decode(data)
    delimiter = _delimiter(text.split("\n", 1)[0])
    # Excel's quoting: fields in « " », a « " » inside doubled (« "Le ""guide"" complet" »).
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True
    )
    try:
        table = [[_text_cell(cell) for cell in row] for row in reader]
    except csv.Error as error:
        raise InventoryError(
            _("CSV illisible à la ligne %(line)s : %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from error
    source = _("CSV, encodage %(encoding)s, séparateur %(delimiter)s") % {
        "encoding": encoding,
        "delimiter": DELIMITERS[delimiter],
    }
    return table, source


def _read_xlsx(path):
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise InventoryError(
            _(
                "Ce fichier .xlsx n’est pas un classeur Excel lisible (un fichier texte "
                "renommé ?). Enregistrez-le de nouveau depuis Excel, en .xlsx ou en CSV."
            )
        ) from error
    try:
        sheet = workbook.worksheets[0]
        table = [[_xlsx_cell(cell) for cell in row] for row in sheet.iter_rows()]
    finally:
        workbook.close()
    return table, _("classeur Excel (.xlsx), première feuille")


@dataclass(frozen=True)
class Formula:
    """A real formula in a workbook cell: refused (its value is not what is shown)."""

    text: str

    def __str__(self):
        return self.text


@dataclass(frozen=True)
class Flagged:
    """Text that a spreadsheet would read as a formula: imported as text, but reported."""

    text: str

    def __str__(self):
        return self.text


def _text_cell(value):
    """A text cell: the export's « ' » mark removed; one that looks like a formula, flagged."""
    if starts_like_formula(value):
        return Flagged(value)
    return unsafe_cell(value)


def _xlsx_cell(cell):
    value = cell.value
    if value is None:
        return ""
    if cell.data_type == "f":
        return Formula(str(value))
    if isinstance(value, str):
        return _text_cell(value)
    return value


def _json_cell(value):
    """A catalogue's text is plain (not neutralised like a spreadsheet's): only flagged."""
    return Flagged(value) if starts_like_formula(value) else value


def _read_catalogue(path):
    """Another institution's open catalogue (outils/catalogue.py's JSON) as a table."""
    try:
        catalogue = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
        items = catalogue["dataset"]
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise TypeError
        rows = [open_catalogue.item_row(item, catalogue) for item in items]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InventoryError(
            _(
                "Ce fichier .json n’est pas un catalogue ouvert du Carrefour (un objet avec "
                "une liste « dataset »)."
            )
        ) from error
    columns = open_catalogue.CSV_COLUMNS
    table = [columns] + [[_json_cell(str(row[c])) for c in columns] for row in rows]
    publisher = catalogue.get("publisher") or "?"
    return table, _("catalogue ouvert JSON de « %(publisher)s »") % {"publisher": publisher}


MAX_DOWNLOAD = 20 * 1024 * 1024
DOWNLOAD_TYPES = {"application/json": ".json", "text/csv": ".csv"}


def is_url(name):
    return str(name).lower().startswith(("http://", "https://"))


def fetch(url, directory):
    """Download another institution's catalogue (CSV, XLSX or JSON) into `directory`."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https"):
        raise InventoryError(_("Seules les adresses http et https sont acceptées."))
    headers = {"User-Agent": "Carrefour import_tools"}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (checked above)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            data = response.read(MAX_DOWNLOAD + 1)
            content_type = response.headers.get_content_type()
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise InventoryError(
            _("Impossible de télécharger %(url)s : %(reason)s.") % {"url": url, "reason": reason}
        ) from error
    if len(data) > MAX_DOWNLOAD:
        raise InventoryError(_("Le fichier téléchargé dépasse 20 Mo."))
    suffix = Path(parsed.path).suffix.lower()
    if suffix not in (".csv", ".xlsx", ".json"):
        suffix = DOWNLOAD_TYPES.get(content_type, ".csv")
    path = Path(directory) / f"catalogue{suffix}"
    path.write_bytes(data)
    return path


def read_rows(path):
    """A Table from a .csv (encoding and separator detected), .xlsx or catalogue .json file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table, source = _read_csv(path)
    elif suffix == ".xlsx":
        table, source = _read_xlsx(path)
    elif suffix == ".json":
        table, source = _read_catalogue(path)
    else:
        raise InventoryError(
            _("Format non pris en charge : utilisez un fichier .csv, .xlsx ou .json (catalogue).")
        )
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
    return Table(header, rows, source)


def _check_cells(row):
    """Formulas refused, NUL characters refused, formula-like text flagged (a warning)."""
    for name, value in row.data.items():
        if name not in COLUMNS:
            continue
        if isinstance(value, Formula):
            row.errors.append(
                _(
                    "la colonne « %(col)s » contient une formule (%(formula)s) : "
                    "remplacez-la par sa valeur"
                )
                % {"col": name, "formula": value.text[:40]}
            )
        elif isinstance(value, Flagged):
            row.warnings.append(
                _(
                    "la colonne « %(col)s » commence par « %(char)s », qu’un tableur lirait "
                    "comme une formule ; importée comme texte"
                )
                % {"col": name, "char": value.text[:1].replace("\t", "tab").replace("\r", "CR")}
            )
            row.data[name] = value.text
        if isinstance(row.data[name], str) and "\x00" in row.data[name]:
            row.errors.append(
                _("la colonne « %(col)s » contient un caractère nul (code 0)") % {"col": name}
            )


def validate(rows, existing_keys=None):
    """Check every row; fill `row.values` (clean values) or `row.errors` (French reasons)."""
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    types = {t.code: t for t in ToolType.objects.all()}
    seen = {}
    for row in rows:
        _check_cells(row)
        if any(isinstance(v, Formula) for v in row.data.values()):
            continue
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
        tags = _split(d.get("tags"))
        for name, limit, value in [
            ("source_id", 100, str(d.get("source_id") or "")),
            ("source", 200, str(d.get("source") or "")),
            ("author", 200, str(d.get("author") or "")),
            ("link", 500, link),
            *[("tags", 100, tag) for tag in tags],
        ]:
            if len(value) > limit:
                errors.append(
                    _("la colonne « %(col)s » dépasse %(limit)s caractères")
                    % {"col": name, "limit": limit}
                )
        source_id = str(d.get("source_id") or "")
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
                "tags": tags,
                "when_to_use": str(d.get("when_to_use") or ""),
                "source_institution": str(d.get("source") or ""),
                "author": str(d.get("author") or ""),
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


CREATE, UPDATE, SKIP, ERROR = "create", "update", "skip", "error"


@dataclass
class Planned:
    """One row's fate: created, updated, skipped (already there) or refused (its errors)."""

    row: Row
    existing: object
    action: str


def plan_rows(index, rows, update):
    """Validate the rows and decide each one's action, writing nothing."""
    validate(rows)
    plan = []
    for row in rows:
        if row.errors:
            plan.append(Planned(row, None, ERROR))
            continue
        existing = find_existing(index, row.values)
        action = CREATE if existing is None else UPDATE if update else SKIP
        plan.append(Planned(row, existing, action))
    return plan


class ImportRolledBack(Exception):
    """A row failed to save and invalid rows are not skipped: nothing was written."""

    def __init__(self, failed):
        super().__init__(failed)
        self.failed = failed


def write_plan(index, plan, skip_invalid, progress=None):
    """Every planned row in one transaction; a row that fails undoes all (or only itself
    with `skip_invalid`). Returns the failed rows as (row, error); ``progress(done, total)``
    is called after each row."""
    failed = []
    with transaction.atomic():
        for done, item in enumerate(plan, start=1):
            if item.action in (CREATE, UPDATE):
                try:
                    # save_row is atomic: a failing row leaves no half-written page.
                    save_row(index, item.row.values, item.existing)
                except Exception as error:  # noqa: BLE001 — reported with its line
                    failed.append((item.row, error))
            if progress:
                progress(done, len(plan))
        if failed and not skip_invalid:
            raise ImportRolledBack(failed)
    return failed


def export_rows(index, ids=None):
    """The tools under `index` in the import format; only those in `ids` when given."""
    tools = ToolPage.objects.child_of(index)
    if ids is not None:
        tools = tools.filter(pk__in=ids)
    tools = (
        tools.select_related("tool_type")
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


def rows_bytes(rows, suffix):
    """(the file's bytes, how many rows) in the import format: « .csv » or « .xlsx »."""
    rows = list(rows)
    if suffix == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "outils"
        sheet.append(COLUMNS)
        for row in rows:
            # safe_cell: no text begins with « = » any more, so openpyxl stores no formula.
            sheet.append([safe_cell(row[c]) for c in COLUMNS])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue(), len(rows)
    if suffix == ".csv":
        text = io.StringIO(newline="")
        writer = csv.DictWriter(text, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({c: safe_cell(row[c]) for c in COLUMNS} for row in rows)
        return text.getvalue().encode("utf-8"), len(rows)
    raise InventoryError(_("Format non pris en charge : utilisez un fichier .csv ou .xlsx."))


def write_rows(path, rows):
    path = Path(path)
    data, count = rows_bytes(rows, path.suffix.lower())
    path.write_bytes(data)
    return count
