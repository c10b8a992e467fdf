"""A tool's downloadable material, drawn from its own content: a PDF, and a file to fill in.

The demo loader turns each demo tool (outils/demo_content) into real files — the PDF
every tool offers and, for the tools staff fill in, an editable file: an OpenDocument text
(ODT, which Word and LibreOffice open) for templates and forms, whose answers are
sentences, and an XLSX grid with one row per item and an empty column for the answers for
questionnaires and checklists.
They carry the tool's title, summary, when to use it, its steps or questions, the
source institution and the year.

Both are deterministic: the same content gives the same bytes (ReportLab's invariant
mode, fixed document dates, fixed ZIP timestamps inside the XLSX and the ODT), so loading the demo
twice or on another machine yields identical files. Helvetica, one of the PDF standard
fonts, covers Latin-1 and the typographic signs French needs (é, à, œ, « », ’, —): no
font file to ship.
"""

import datetime
import io
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.writer.excel import ExcelWriter
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from core.pages import plain_text

# Tools staff fill in get an editable file: a text document, or a grid for item lists.
EDITABLE_TYPES = {"template", "form", "evaluation", "checklist"}
TEXT_DOCUMENT_TYPES = {"template", "form"}
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
FIXED_DATETIME = datetime.datetime(2020, 1, 1, 0, 0, 0)
FIXED_ZIP_DATE = (2020, 1, 1, 0, 0, 0)
MARGIN = 2 * cm
PUBLISHER = {
    "fr": "Carrefour du partenariat — Bureau du partenariat avec l’usager",
    "en": "Partnership Crossroads — Patient Partnership Office",
}

LABELS = {
    "fr": {
        "when": "Quand l’utiliser",
        "steps": "Comment procéder",
        "items": "À remplir",
        "answer": "Réponse, notes",
        "number": "No",
        "item": "Élément",
        "guidance": "Consigne",
        "source": "Source : {source}, {year}",
        "source_no_year": "Source : {source}",
        "fill": "Rempli par : ______________________   Date : ______________",
        "kind": {
            "guide": "Guide", "template": "Gabarit", "checklist": "Aide-mémoire",
            "form": "Formulaire", "evaluation": "Questionnaire", "factsheet": "Fiche",
            "presentation": "Présentation", "video": "Guide d’écoute de la vidéo",
        },
        "staff": "Usage interne : réservé au personnel.",
        "sheet": "Grille",
    },
    "en": {
        "when": "When to use it",
        "steps": "How to proceed",
        "items": "To fill in",
        "answer": "Answer, notes",
        "number": "No.",
        "item": "Item",
        "guidance": "Guidance",
        "source": "Source: {source}, {year}",
        "source_no_year": "Source: {source}",
        "fill": "Filled in by: ______________________   Date: ______________",
        "kind": {
            "guide": "Guide", "template": "Template", "checklist": "Checklist",
            "form": "Form", "evaluation": "Questionnaire", "factsheet": "Fact sheet",
            "presentation": "Presentation", "video": "Viewing guide",
        },
        "staff": "Internal use: staff only.",
        "sheet": "Grid",
    },
}  # fmt: skip


def _labels(language):
    return LABELS["en" if language == "en" else "fr"]


def _source_line(spec, language):
    labels = _labels(language)
    source = spec.get("source_institution") or ""
    if not source:
        return ""
    if spec.get("year"):
        return labels["source"].format(source=source, year=spec["year"])
    return labels["source_no_year"].format(source=source)


def _styles():
    base = getSampleStyleSheet()
    return {
        "kicker": ParagraphStyle("kicker", parent=base["Normal"], fontSize=9, textColor="#333333"),
        "title": ParagraphStyle("title", parent=base["Title"], alignment=0, fontSize=20,
                                leading=24),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontSize=13, spaceBefore=10),
        "body": ParagraphStyle("body", parent=base["Normal"], fontSize=10.5, leading=14.5),
        "small": ParagraphStyle("small", parent=base["Normal"], fontSize=8.5, leading=11,
                                textColor="#333333"),
    }  # fmt: skip


def _para(text, style):
    return Paragraph(escape(text), style)


def _steps(spec):
    return [(s.get("title") or "", plain_text(s.get("text") or "")) for s in spec.get("steps", [])]


def build_pdf(spec, language):
    """The tool as a Letter PDF: heading, summary, when to use it, its steps (with space to
    write for the tools staff fill in), the source, the year. Same content, same bytes."""
    labels = _labels(language)
    styles = _styles()
    kind = labels["kind"].get(spec.get("type"), "")
    story = []
    if kind:
        story.append(_para(kind.upper(), styles["kicker"]))
    story.append(_para(spec["title"], styles["title"]))
    story.append(_para(spec["summary"], styles["body"]))
    when = plain_text(spec.get("when_to_use") or "")
    if when:
        story += [_para(labels["when"], styles["h2"]), _para(when, styles["body"])]
    steps = _steps(spec)
    editable = spec.get("type") in EDITABLE_TYPES
    if steps:
        story.append(_para(labels["items"] if editable else labels["steps"], styles["h2"]))
        width = letter[0] - 2 * MARGIN
        for number, (title, text) in enumerate(steps, start=1):
            parts = [Paragraph(f"<b>{number}. {escape(title)}</b>", styles["body"])]
            if text:
                parts.append(_para(text, styles["body"]))
            if editable:
                # Room to write: a framed box under each item.
                box = Table([[""]], colWidths=[width], rowHeights=[1.6 * cm])
                box.setStyle([("BOX", (0, 0), (-1, -1), 0.6, "#555555")])
                parts += [Spacer(1, 3), box]
            parts.append(Spacer(1, 8))
            story.append(KeepTogether(parts))
        if editable:
            story.append(_para(labels["fill"], styles["body"]))
    story.append(Spacer(1, 14))
    if spec.get("staff_only"):
        story.append(_para(labels["staff"], styles["small"]))
    source = _source_line(spec, language)
    if source:
        story.append(_para(source, styles["small"]))
    story.append(_para(PUBLISHER["en" if language == "en" else "fr"], styles["small"]))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=spec["title"], author=spec.get("source_institution") or "",
        creator="Carrefour du partenariat", lang="fr-CA" if language != "en" else "en-CA",
        invariant=1,  # fixed dates and document id: the same content gives the same bytes
    )  # fmt: skip
    document.build(story)
    return buffer.getvalue()


def fixed_zip(data):
    """The same ZIP with every entry's timestamp fixed and entries in name order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        # [Content_Types].xml stays first, as Office expects.
        ordered = [n for n in names if n == "[Content_Types].xml"] + sorted(
            n for n in names if n != "[Content_Types].xml"
        )
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return buffer.getvalue()


def build_xlsx(spec, language):
    """The grid staff fill in: the tool's heading, then one row per item with an empty
    « Réponse, notes » column. Same content, same bytes."""
    labels = _labels(language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = labels["sheet"]
    bold = Font(bold=True)
    thin = Side(style="thin", color="777777")
    frame = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet["A1"] = spec["title"]
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = spec["summary"]
    sheet["A2"].alignment = wrap
    sheet.merge_cells("A2:D2")
    sheet.row_dimensions[2].height = 45
    row = 4
    for column, header in enumerate(
        [labels["number"], labels["item"], labels["guidance"], labels["answer"]], start=1
    ):
        cell = sheet.cell(row=row, column=column, value=header)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E8ECF2")
        cell.border = frame
    steps = _steps(spec) or [(spec["title"], plain_text(spec.get("when_to_use") or ""))]
    for number, (title, text) in enumerate(steps, start=1):
        row += 1
        for column, value in enumerate([number, title, text, ""], start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.alignment = wrap
            cell.border = frame
        sheet.row_dimensions[row].height = 60
    row += 2
    source = _source_line(spec, language)
    if source:
        sheet.cell(row=row, column=1, value=source)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 32
    sheet.column_dimensions["C"].width = 48
    sheet.column_dimensions["D"].width = 48
    sheet.freeze_panes = "A5"
    properties = workbook.properties
    properties.title = spec["title"]
    properties.creator = "Carrefour du partenariat"
    properties.language = "fr-CA" if language != "en" else "en-CA"
    properties.created = FIXED_DATETIME
    properties.modified = FIXED_DATETIME
    properties.lastModifiedBy = "Carrefour du partenariat"
    buffer = io.BytesIO()
    # ExcelWriter directly: `Workbook.save` would stamp the current time as « modified ».
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return fixed_zip(buffer.getvalue())


_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
_ODT_STYLES = """<office:automatic-styles>
<style:style style:name="Answer" style:family="table-cell"><style:table-cell-properties \
fo:border="0.5pt solid #555555" fo:padding="0.1cm"/></style:style>
<style:style style:name="AnswerRow" style:family="table-row"><style:table-row-properties \
style:min-row-height="2.2cm"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties \
fo:font-size="8.5pt"/></style:style>
</office:automatic-styles>"""


def build_odt(spec, language):
    """The template or form as an OpenDocument text staff fill in: the tool's heading,
    summary and when to use it, then each item with its guidance and a framed box to write
    in, the « filled in by » line and the source. Same content, same bytes."""
    labels = _labels(language)
    lang, country = ("en", "CA") if language == "en" else ("fr", "CA")

    def paragraph(text, style=None):
        styled = f' text:style-name="{style}"' if style else ""
        return f"<text:p{styled}>{escape(text)}</text:p>"

    def heading(text, level):
        return f'<text:h text:outline-level="{level}">{escape(text)}</text:h>'

    body = [heading(spec["title"], 1), paragraph(spec["summary"])]
    when = plain_text(spec.get("when_to_use") or "")
    if when:
        body += [heading(labels["when"], 2), paragraph(when)]
    steps = _steps(spec) or [(spec["title"], "")]
    body.append(heading(labels["items"], 2))
    for number, (title, text) in enumerate(steps, start=1):
        body.append(heading(f"{number}. {title}", 3))
        if text:
            body.append(paragraph(text))
        body.append(
            f'<table:table table:name="{escape(labels["answer"])} {number}">'
            "<table:table-column/>"
            '<table:table-row table:style-name="AnswerRow">'
            '<table:table-cell table:style-name="Answer" office:value-type="string">'
            "<text:p/></table:table-cell></table:table-row></table:table>"
        )
    body.append(paragraph(labels["fill"]))
    if spec.get("staff_only"):
        body.append(paragraph(labels["staff"], "Small"))
    source = _source_line(spec, language)
    if source:
        body.append(paragraph(source, "Small"))
    body.append(paragraph(PUBLISHER["en" if language == "en" else "fr"], "Small"))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODT_NAMESPACES} office:version="1.3">'
        f"{_ODT_STYLES}<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-styles {_ODT_NAMESPACES} office:version="1.3"><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties '
        f'fo:language="{lang}" fo:country="{country}" fo:font-size="11pt"/></style:default-style>'
        "</office:styles></office:document-styles>"
    )
    stamp = FIXED_DATETIME.isoformat()
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-meta {_ODT_NAMESPACES} office:version="1.3"><office:meta>'
        f"<dc:title>{escape(spec['title'])}</dc:title><dc:language>{lang}-{country}</dc:language>"
        f"<meta:generator>Carrefour du partenariat</meta:generator>"
        f"<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
        "</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
        + "".join(
            f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>'
            for name in ("content.xml", "styles.xml", "meta.xml")
        )
        + "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The mimetype entry comes first and uncompressed: that is how readers recognise ODF.
        entries = [
            ("mimetype", ODT_MIMETYPE, zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("styles.xml", styles, zipfile.ZIP_DEFLATED),
        ]
        for name, text, compression in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def material_files(slug, spec, language):
    """[(document title, file name, bytes)] for one tool in one language."""
    suffix = "" if language == "fr" else "-en"
    files = [(spec["title"], f"{slug}{suffix}.pdf", build_pdf(spec, language))]
    kind = spec.get("type")
    if kind in TEXT_DOCUMENT_TYPES:
        editable = "à remplir" if language != "en" else "to fill in"
        files.append(
            (f"{spec['title']} ({editable})", f"{slug}{suffix}.odt", build_odt(spec, language))
        )
    elif kind in EDITABLE_TYPES:
        grid = "grille à remplir" if language != "en" else "grid to fill in"
        files.append(
            (f"{spec['title']} ({grid})", f"{slug}{suffix}.xlsx", build_xlsx(spec, language))
        )
    return files
