"""« Télécharger la fiche (PDF) »: a tool's sheet as one printable Letter page.

Drawn on the server with ReportLab from the same content as the page (title, type, axes,
audiences, summary, plain words, when and how to use it, its files and links as
readable addresses, the review date, and a QR code to the sheet). The content is shrunk
to fit one page whatever its length. Kept in the shared cache until the tool bank
changes (the `tools` snapshot token is part of the key), so every server reuses it.
"""

import hashlib
import io
from xml.sax.saxutils import escape

from django.core.cache import cache
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepInFrame,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from core import snapshots
from core.pages import plain_text
from outils.facet_index import TOOLS

MARGIN = 1.8 * cm
QR_SIZE = 3 * cm


def _styles():
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], alignment=0, fontSize=20),
        "meta": ParagraphStyle("meta", parent=base["Normal"], fontSize=9, textColor="#333333"),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontSize=13, spaceBefore=8),
        "body": ParagraphStyle("body", parent=base["Normal"], fontSize=10.5, leading=14),
        "small": ParagraphStyle("small", parent=base["Normal"], fontSize=8.5, leading=11),
    }


def _para(text, style):
    return Paragraph(escape(text), style)


def _steps(page):
    """The body's steps and paragraphs as (title, text) pairs, in order."""
    found = []
    for block in page.body:
        if block.block_type == "steps":
            for step in block.value.get("steps") or []:
                found.append((step.get("title") or "", plain_text(step.get("text") or "")))
        elif isinstance(block.value, str) or hasattr(block.value, "source"):
            text = plain_text(getattr(block.value, "source", block.value))
            if text:
                found.append(("", text))
    return found


def _qr(url):
    widget = QrCodeWidget(url)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0,
                                                   QR_SIZE / (top - bottom), 0, 0])  # fmt: skip
    drawing.add(widget)
    return drawing


def render(page, facts, sheet_url, documents, reviewed):
    """The PDF's bytes: one Letter page."""
    styles = _styles()
    story = [_para(page.title, styles["title"])]
    meta = " · ".join(
        part
        for part in [
            facts.type_label,
            ", ".join(term.label for term in facts.axes),
            ", ".join(term.label for term in facts.audiences),
        ]
        if part
    )
    story.append(_para(meta, styles["meta"]))
    story.append(Spacer(1, 6))
    story.append(_para(page.summary, styles["body"]))
    if page.plain_summary:
        story += [
            _para(_("En mots simples"), styles["h2"]),
            _para(page.plain_summary, styles["body"]),
        ]
    when = plain_text(page.when_to_use)
    if when:
        story += [_para(_("Quand l’utiliser"), styles["h2"]), _para(when, styles["body"])]
    steps = _steps(page)
    if steps:
        story.append(_para(_("Comment l’utiliser"), styles["h2"]))
        items = [
            ListItem(
                _para(f"{title} — {text}" if title and text else title or text, styles["body"])
            )
            for title, text in steps
        ]
        story.append(ListFlowable(items, bulletType="1", leftIndent=14))
    if documents or page.external_url:
        story.append(_para(_("Matériel"), styles["h2"]))
        for title, url, label in documents:
            story.append(_para(f"{title} ({label}) : {url}", styles["small"]))
        if page.external_url:
            story.append(_para(f"{_('En ligne')} : {page.external_url}", styles["small"]))
    footer = []
    if reviewed:
        date = formats.date_format(reviewed, "j F Y")
        footer.append(_para(_("Révisé le %(date)s") % {"date": date}, styles["small"]))
    if page.source_institution:
        footer.append(_para(f"{_('Source')} : {page.source_institution}", styles["small"]))
    footer.append(_para(f"{_('Fiche en ligne')} : {sheet_url}", styles["small"]))
    story.append(Spacer(1, 10))
    story.append(
        Table([[footer, _qr(sheet_url)]], colWidths=[None, QR_SIZE + 0.3 * cm], hAlign="LEFT")
    )

    buffer = io.BytesIO()
    width, height = letter
    document = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=page.title, author="Carrefour du partenariat",
        invariant=1,  # the same bytes for the same content
    )  # fmt: skip
    frame_width, frame_height = width - 2 * MARGIN, height - 2 * MARGIN - 12
    document.build([KeepInFrame(frame_width, frame_height, story, mode="shrink")])
    return buffer.getvalue()


def pdf_for(page, sheet_url, draw):
    """The card of `page` in the active language from the shared cache, else `draw()`."""
    where = hashlib.sha256(f"{translation.get_language()}:{sheet_url}".encode()).hexdigest()
    key = f"outils:fiche:{snapshots.tokens()[TOOLS]}:{page.pk}:{where[:16]}"
    return cache.get_or_set(key, draw)
