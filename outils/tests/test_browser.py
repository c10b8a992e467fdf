"""The tool bank in a real Chromium: without JS, with JS, back button, accessibility."""

import re

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser


# Functions, not expressions: the site's CSP forbids eval().
COUNT_IS = "(text) => document.querySelector('#tool-count').textContent.includes(text)"
COUNT_IS_NOT = "(text) => !document.querySelector('#tool-count').textContent.includes(text)"


def count_text(page):
    return " ".join(page.inner_text("#tool-count").split())


def count_number(page):
    return int(re.match(r"(\d+)", count_text(page)).group(1))


@pytest.fixture
def no_js_page(chromium, live_site):
    context = chromium.new_context(base_url=live_site, locale="fr-CA", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_without_javascript_the_form_submits_and_filters(no_js_page):
    page = no_js_page
    page.goto("/fr/outils/")
    total = count_number(page)
    page.check("input[name=axis][value=experience]")
    page.check("input[name=audience][value=committees]")
    page.click("[data-submit]")
    page.wait_for_load_state()
    assert "axis=experience" in page.url and "audience=committees" in page.url
    filtered = count_number(page)
    assert 0 < filtered < total
    # The chosen values stay checked and appear as removable chips.
    assert page.is_checked("input[name=axis][value=experience]")
    assert page.locator(".chip").count() == 2
    page.click("[data-clear]")
    page.wait_for_load_state()
    assert count_number(page) == total


def test_with_javascript_the_list_updates_in_place_and_back_restores_it(browser_page):
    page = browser_page
    page.goto("/fr/outils/")
    total = count_number(page)
    assert page.get_attribute("#tool-count", "aria-live") == "polite"
    page.evaluate("window.__noReload = true")
    page.check("input[name=axis][value=care]")
    page.wait_for_url(re.compile(r"axis=care"))
    page.wait_for_function(COUNT_IS_NOT, arg=f"{total} outils")
    filtered = count_number(page)
    assert 0 < filtered < total
    assert page.evaluate("window.__noReload") is True  # no full page load
    titles = page.locator(".tool-card h3").all_inner_texts()
    assert len(titles) == filtered
    page.check("input[name=type][value=guide]")
    page.wait_for_url(re.compile(r"type=guide"))
    page.go_back()
    page.wait_for_url(re.compile(r"outils/\?axis=care$"))
    page.wait_for_function(COUNT_IS, arg=f"{filtered} outil")
    assert not page.is_checked("input[name=type][value=guide]")
    page.go_back()
    page.wait_for_url(re.compile(r"/fr/outils/$"))
    page.wait_for_function(COUNT_IS, arg=f"{total} outils")
    assert not page.is_checked("input[name=axis][value=care]")
    assert page.evaluate("window.__noReload") is True
    assert page.console_errors == []
    assert page.external_requests == []


def test_filtered_listing_is_accessible(browser_page):
    browser_page.goto("/fr/outils/?axis=improvement&audience=managers&sort=recent")
    assert browser_page.console_errors == []
    assert_accessible(browser_page)


def test_english_listing_is_accessible_and_marks_french_only_tools(browser_page):
    browser_page.goto("/en/tools/")
    assert "French only" in browser_page.inner_text("main")
    assert_accessible(browser_page)


@pytest.mark.parametrize("user", [None, "staff"])
def test_tool_page_is_accessible(browser_page, login, user):
    if user:
        login(browser_page, user)
        response = browser_page.goto("/fr/outils/analyse-besoin-partenariat/")
        assert response.status == 200
        assert "Réservé au personnel" in browser_page.inner_text("main")
    else:
        response = browser_page.goto("/fr/outils/plan-integration-usager-ressource/")
        assert response.status == 200
        assert "PDF" in browser_page.inner_text("main")
    assert browser_page.console_errors == []
    assert_accessible(browser_page)


def test_feedback_form_works_in_the_browser(browser_page):
    browser_page.goto("/fr/outils/recrutement-usager-partenaire/")
    browser_page.check("#avis input[value=yes]")
    browser_page.fill("#avis textarea", "Utile pour notre comité.")
    browser_page.click("#avis button[type=submit]")
    browser_page.wait_for_load_state()
    assert "Merci" in browser_page.inner_text("#avis")
    assert_accessible(browser_page)
