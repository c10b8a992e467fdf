"""In Chromium: the guide prints to Letter PDF; catalogue, module and guide are accessible."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.testing import assert_accessible

pytestmark = pytest.mark.browser
MODULE = "/fr/formations/partenariat-organisation-soins-services/"
PDF_OUT = Path(__file__).resolve().parents[2] / ".e2e" / "guide-formations.pdf"


@pytest.mark.parametrize("path", ["/fr/formations/", "/en/trainings/", MODULE])
def test_catalogue_and_module_are_accessible(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_guide_is_404_for_staff(browser_page, login):
    login(browser_page, "staff")
    assert browser_page.goto(MODULE + "guide/").status == 404


def test_guide_prints_to_a_letter_pdf_with_start_times(browser_page, login):
    login(browser_page, "trainer")
    response = browser_page.goto(MODULE + "guide/?debut=13:30")
    assert response.status == 200
    assert "13\u00a0h\u00a030" in browser_page.inner_text(".guide__agenda")
    assert_accessible(browser_page)
    pdf = browser_page.pdf(format="Letter", print_background=True)
    assert pdf.startswith(b"%PDF")
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 1
    PDF_OUT.write_bytes(pdf)  # kept to look at the pages (pdftoppm)


def test_trainer_downloads_the_kit(browser_page, login):
    login(browser_page, "trainer")
    browser_page.goto(MODULE)
    with browser_page.expect_download() as info:
        browser_page.click("text=Télécharger la trousse de la séance (ZIP)")
    assert info.value.suggested_filename == "trousse-partenariat-organisation-soins-services.zip"


def test_printed_guide_starts_the_schedule_on_its_first_page(browser_page, login):
    """No half-blank first page: the schedule begins right after the material list."""
    login(browser_page, "trainer")
    assert browser_page.goto(MODULE + "guide/?debut=13:30").status == 200
    browser_page.emulate_media(media="print")
    first_activity = browser_page.inner_text(".guide__agenda tbody tr:first-child .guide__activity")
    pdf = PdfReader(io.BytesIO(browser_page.pdf(format="Letter", print_background=True)))
    first_page = " ".join(pdf.pages[0].extract_text().split())
    assert "Déroulement" in first_page
    assert " ".join(first_activity.split())[:30] in first_page
    assert "13 h 30" in first_page.replace("\u00a0", " ")
    # Every page but the last is filled down to its bottom fifth: no page left half blank.
    for page in pdf.pages[:-1]:
        assert _lowest_text(page) < float(page.mediabox.height) / 5


def _lowest_text(page):
    """The height (in points from the bottom) of the lowest line of text on a PDF page."""
    heights = []

    def visit(text, matrix, text_matrix, _font, _size):
        if text.strip():
            heights.append(text_matrix[5] * matrix[3] + matrix[5] if matrix[3] else text_matrix[5])

    page.extract_text(visitor_text=visit)
    return min(heights)


def test_trainer_chooses_the_start_and_a_bad_one_says_so(browser_page, login):
    login(browser_page, "trainer")
    browser_page.goto(MODULE + "guide/?debut=midi")
    assert "n’est pas une heure valide" in browser_page.inner_text("[role=alert]")
    assert "9\u00a0h\u00a000" in browser_page.inner_text(".guide__agenda")
    browser_page.fill("#guide-start", "13:30")
    browser_page.click("text=Recalculer les heures")
    assert "debut=13%3A30" in browser_page.url or "debut=13:30" in browser_page.url
    assert "13\u00a0h\u00a030" in browser_page.inner_text(".guide__agenda")
    assert_accessible(browser_page)
