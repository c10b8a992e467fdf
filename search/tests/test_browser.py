"""Site search in a real Chromium: the header box, the results, the accessibility scan."""

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser


def test_header_search_box_leads_to_accessible_results(browser_page):
    browser_page.goto("/fr/")
    browser_page.fill("#site-search-q", "partenariat")
    browser_page.press("#site-search-q", "Enter")
    browser_page.wait_for_url("**/fr/recherche/?q=partenariat")
    assert browser_page.locator(".search-result").count() >= 1
    assert "partenariat" in browser_page.locator(".search-summary").inner_text()
    # The query stays in both boxes, so it can be refined.
    assert browser_page.input_value("#search-page-q") == "partenariat"
    assert browser_page.input_value("#site-search-q") == "partenariat"
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_english_header_search_stays_in_english(browser_page):
    browser_page.goto("/en/")
    browser_page.fill("#site-search-q", "partnership")
    browser_page.click(".site-search button")
    browser_page.wait_for_url("**/en/search/?q=partnership")
    assert browser_page.get_attribute("html", "lang") == "en"
    assert browser_page.locator(".search-result").count() >= 1
    assert_accessible(browser_page)


@pytest.mark.parametrize(
    "path",
    [
        "/fr/recherche/",
        "/fr/recherche/?q=zzyzx+introuvable",
        "/fr/recherche/?q=partenariat&type=tool",
        "/en/search/",
    ],
)
def test_entry_points_and_no_result_pages_are_accessible(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.locator("h1").count() == 1
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_type_filter_form_keeps_the_query(browser_page):
    browser_page.goto("/fr/recherche/?q=partenariat")
    browser_page.select_option("#search-page-type", "page")
    browser_page.click(".search-form button")
    browser_page.wait_for_url("**type=page**")
    assert browser_page.input_value("#search-page-q") == "partenariat"
    assert browser_page.locator(".search-types [aria-current=page]").count() == 1
