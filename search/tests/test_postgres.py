"""French full-text search on PostgreSQL (the `french_unaccent` configuration).

PostgreSQL has one text search configuration per backend (wagtail#9253): English pages
are indexed with the French rules too. These tests say what that gives, honestly.
"""

import re

import pytest
from django.db import connection

from home.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("French stemming needs PostgreSQL's french_unaccent configuration")


def titles(response):
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)</a>', html)


def found(client, query, prefix="/fr/recherche/"):
    return titles(client.get(prefix, {"q": query}))


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("formation", "Formations pour les gestionnaires"),
        ("FORMATIONS", "Formation des comités"),
        ("evaluation", "Outil d’évaluation de l’expérience"),
        ("évaluations", "Grille d’evaluation"),
        ("usagere", "Témoignage d’une usagère"),
        ("usager", "Rôle des usagers partenaires"),
        ("usagers", "Devenir usager partenaire"),
        ("usager", "Parole aux usagères"),
        ("vidéo", "Vidéos du parcours"),
        ("videos", "Une vidéo de sensibilisation"),
        ("integration", "Plan d’intégration"),
        ("comite", "Comités des résidents"),
        ("hopital", "Hôpitaux partenaires"),
    ],
)
def test_french_stemming_ignores_accents_case_and_number(client, add_page, query, title):
    add_page(title)
    add_page("Page sans rapport", slug="autre")
    result = found(client, query)
    # The home page's introduction may match too; the unrelated page never does.
    assert title in result
    assert "Page sans rapport" not in result


def test_a_two_word_query_needs_both_words_in_any_form(client, add_page):
    add_page("Plans d’intégration des usagers-ressources")
    add_page("Plan de communication")
    assert found(client, "plan integration") == ["Plans d’intégration des usagers-ressources"]
    # Stop words do not prevent a match.
    assert found(client, "plan de l’intégration") == ["Plans d’intégration des usagers-ressources"]


def test_english_pages_what_the_french_configuration_still_finds(client, add_page, translate):
    page = add_page("Outil de partenariat")
    translate(page, title="Partnership tool for policies", slug="partnership-tool")
    en = "/en/search/"
    # Plurals and singulars: French rules strip a final s; -ies/-y is expanded by the view.
    for query in ("tools", "TOOL", "partnerships", "policy"):
        assert "Partnership tool for policies" in found(client, query, en), query


def test_english_limit_no_english_stemming(client, add_page, translate):
    """Known limitation (one configuration per backend): -ing/-ed forms are not matched."""
    page = add_page("Formation des animateurs")
    translate(page, title="Training for facilitators", slug="training-facilitators")
    assert "Training for facilitators" in found(client, "training", "/en/search/")
    assert "Training for facilitators" not in found(client, "trained", "/en/search/")


def test_titles_weigh_more_than_bodies(client, home_pages):
    """Two pages with the word once: the one whose title has it comes first."""
    home_fr = home_pages[0]
    # HomePage indexes its introduction: any page type with an indexed body field would do.
    body_only = HomePage(
        title="Rencontre annuelle",
        slug="rencontre",
        introduction="<p>Le bilan du comité de reconnaissance sera présenté.</p>",
    )
    in_title = HomePage(
        title="Reconnaissance des usagers partenaires",
        slug="reconnaissance",
        introduction="<p>Un geste simple, souvent oublié.</p>",
    )
    for page in (body_only, in_title):
        home_fr.add_child(instance=page)
        page.save_revision().publish()
    assert found(client, "reconnaissance") == [
        "Reconnaissance des usagers partenaires",
        "Rencontre annuelle",
    ]


def test_publish_then_unpublish_updates_the_index(client, add_page):
    page = add_page("Trousse de codéveloppement")
    assert found(client, "codeveloppement") == ["Trousse de codéveloppement"]
    # The index entry itself follows the page, not only the live filter.
    from wagtail.search.models import IndexEntry

    assert IndexEntry.objects.filter(object_id=str(page.pk)).exists()
    page.unpublish()
    assert found(client, "codeveloppement") == []
    page.save_revision().publish()
    assert found(client, "codeveloppement") == ["Trousse de codéveloppement"]
