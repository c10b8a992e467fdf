"""The facilitator guide as a PDF drawn on the server (ReportLab), for the session kit.

The same content as the print view (formations/includes/guide_body.html, through
`TrainingModulePage.guide_context`): heading line, objectives, « Matériel à préparer »,
the schedule with start times, descriptions and facilitator notes, the exercises and
the evaluation. No browser is needed. Helvetica (a PDF standard font) covers the
French accents and « guillemets »; `invariant=1` fixes the dates and the document id
so the same module gives the same bytes.
"""

import html
import io
import re
from xml.sax.saxutils import escape

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core.pages import plain_text

MARGIN = 1.6 * cm
_BLOCKS = re.compile(r"<(li|p|h\d)[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)


def _styles():
    base = getSampleStyleSheet()
    return {
        "kicker": ParagraphStyle("kicker", parent=base["Normal"], fontSize=9,
                                 fontName="Helvetica-Bold"),
        "title": ParagraphStyle("title", parent=base["Title"], alignment=0, fontSize=19,
                                leading=23, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontSize=13, spaceBefore=10,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base["Heading3"], fontSize=11, spaceBefore=6),
        "body": ParagraphStyle("body", parent=base["Normal"], fontSize=10, leading=13.5),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontSize=9.5, leading=12.5),
        "note": ParagraphStyle("note", parent=base["Normal"], fontSize=9, leading=12,
                               leftIndent=6, borderColor="#000000", borderWidth=0.5,
                               borderPadding=4, borderDash=(2, 2), spaceBefore=4,
                               spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base["Normal"], fontSize=8.5, leading=11,
                               textColor="#333333"),
    }  # fmt: skip


def _para(text, style):
    return Paragraph(escape(text), style)


def rich_lines(value):
    """Rich text as a list of plain lines (one per paragraph or list item)."""
    source = getattr(value, "source", value) or ""
    found = [plain_text(inner) for _tag, inner in _BLOCKS.findall(str(source))]
    lines = [line for line in found if line]
    if not lines:
        text = plain_text(source)
        lines = [text] if text else []
    return [html.unescape(line) for line in lines]


def _bullets(lines, style, bullet="•"):
    items = [ListItem(_para(line, style), value=bullet) for line in lines]
    return ListFlowable(items, bulletType="bullet", start=bullet, leftIndent=14)


def build_guide_pdf(context, material_lines):
    """The guide's PDF bytes from `guide_context` (in the active language).

    `material_lines` are the « Matériel à préparer » entries as plain text.
    """
    styles = _styles()
    page = context["page"]
    story = [
        _para(_("Guide d’animation").upper(), styles["kicker"]),
        _para(page.title, styles["title"]),
    ]
    heading = _("Début : %(start)s · durée totale : %(duration)s") % {
        "start": context["start_label"],
        "duration": page.duration_label,
    }
    heading += f" · {_('Format :')} {page.format_label}"
    audiences = [str(a.label) for a in page.audiences.all()]
    if audiences:
        heading += f" · {_('Public :')} {', '.join(audiences)}"
    story.append(_para(heading, styles["body"]))
    objectives = rich_lines(page.objectives)
    if objectives:
        story += [_para(_("Objectifs d’apprentissage"), styles["h2"])]
        story.append(_bullets(objectives, styles["body"]))
    story.append(_para(_("Matériel à préparer"), styles["h2"]))
    if material_lines:
        story.append(_bullets(material_lines, styles["body"], bullet="–"))
    else:
        story.append(_para(_("Aucun document pour ce module."), styles["body"]))

    story.append(_para(_("Déroulement"), styles["h2"]))
    rows = [
        [
            _para(_("Heure"), styles["cell"]),
            _para(_("Durée"), styles["cell"]),
            _para(_("Activité et notes pour l’animation"), styles["cell"]),
        ]
    ]
    for activity in context["activities"]:
        cell = [
            Paragraph(
                f"<b>{activity.number}. {escape(activity.title)}</b> "
                f"({escape(str(activity.kind_label))})",
                styles["cell"],
            )
        ]
        cell += [_para(line, styles["cell"]) for line in rich_lines(activity.description)]
        if activity.linked_page is not None:
            cell.append(
                _para(
                    f"{_('Ressource :')} {activity.linked_page.title} — "
                    f"{activity.linked_page.full_url}",
                    styles["meta"],
                )
            )
        notes = rich_lines(activity.notes) if activity.notes else []
        if notes:
            text = f"<b>{escape(_('Notes pour l’animation'))}</b><br/>" + "<br/>".join(
                escape(line) for line in notes
            )
            cell.append(Paragraph(text, styles["note"]))
        rows.append(
            [
                _para(f"{activity.starts_at}\n– {activity.ends_at}", styles["cell"]),
                _para(f"{activity.minutes}\u00a0min", styles["cell"]),
                cell,
            ]
        )
    width = letter[0] - 2 * MARGIN
    table = Table(rows, colWidths=[2.3 * cm, 1.7 * cm, width - 4 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "#6b7280"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (-1, 0), "#f3f5f8"),
            ]
        )
    )
    story.append(table)

    exercises = context.get("exercises") or []
    if exercises:
        story.append(_para(_("Exercices"), styles["h2"]))
        for exercise in exercises:
            parts = [_para(exercise.get("title", ""), styles["h3"])]
            parts += [
                _para(line, styles["body"]) for line in rich_lines(exercise.get("instructions"))
            ]
            questions = [str(q) for q in exercise.get("questions") or []]
            if questions:
                items = [ListItem(_para(q, styles["body"])) for q in questions]
                parts.append(ListFlowable(items, bulletType="1", leftIndent=16))
            story.append(KeepTogether(parts))
    evaluation = rich_lines(page.evaluation)
    if evaluation:
        story.append(_para(_("Évaluer la séance"), styles["h2"]))
        story.append(_bullets(evaluation, styles["body"]))
    story += [Spacer(1, 12), _para(page.full_url or "", styles["meta"])]

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"{_('Guide d’animation')} : {page.title}",
        author="Carrefour du partenariat", lang="en-CA" if get_language() == "en" else "fr-CA",
        invariant=1,  # the same module gives the same bytes
    )  # fmt: skip
    document.build(story)
    return buffer.getvalue()
