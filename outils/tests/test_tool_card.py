"""« Télécharger la fiche (PDF) »: one page, the tool's facts, only for those who may see it."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader
from wagtail.documents import get_document_model

from outils.models import ToolDocument

pytestmark = pytest.mark.django_db


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def tool(make_tool):
    document = get_document_model()(title="Grille à remplir")
    document.file.save("grille.pdf", ContentFile(b"%PDF-1.4 grille"), save=False)
    document.save()
    tool = make_tool(
        "Plan d’intégration « pas à pas »", axes=["care"], audiences=["managers"],
        last_reviewed=datetime.date(2026, 3, 14), slug="plan-integration",
        plain_summary="Une équipe vous accueille et vous soutient pendant le projet.",
    )  # fmt: skip
    tool.attached_documents = [ToolDocument(document=document)]
    tool.save_revision().publish()
    return tool


def test_the_sheet_is_one_page_with_the_title_review_date_and_material(client, tool):
    html = client.get(tool.url).content.decode()
    assert 'href="/fr/outils/fiches/plan-integration.pdf"' in html
    pages, text = pdf_text(client.get("/fr/outils/fiches/plan-integration.pdf"))
    assert pages == 1
    flat = " ".join(text.split())
    assert "Plan d’intégration « pas à pas »" in flat
    assert "Révisé le 14 mars 2026" in flat
    assert "Grille à remplir" in flat and "/documents/" in flat
    assert "http://testserver/fr/outils/plan-integration/" in flat  # where to find it online
    assert "En mots simples" in flat


def test_a_long_tool_still_fits_on_one_page(client, make_tool):
    when = "<p>" + "Avant chaque rencontre du comité. " * 60 + "</p>"
    make_tool("Outil très long", slug="long", summary="Assez long. " * 30, when_to_use=when)
    pages, text = pdf_text(client.get("/fr/outils/fiches/long.pdf"))
    assert pages == 1 and "Outil très long" in text


def test_the_english_sheet_is_in_english(client, make_tool):
    make_tool("Plan", slug="plan", translate=True, last_reviewed=datetime.date(2026, 3, 14))
    pages, text = pdf_text(client.get("/en/tools/sheets/plan-en.pdf"))
    assert "Plan (EN)" in text and "Reviewed on 14 March 2026" in " ".join(text.split())


def test_a_staff_only_sheet_is_404_for_the_public_and_private_for_staff(
    client, make_tool, staff_user
):
    make_tool("Note interne", slug="note-interne", staff=True)
    assert client.get("/fr/outils/fiches/note-interne.pdf").status_code == 404
    client.force_login(staff_user)
    response = client.get("/fr/outils/fiches/note-interne.pdf")
    assert pdf_text(response)[0] == 1
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("slug", ["inconnu", "%00", "a" * 300, "..%2F..%2Fetc"])
def test_an_unknown_sheet_is_a_404(client, tool_bank, slug):
    assert client.get(f"/fr/outils/fiches/{slug}.pdf").status_code in (400, 404)


def test_the_sheet_changes_when_the_tool_does(client, tool):
    first = client.get("/fr/outils/fiches/plan-integration.pdf").content
    assert client.get("/fr/outils/fiches/plan-integration.pdf").content == first  # kept
    tool.title = "Plan d’intégration révisé"
    tool.save_revision().publish()
    _pages, text = pdf_text(client.get("/fr/outils/fiches/plan-integration.pdf"))
    assert "Plan d’intégration révisé" in text
