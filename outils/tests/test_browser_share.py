"""Share and print the tool bank in a real Chromium: copy the link, print the selection."""

import re

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser

SELECTION = "/fr/outils/?axis=care&type=guide"


def test_copy_link_copies_the_filtered_address_and_says_so(browser_page, live_site):
    page = browser_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site)
    page.goto(SELECTION)
    button = page.get_by_role("button", name="Copier le lien")
    assert button.is_visible()
    button.click()
    page.wait_for_function(
        "() => document.querySelector('[data-copy-status]').textContent === 'Lien copié'"
    )
    assert page.get_attribute("[data-copy-status]", "role") == "status"
    assert page.evaluate("() => navigator.clipboard.readText()") == live_site + SELECTION
    # The list changes in place: the link to copy follows, the old message goes.
    page.check("input[name=audience][value=managers]")
    page.wait_for_url(re.compile(r"audience=managers"))
    page.wait_for_function(
        "() => document.querySelector('[data-share-url]').value.includes('audience=managers')"
    )
    assert page.inner_text("[data-copy-status]") == ""
    button.click()
    page.wait_for_function(
        "() => document.querySelector('[data-copy-status]').textContent === 'Lien copié'"
    )
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == live_site + "/fr/outils/?axis=care&audience=managers&type=guide"
    assert page.console_errors == []
    assert_accessible(page)


def test_without_javascript_the_link_is_in_a_field_and_no_button_shows(chromium, live_site):
    context = chromium.new_context(base_url=live_site, locale="fr-CA", java_script_enabled=False)
    page = context.new_page()
    page.goto(SELECTION)
    field = page.get_by_label("Lien vers cette sélection d’outils")
    assert field.is_visible() and field.get_attribute("readonly") is not None
    assert field.input_value() == live_site + SELECTION
    assert page.get_by_role("button", name="Copier le lien").count() == 0  # hidden: not exposed
    assert page.locator("[data-copy-link]").is_hidden()
    assert page.locator("[data-print]").is_hidden()
    context.close()


def test_print_shows_the_selection_not_the_filters(browser_page, live_site):
    page = browser_page
    selection = "/fr/outils/?axis=care&type=checklist"  # three public tools in the demo
    page.goto(selection)
    titles = page.locator(".tool-card h3").all_inner_texts()
    assert len(titles) == 3
    assert page.locator(".tool-print").is_hidden()  # on screen: the chips say it
    page.emulate_media(media="print")
    for hidden in (".tool-filters", ".tool-share", ".chips", ".site-header", ".main-nav",
                   ".site-footer nav", ".breadcrumbs"):  # fmt: skip
        assert page.locator(hidden).first.is_hidden(), hidden
    printed = page.inner_text(".tool-print")
    assert "Filtres actifs : Axe du partenariat : L’usager partenaire de ses soins" in printed
    assert "Type d’outil : Aide-mémoire" in printed
    assert f"Adresse de cette sélection : {live_site}{selection}" in printed
    cards = page.locator(".tool-card")
    assert cards.locator("h3").all_inner_texts() == titles
    first = cards.first
    assert first.locator("h3").is_visible()
    assert first.locator("p").nth(1).is_visible()  # the summary
    url = first.locator(".tool-card__url")
    assert url.is_visible() and url.inner_text().startswith(f"{live_site}/fr/outils/")
    page.emulate_media(media="screen")
    assert page.locator(".tool-filters").is_visible()
