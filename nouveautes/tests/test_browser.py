"""« Quoi de neuf » in a real Chromium: no console error, no other host, axe clean."""

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path", ["/fr/quoi-de-neuf/", "/en/whats-new/", "/fr/quoi-de-neuf/?page=2"]
)
def test_whats_new_is_accessible(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.locator("h1").count() == 1
    # The demo content was just loaded: everything in it is new.
    assert browser_page.locator(".whats-new__item").count() >= 5
    assert browser_page.locator(".badge--new").first.is_visible()
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_staff_only_tools_show_to_staff_only(browser_page, login):
    staff_tool = "Grille d’analyse du besoin de partenariat"  # staff-only in the demo
    for page_number in (1, 2):
        browser_page.goto(f"/fr/quoi-de-neuf/?page={page_number}")
        assert browser_page.get_by_text(staff_tool).count() == 0
        assert browser_page.locator(".badge--staff").count() == 0
    login(browser_page, "staff")
    found, badges = 0, 0
    for page_number in (1, 2):
        browser_page.goto(f"/fr/quoi-de-neuf/?page={page_number}")
        found += browser_page.get_by_role("link", name=staff_tool).count()
        badges += browser_page.locator(".badge--staff").count()
        assert_accessible(browser_page)
    assert found == 1
    assert badges >= 6  # the demo's staff-only tools, marked « Accès restreint »
