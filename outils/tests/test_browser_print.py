"""The tool sheet printed from Chromium: one clean page, the forms around it left out."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

SHEETS = ["recrutement-usager-partenaire", "plan-integration-usager-ressource"]


@pytest.mark.parametrize("slug", SHEETS)
def test_a_tool_sheet_prints_on_one_page(browser_page, slug):
    page = browser_page
    assert page.goto(f"/fr/outils/{slug}/").status == 200
    page.emulate_media(media="print")
    assert not page.is_visible("#avis")  # the « utile ? » form is not printed
    assert page.is_visible(".tool-page__address")  # the sheet's address is
    data = page.pdf(format="Letter", print_background=True)
    (Path(".e2e") / f"fiche-{slug}.pdf").write_bytes(data)  # kept to look at (pdftoppm)
    pdf = PdfReader(io.BytesIO(data))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    assert f"/fr/outils/{slug}/" in text.replace("\n", "")
    assert "Cet outil vous a-t-il été utile" not in text


def test_the_server_sheet_opens_from_the_tool_page(browser_page):
    page = browser_page
    page.goto(f"/fr/outils/{SHEETS[0]}/")
    href = page.get_attribute("text=Télécharger la fiche (PDF)", "href")
    response = page.request.get(href)
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(response.body())).pages) == 1
