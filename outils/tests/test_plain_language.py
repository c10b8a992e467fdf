"""« En mots simples »: first for the public, after the summary for staff; a readability hint."""

import pytest

pytestmark = pytest.mark.django_db

PLAIN = "Votre expérience peut aider une équipe. Cet outil dit comment on choisit la personne."


def test_the_public_reads_the_plain_words_first(client, make_tool):
    tool = make_tool("Recruter un usager partenaire", plain_summary=PLAIN)
    html = client.get(tool.url).content.decode()
    assert html.index("En mots simples") < html.index("Un outil pour les équipes.")
    assert "<details" not in html.split("En mots simples")[0][-200:]


def test_staff_read_the_summary_first_and_can_open_the_plain_words(client, make_tool, staff_user):
    tool = make_tool("Recruter un usager partenaire", plain_summary=PLAIN)
    client.force_login(staff_user)
    html = client.get(tool.url).content.decode()
    assert html.index("Un outil pour les équipes.") < html.index("En mots simples")
    assert '<details class="plain-language">' in html and PLAIN in html


def test_without_plain_words_nothing_is_shown(client, make_tool):
    html = client.get(make_tool("Outil").url).content.decode()
    assert "En mots simples" not in html


def test_editors_see_the_readability_of_what_they_wrote(client, make_tool, admin_user):
    tool = make_tool("Recruter", plain_summary=PLAIN + " Vous choisissez votre rôle.")
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{tool.pk}/edit/").content.decode()
    assert "Lisibilité : " in html and " sur 100, " in html
    # The summary gets its hint too; a text of a few words is not judged.
    tool.summary = "Trop court."
    tool.save_revision()
    html = client.get(f"/admin/pages/{tool.pk}/edit/").content.decode()
    assert "Lisibilité : écrivez au moins dix mots pour l’évaluer." in html
