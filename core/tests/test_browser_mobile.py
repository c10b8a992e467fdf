"""Small screens in a real Chromium: the frame's compact header and « Menu » button, the
listings' filters folded behind « Filtrer (n) », and no sideways scrolling at 320 px on any
page type of the demo site."""

import re

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}

# One URL per page type of the demo site (and both languages of the frame).
PAGE_TYPES = [
    ("/fr/", 200),
    ("/en/", 200),
    ("/fr/partenariat/", 200),
    ("/fr/partenariat/politique-de-partenariat/", 200),
    ("/fr/partenariat/axe-partenaire-de-ses-soins/", 200),
    ("/fr/partenariat/impliquer-un-usager/", 200),
    ("/fr/partenariat/modele-integre/", 200),
    ("/fr/partenariat/glossaire/", 200),
    ("/fr/partenariat/devenir-usager-partenaire/", 200),
    ("/fr/partenariat/reconnaissance-des-usagers-partenaires/", 200),
    ("/fr/partenariat/projets/", 200),
    ("/fr/partenariat/projets/?axis=care&status=completed", 200),
    ("/fr/partenariat/projets/deploiement-partenariat-bas-saint-laurent/", 200),
    ("/fr/outils/", 200),
    ("/en/tools/", 200),
    ("/fr/outils/aide-memoire-decision-partagee/", 200),
    ("/fr/formations/", 200),
    ("/fr/formations/partenariat-organisation-soins-services/", 200),
    ("/fr/videos/", 200),
    ("/fr/videos/usager-partenaire-de-ses-soins/", 200),
    ("/fr/recherche/?q=partenariat", 200),
    ("/en/search/?q=partnership", 200),
    ("/fr/nouvelles/", 200),
    ("/fr/nouvelles/politique-partenariat-adoptee/", 200),
    ("/fr/quoi-de-neuf/", 200),
    ("/fr/accessibilite/", 200),
    ("/fr/confidentialite/", 200),
    ("/fr/connexion/", 200),
    ("/fr/nexiste-pas/", 404),
]

SCROLL_WIDTH = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
# What sticks out on the right, to say which element to fix when the width test fails.
WIDER_THAN_SCREEN = """() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('body *'))
        .filter(e => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length)
        .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className);
}"""
HEIGHT = "(selector) => document.querySelector(selector).getBoundingClientRect().height"
TOP = "(selector) => document.querySelector(selector).getBoundingClientRect().top + window.scrollY"


def header_height(page):
    return page.evaluate(HEIGHT, ".site-header")


@pytest.fixture
def no_js_page(chromium, live_site):
    context = chromium.new_context(
        base_url=live_site, locale="fr-CA", java_script_enabled=False, viewport=PHONE
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize(("path", "status"), PAGE_TYPES)
def test_no_sideways_scrolling_at_320_and_390_px_and_a_short_header(browser_page, path, status):
    page = browser_page
    for viewport in (SMALL_PHONE, PHONE):
        page.set_viewport_size(viewport)
        response = page.goto(path)
        assert response.status == status
        scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
        assert client_width == viewport["width"]
        assert scroll_width <= client_width, (path, viewport, page.evaluate(WIDER_THAN_SCREEN))
        # ~315 px before: now the name, the other language and « Menu » on one row.
        assert header_height(page) < 120, (path, viewport)
        assert page.locator(".menu-toggle").is_visible()
        assert not page.locator(".main-nav").is_visible()
    if status == 200:
        assert page.console_errors == []
    assert page.external_requests == []


def test_menu_button_opens_and_closes_the_menu_by_mouse_and_keyboard(browser_page):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/fr/partenariat/")
    button = page.get_by_role("button", name="Menu")
    assert button.get_attribute("aria-controls") == "site-menu"
    assert page.locator("#site-menu").count() == 1
    assert button.get_attribute("aria-expanded") == "false"
    nav = page.get_by_role("navigation", name="Navigation principale")
    assert not nav.is_visible()
    assert not page.locator("#site-search-q").is_visible()
    # The other language stays on the bar, a target of at least 24 × 24 px.
    english = page.locator("[data-language-switch=en]")
    assert english.is_visible()
    box = english.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.is_visible()
    assert page.locator("#site-search-q").is_visible()
    for link in nav.get_by_role("link").all():
        assert link.bounding_box()["height"] >= 24
    assert_accessible(page)
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width
    button.click()
    assert button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()

    # Keyboard: Enter opens, Tab reaches the search field, Escape closes and comes back.
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "site-search-q"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.classList.contains('menu-toggle')")
    # Focus is visible on the button (the site's focus ring).
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"
    nav.get_by_role("link", name="Banque d’outils").click()
    page.wait_for_url("**/fr/outils/")
    assert page.console_errors == []


def test_search_from_the_menu_on_a_phone(browser_page):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/fr/")
    page.get_by_role("button", name="Menu").click()
    page.fill("#site-search-q", "partenariat")
    page.press("#site-search-q", "Enter")
    page.wait_for_url(re.compile(r"/fr/recherche/\?q=partenariat"))
    assert page.locator(".search-result").count() > 0


def test_signed_in_header_on_a_phone_keeps_the_name_and_sign_out_in_the_menu(browser_page, login):
    page = browser_page
    login(page, "staff")
    page.set_viewport_size(PHONE)
    page.goto("/fr/outils/")
    assert header_height(page) < 120
    page.get_by_role("button", name="Menu").click()
    assert "staff" in page.inner_text(".site-account")
    assert page.locator("#site-menu").get_by_role("button", name="Se déconnecter").is_visible()
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width


@pytest.mark.parametrize(
    ("user", "path"),
    [("trainer", "/fr/formations/partenariat-organisation-soins-services/guide/"),
     ("staff", "/fr/partenariat/demander-un-usager-partenaire/")],
)  # fmt: skip
def test_signed_in_pages_fit_a_small_phone(browser_page, login, user, path):
    page = browser_page
    login(page, user)
    for viewport in (SMALL_PHONE, PHONE):
        page.set_viewport_size(viewport)
        assert page.goto(path).status == 200
        scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
        assert scroll_width <= client_width, (path, viewport, page.evaluate(WIDER_THAN_SCREEN))
        assert header_height(page) < 120


def test_without_javascript_the_menu_is_open_and_no_button_claims_otherwise(no_js_page):
    page = no_js_page
    page.goto("/fr/partenariat/projets/?axis=care")
    assert not page.locator(".menu-toggle").is_visible()
    assert page.get_by_role("navigation", name="Navigation principale").is_visible()
    assert page.locator("#site-search-q").is_visible()
    # The filters too: shown, no « Filtrer (n) » button.
    assert not page.locator(".filter-toggle").is_visible()
    assert page.locator("#filtres").is_visible()
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width


def test_wide_screens_keep_the_header_and_filters_unfolded(browser_page):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto("/fr/outils/?axis=care")
    assert not page.locator(".menu-toggle").is_visible()
    assert not page.locator(".filter-toggle").is_visible()
    assert page.get_by_role("navigation", name="Navigation principale").is_visible()
    assert page.locator("#site-search-q").is_visible()
    assert page.locator("input[name=axis][value=care]").is_visible()
    # The menu band stays one row under the name, the search beside the name.
    assert header_height(page) < 160
    assert page.evaluate(TOP, ".site-search") < page.evaluate(TOP, ".main-nav")


def test_tool_bank_on_a_phone_shows_a_tool_in_the_first_screen(browser_page):
    """The first tool was ~2,370 px down, after three screens of filters."""
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/fr/outils/")
    assert page.evaluate(TOP, ".tool-card") < 900
    assert page.locator("#tool-q").is_visible()  # the text search stays above the fold
    toggle = page.locator(".filter-toggle")
    assert toggle.inner_text().strip() == "Filtrer"
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("input[name=axis][value=care]").is_visible()


def test_tool_bank_filter_toggle_counts_the_chosen_filters_and_follows_the_list(browser_page):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/fr/outils/?axis=care&type=guide")
    toggle = page.get_by_role("button", name="Filtrer (2) filtres choisis")
    assert toggle.get_attribute("aria-controls") == "tool-filter-panel"
    assert re.sub(r"\s+", " ", toggle.evaluate("b => b.innerText")).startswith("Filtrer (2")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("input[name=axis][value=care]").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.is_checked("input[name=axis][value=care]")
    assert_accessible(page)
    # The list updates in place (tool-filters.js) and the count on the button follows.
    page.uncheck("input[name=type][value=guide]")
    page.wait_for_url(re.compile(r"outils/\?axis=care$"))
    page.wait_for_function(
        "() => document.querySelector('[data-filter-toggle]').textContent.includes('(1')"
    )
    assert page.get_by_role("button", name="Filtrer (1) filtre choisi").is_visible()
    assert page.get_attribute(".filter-toggle", "aria-expanded") == "true"  # still open
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("path", "count_name"),
    [
        ("/fr/partenariat/projets/?axis=care&status=completed", "Filtrer (2) filtres choisis"),
        ("/fr/videos/?axis=care", "Filtrer (1) filtre choisi"),
        ("/fr/formations/", "Filtrer"),
        ("/en/tools/?axis=care&axis=experience&audience=managers", "Filter (3) filters chosen"),
    ],
)
def test_every_listing_folds_its_filters_behind_the_count(browser_page, path, count_name):
    page = browser_page
    page.set_viewport_size(SMALL_PHONE)
    page.goto(path)
    toggle = page.get_by_role("button", name=count_name, exact=True)
    assert toggle.get_attribute("aria-expanded") == "false"
    panel = page.locator("#" + toggle.get_attribute("aria-controls"))
    assert not panel.is_visible()
    toggle.click()
    assert panel.is_visible()
    # Every filter label fits on the screen (the projects page used to cut them).
    width = page.evaluate("() => document.documentElement.clientWidth")
    for label in panel.locator("label, legend").all():
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, label.inner_text()
    scroll_width, client_width = page.evaluate(SCROLL_WIDTH)
    assert scroll_width <= client_width
    assert_accessible(page)
