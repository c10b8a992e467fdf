"""In Chromium: the guide prints to Letter PDF; catalogue, module and guide are accessible."""

from pathlib import Path

import pytest

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
    response = browser_page.goto(MODULE + "guide/?start=13:30")
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
