"""Every hub page type in a real Chromium: no console error, no other host, axe clean."""

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser

PAGES = [
    "/fr/partenariat/",
    "/fr/partenariat/politique-de-partenariat/",
    "/en/partnership/partnership-policy/",
    "/fr/partenariat/axe-partenaire-de-ses-soins/",
    "/fr/partenariat/axe-collaborateur-en-amelioration/",
    "/fr/partenariat/impliquer-un-usager/",
    "/en/partnership/involving-a-user/",
    "/fr/partenariat/modele-integre/",
    "/fr/partenariat/projets/",
    "/fr/partenariat/projets/?axis=care&status=completed",
    "/fr/partenariat/projets/deploiement-partenariat-bas-saint-laurent/",
    "/fr/partenariat/glossaire/",
    "/en/partnership/glossary/",
    "/fr/partenariat/devenir-usager-partenaire/",
    "/fr/partenariat/reconnaissance-des-usagers-partenaires/",
    "/fr/confidentialite/",
    "/fr/accessibilite/",
    "/en/accessibility/",
    "/fr/nouvelles/",
    "/en/news/",
    "/fr/nouvelles/politique-partenariat-adoptee/",
]


@pytest.mark.parametrize("path", PAGES)
def test_hub_pages_are_accessible(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.locator("h1").count() == 1
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_form_errors_are_accessible_and_keep_input(browser_page):
    browser_page.goto("/fr/partenariat/devenir-usager-partenaire/")
    browser_page.fill("input[name=prenom_et_nom]", "Marie Tremblay")
    browser_page.click("main form.hub-form button[type=submit]")
    browser_page.wait_for_load_state()
    assert browser_page.locator(".form-errors").is_visible()
    assert browser_page.input_value("input[name=prenom_et_nom]") == "Marie Tremblay"
    assert_accessible(browser_page)


def test_form_submission_reaches_the_thank_you_page(browser_page):
    browser_page.goto("/fr/partenariat/devenir-usager-partenaire/")
    browser_page.fill("input[name=prenom_et_nom]", "Jean Roy")
    browser_page.fill("input[name=courriel]", "jean@example.org")
    browser_page.check("input[name=consentement]")
    browser_page.click("main form.hub-form button[type=submit]")
    browser_page.wait_for_load_state()
    assert "Merci" in browser_page.locator("h1").inner_text()
    assert "?envoye=" in browser_page.url  # redirected after the POST (Post/Redirect/Get)
    assert_accessible(browser_page)
    # A reload is a plain GET: no « resend the form? » prompt, the thanks still shows.
    response = browser_page.reload()
    assert response.status == 200 and response.request.method == "GET"
    assert "Merci" in browser_page.locator("h1").inner_text()


def test_staff_form_for_signed_in_staff(browser_page, login):
    login(browser_page, "staff")
    response = browser_page.goto("/fr/partenariat/demander-un-usager-partenaire/")
    assert response.status == 200
    assert browser_page.locator(".badge--staff").count() >= 1
    assert_accessible(browser_page)


def test_news_index_links_a_feed_that_serves_rss(browser_page):
    browser_page.goto("/fr/nouvelles/")
    href = browser_page.get_attribute("link[type='application/rss+xml']", "href")
    assert href.endswith("/fr/nouvelles/rss/")
    response = browser_page.request.get(href)
    assert response.status == 200
    assert "<rss" in response.text()


def test_axis_page_lists_the_demo_projects(browser_page):
    browser_page.goto("/fr/partenariat/axe-collaborateur-en-amelioration/")
    assert browser_page.get_by_text("Promouvoir le partenariat et la co-construction").count() >= 1
