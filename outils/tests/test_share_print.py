"""Share and print the tool bank: the address of the selection, the print-only summary."""

import html as html_lib
import re

import pytest

pytestmark = pytest.mark.django_db


def share_value(html):
    match = re.search(r'<input id="tool-share-url" type="url" readonly value="([^"]*)"', html)
    assert match, "the readonly field with the selection's address is missing"
    return html_lib.unescape(match.group(1))


def test_the_address_of_the_selection_is_in_a_readonly_field_without_javascript(client, make_tool):
    make_tool("Grille d’observation", axes=("care",))
    html = client.get(
        "/fr/outils/?axis=care&audience=managers&axis=zzz&page=1&utm_source=x"
    ).content.decode()
    # Known filters only, in the listing's order; not the page, not unknown parameters.
    assert share_value(html) == "http://testserver/fr/outils/?axis=care&audience=managers"
    assert '<label for="tool-share-url">Lien vers cette sélection d’outils</label>' in html
    # The copy and print buttons need the script: hidden until it shows them.
    assert re.search(r"<button [^>]*data-copy-link[^>]* hidden>Copier le lien</button>", html)
    assert re.search(r"<button [^>]*data-print[^>]* hidden>Imprimer la liste</button>", html)
    assert '<p class="tool-share__status" role="status" data-copy-status></p>' in html


def test_the_address_keeps_the_text_and_a_sort_other_than_the_default(client, make_tool):
    make_tool("Guide")
    html = client.get("/fr/outils/?q=plan%20%3Cb%3E&sort=recent&lang=fr").content.decode()
    assert share_value(html) == "http://testserver/fr/outils/?lang=fr&q=plan+%3Cb%3E&sort=recent"
    assert "<b>" not in html.split("tool-share-url")[1].split("</div>")[0]
    assert share_value(client.get("/fr/outils/?sort=title").content.decode()) == (
        "http://testserver/fr/outils/"
    )
    assert share_value(client.get("/en/tools/?type=guide").content.decode()) == (
        "http://testserver/en/tools/?type=guide"
    )


def test_print_shows_the_active_filters_and_each_tools_address_as_text(client, make_tool):
    make_tool("Grille d’observation", axes=("care",), slug="grille-observation")
    make_tool("Aide-mémoire", axes=("experience",))
    html = client.get("/fr/outils/?axis=care").content.decode()
    printed = html.split('<div class="print-only tool-print">')[1].split("</div>")[0]
    assert "Filtres actifs : Axe du partenariat : L’usager partenaire" in printed
    assert "Adresse de cette sélection : http://testserver/fr/outils/?axis=care" in printed
    assert (
        '<p class="print-only tool-card__url">http://testserver/fr/outils/grille-observation/</p>'
        in html
    )
    assert "Aide-mémoire" not in html.split("data-results-body")[1]
    unfiltered = client.get("/fr/outils/").content.decode()
    assert "Aucun filtre : toute la banque d’outils." in unfiltered


def test_english_tool_bank_speaks_english(client, tool_bank):
    html = client.get("/en/tools/?axis=care").content.decode()
    assert ">Copy link</button>" in html
    assert 'data-done="Link copied"' in html
    assert "Active filters:" in html
