"""The frame of every page in a real Chromium: languages, switcher, accessibility."""

import pytest

from conftest import E2E_PASSWORD
from core.testing import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("path", "lang"), [("/fr/", "fr"), ("/en/", "en")])
def test_home_page_without_console_errors_or_other_hosts(browser_page, path, lang):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.get_attribute("html", "lang") == lang
    assert browser_page.locator("h1").count() == 1
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_language_switcher_leads_to_the_translation(browser_page):
    browser_page.goto("/fr/")
    browser_page.click("[data-language-switch=en]")
    browser_page.wait_for_url("**/en/")
    assert browser_page.get_attribute("html", "lang") == "en"
    browser_page.click("[data-language-switch=fr]")
    browser_page.wait_for_url("**/fr/")
    assert browser_page.get_attribute("html", "lang") == "fr"


def test_skip_link_moves_focus_to_main(browser_page):
    browser_page.goto("/fr/")
    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.className") == "skip-link"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("location.hash") == "#contenu"


@pytest.mark.parametrize(
    ("path", "status"),
    [("/fr/nexiste-pas/", 404), ("/en/not-here/", 404), ("/en/search/?q=partenariat", 200),
     ("/fr/connexion/", 200)],
)  # fmt: skip
def test_frame_pages_are_accessible(browser_page, path, status):
    response = browser_page.goto(path)
    assert response.status == status
    if status == 200:
        assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_signed_in_header_names_the_visitor_and_signs_out(browser_page, login):
    """The staff-only form's 404 invites to sign in and comes back to the same page."""
    staff_form = "/fr/partenariat/demander-un-usager-partenaire/"
    response = browser_page.goto(staff_form)
    assert response.status == 404
    browser_page.click("text=Connectez-vous pour revenir à cette adresse")
    browser_page.fill("#id_username", "staff")
    browser_page.fill("#id_password", E2E_PASSWORD)
    browser_page.click("main button[type=submit]")
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith(staff_form)
    header = browser_page.inner_text(".site-account")
    assert "Connecté :" in header and "staff" in header
    assert_accessible(browser_page)
    browser_page.click(".site-account button[type=submit]")
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/fr/")
    assert browser_page.locator(".site-account").count() == 0
