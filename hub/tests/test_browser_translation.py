"""The translation path an editor follows, in Chromium (issue 15).

An editor changes a French news item and submits it; a moderator approves it (Editors
have no publish right: hub/0002's workflow). The editor then syncs the English
translation (« Synchroniser les pages traduites »), translates the one changed string in
wagtail-localize's translation editor, and a moderator publishes the translation. A
visitor then reads the new text on both public pages, the rest of the English page as it
was. The news item is one no other browser test reads.
"""

import re

import pytest
from playwright.sync_api import expect

from core.testing import assert_accessible

pytestmark = pytest.mark.browser

FRENCH = "/fr/nouvelles/formation-gestionnaires-comites-gestion/"
ENGLISH = "/en/news/partnership-training-for-managers/"
TITLE_FR = "Une formation au partenariat offerte à tous les gestionnaires"
TITLE_EN = "Partnership training for every manager"
OLD_EN = "The session “Partnership in organising care and services” is given during"
BODY_EN = "the Partnership Office offers managers a session held during their"
NEW_FR = (
    "La séance se donne dans les rencontres des comités de gestion, à la demande du gestionnaire."
)
NEW_EN = "The session is given in management committee meetings, at the manager’s request."
SLOW = 20_000  # ms: a form post, its redirect and the admin's scripts on a busy machine


@pytest.fixture
def signed_in(chromium, live_site, login):
    """A new browser (own cookies, French) signed in as one of the test accounts."""
    contexts = []

    def open_as(username):
        context = chromium.new_context(base_url=live_site, locale="fr-CA")
        context.set_default_timeout(SLOW)
        contexts.append(context)
        page = context.new_page()
        login(page, username)
        return page

    yield open_as
    for context in contexts:
        context.close()


def message(page, text):
    """The admin's confirmation after a form post (on the page it redirects to)."""
    return page.get_by_text(text).first


def test_an_editor_updates_the_english_page_after_a_french_change(browser_page, signed_in):
    visitor = browser_page
    editor = signed_in("editor")
    moderator = signed_in("moderator")

    # 1. The editor opens the French item from the site (Wagtail's userbar), changes its
    #    summary and submits it: Editors have no « Publier ».
    editor.goto(FRENCH)
    editor.get_by_role("button", name="Voir les actions rapides Wagtail").click()
    editor.get_by_role("menuitem", name="Modifier cette page").click()
    expect(editor.get_by_role("textbox", name="Résumé")).to_be_editable()
    edit_french = editor.url
    editor.get_by_role("textbox", name="Résumé").fill(NEW_FR)
    editor.get_by_role("button", name="Plus d'actions").click()
    expect(editor.get_by_role("button", name="Publier", exact=True)).to_have_count(0)
    editor.get_by_role("button", name="Soumettre à Approbation par les modérateurs").click()
    expect(message(editor, "a été soumise pour modération")).to_be_visible(timeout=SLOW)

    # 2. A moderator finds it on the dashboard and approves it, which publishes it.
    moderator.goto("/admin/")
    moderator.get_by_role("link", name=TITLE_FR).first.click()
    expect(moderator.get_by_role("textbox", name="Résumé")).to_have_value(NEW_FR)
    moderator.get_by_role("button", name="Plus d'actions").click()
    moderator.get_by_role("button", name="Approuver et Publier").click()
    expect(message(moderator, "a été mise à jour")).to_be_visible(timeout=SLOW)

    # 3. The editor syncs the translation from the French page's « ⋯ » menu, without
    #    publishing: the English page readers see does not change yet.
    editor.goto(edit_french)
    editor.get_by_role("button", name="Actions", exact=True).click()
    editor.get_by_role("link", name="Synchroniser les pages traduites").click()
    expect(editor.get_by_role("link", name=TITLE_EN)).to_be_visible()
    # Editors may not publish: no « Publier immédiatement », a note says who does (hub/localize.py).
    expect(editor.get_by_label("Publier immédiatement")).to_have_count(0)
    expect(editor.get_by_text("n’est offert qu’aux personnes qui peuvent publier")).to_be_visible()
    editor.get_by_role("button", name="Soumettre").click()
    expect(message(editor, "Les traductions ont été mises à jour")).to_be_visible(timeout=SLOW)
    visitor.goto(ENGLISH)
    expect(visitor.get_by_text(OLD_EN)).to_be_visible()
    expect(visitor.get_by_text(NEW_FR)).to_have_count(0)

    # 4. The translations report (Rapports → Traductions, filter « En attente de traduction »)
    #    lists the English page; from it the editor opens wagtail-localize's translation
    #    editor, which asks for the changed summary only, and translates it.
    editor.get_by_role("button", name="Rapports").click()
    editor.get_by_role("link", name="Traductions").click()
    editor.get_by_role("button", name="Afficher les filtres").click()
    editor.get_by_role("button", name="En attente de traduction").click()
    editor.get_by_role("combobox", name="En attente de traduction").select_option(label="Oui")
    english_link = editor.get_by_role("link", name=f"{TITLE_EN} (English)")
    row = editor.get_by_role("row").filter(has=english_link)
    expect(row).to_contain_text("En attente de traduction")
    english_link.click()
    to_translate = editor.get_by_role("button", name="Traduire", exact=True)
    expect(to_translate).to_have_count(1, timeout=SLOW)
    segment = editor.get_by_role("listitem").filter(has_text=NEW_FR).last
    segment.get_by_role("button", name="Traduire", exact=True).click()
    segment.get_by_role("textbox").fill(NEW_EN)
    segment.get_by_role("button", name="Enregistrer").click()
    expect(segment.get_by_text("Traduit manuellement")).to_be_visible()
    expect(to_translate).to_have_count(0)
    expect(editor.get_by_role("button", name=re.compile(r"^Publier"))).to_have_count(0)
    edit_english = editor.url

    # 5. A moderator publishes the translation (« Publier dans English »).
    moderator.goto(edit_english)
    moderator.get_by_role("button", name=re.compile(r"^Publier")).click()
    expect(message(moderator, "a été publié")).to_be_visible(timeout=SLOW)

    # 6. A visitor reads the new text in both languages; the rest of the English page
    #    is the English text it was.
    assert visitor.goto(ENGLISH).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    expect(visitor.get_by_text(NEW_EN)).to_be_visible()
    expect(visitor.get_by_text(BODY_EN)).to_be_visible()
    expect(visitor.get_by_text(OLD_EN)).to_have_count(0)
    expect(visitor.get_by_text(NEW_FR)).to_have_count(0)
    assert_accessible(visitor)
    assert visitor.goto(FRENCH).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE_FR)
    expect(visitor.get_by_text(NEW_FR)).to_be_visible()
    assert_accessible(visitor)
    assert visitor.console_errors == []
    assert visitor.external_requests == []
