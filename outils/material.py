"""A tool's downloadable material, drawn from its own content: a PDF, and a grid to fill in.

The demo loader turns each demo tool (outils/demo_content) into real files — the PDF
every tool offers and, for the tools staff fill in (templates, forms, questionnaires,
checklists), an XLSX grid with one row per item and an empty column for the answers.
They carry the tool's title, summary, when to use it, its steps or questions, the
source institution and the year.

Both are deterministic: the same content gives the same bytes (ReportLab's invariant
mode, fixed workbook dates, fixed ZIP timestamps inside the XLSX), so loading the demo
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

# Tools staff fill in: they also get an editable grid.
EDITABLE_TYPES = {"template", "form", "evaluation", "checklist"}
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


def material_files(slug, spec, language):
    """[(document title, file name, bytes)] for one tool in one language."""
    suffix = "" if language == "fr" else "-en"
    files = [(spec["title"], f"{slug}{suffix}.pdf", build_pdf(spec, language))]
    if spec.get("type") in EDITABLE_TYPES:
        grid = "grille à remplir" if language != "en" else "grid to fill in"
        files.append(
            (f"{spec['title']} ({grid})", f"{slug}{suffix}.xlsx", build_xlsx(spec, language))
        )
    return files
