"""Site search on both databases: what a visitor finds, in their language, and may see.

These tests assert only what SQLite's FTS5 fallback and PostgreSQL both do (whole words,
case and accents ignored). Stemming is tested in test_postgres.py.
"""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Page

from core.access import TRAINER_GROUPS, sync_group_restriction, sync_staff_restriction
from search.models import SearchQueryStat

pytestmark = pytest.mark.django_db


def titles(response):
    """Result titles in the order shown (promotions included, first)."""
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)</a>', html)


def test_finds_a_page_by_a_word_of_its_title_ignoring_case_and_accents(client, add_page):
    add_page("Évaluation de l’expérience usager")
    add_page("Comité des usagers")
    for query in ("evaluation", "ÉVALUATION", "Evaluation", "expérience", "EXPERIENCE"):
        response = client.get("/fr/recherche/", {"q": query})
        assert response.status_code == 200
        assert titles(response) == ["Évaluation de l’expérience usager"], query


def test_all_words_must_match(client, add_page):
    add_page("Plan d’intégration de l’usager-ressource")
    add_page("Plan d’action du comité")
    assert titles(client.get("/fr/recherche/", {"q": "plan intégration"})) == [
        "Plan d’intégration de l’usager-ressource"
    ]
    assert len(titles(client.get("/fr/recherche/", {"q": "plan"}))) == 2


def test_results_come_from_the_visitors_language_only(client, add_page, translate):
    page = add_page("Trousse d’accueil des usagers partenaires")
    translate(page, title="Welcome kit for partner users", slug="welcome-kit")
    assert titles(client.get("/fr/recherche/", {"q": "trousse"})) == [
        "Trousse d’accueil des usagers partenaires"
    ]
    assert titles(client.get("/fr/recherche/", {"q": "welcome"})) == []
    assert titles(client.get("/en/search/", {"q": "welcome"})) == ["Welcome kit for partner users"]
    assert titles(client.get("/en/search/", {"q": "trousse"})) == []


def test_result_shows_type_summary_link_and_place_in_the_site(client, add_page):
    section = add_page("Partenariat", slug="partenariat")
    page = add_page(
        "Politique de partenariat avec l’usager",
        slug="politique",
        parent=section,
        search_description="Pourquoi et comment l’établissement travaille avec les usagers.",
    )
    html = client.get("/fr/recherche/", {"q": "politique"}).content.decode()
    assert f'href="{page.url}"' in html
    assert "Pourquoi et comment l’établissement travaille avec les usagers." in html
    place = re.search(r'class="search-result__place">(.*?)</p>', html).group(1)
    crumbs = re.findall(r'class="search-result__crumb">([^<]*)<', place)
    assert crumbs == [page.get_parent().get_parent().title, "Partenariat"]
    assert '<span class="badge">Page</span>' in html


def test_staff_only_pages_are_invisible_to_anonymous_in_results_and_counts(
    client, add_page, staff_user
):
    add_page("Gabarit public de compte rendu")
    internal = add_page("Gabarit interne de compte rendu")
    sync_staff_restriction(internal, True)

    response = client.get("/fr/recherche/", {"q": "gabarit"})
    assert titles(response) == ["Gabarit public de compte rendu"]
    assert "1 résultat pour" in response.content.decode()
    assert "interne" not in response.content.decode()
    # Not even a count gives it away.
    assert "(2)" not in response.content.decode()

    client.force_login(staff_user)
    response = client.get("/fr/recherche/", {"q": "gabarit"})
    assert sorted(titles(response)) == [
        "Gabarit interne de compte rendu",
        "Gabarit public de compte rendu",
    ]
    assert "2 résultats pour" in response.content.decode()


def test_trainer_material_is_for_trainers_not_for_staff(client, add_page, staff_user, trainer_user):
    notes = add_page("Notes d’animation de la formation")
    sync_group_restriction(notes, True, TRAINER_GROUPS)
    assert titles(client.get("/fr/recherche/", {"q": "animation"})) == []
    client.force_login(staff_user)
    assert titles(client.get("/fr/recherche/", {"q": "animation"})) == []
    client.force_login(trainer_user)
    assert titles(client.get("/fr/recherche/", {"q": "animation"})) == [
        "Notes d’animation de la formation"
    ]


def test_restriction_on_a_section_hides_every_page_below_it(client, add_page, staff_user):
    section = add_page("Espace du personnel", slug="espace")
    add_page("Procédure interne d’accueil", parent=section)
    sync_staff_restriction(section, True)
    assert titles(client.get("/fr/recherche/", {"q": "procédure"})) == []
    client.force_login(staff_user)
    assert titles(client.get("/fr/recherche/", {"q": "procédure"})) == [
        "Procédure interne d’accueil"
    ]


def test_drafts_and_unpublished_pages_are_not_found(client, add_page):
    page = add_page("Fiche de consentement")
    assert titles(client.get("/fr/recherche/", {"q": "consentement"})) == ["Fiche de consentement"]
    page.unpublish()
    assert titles(client.get("/fr/recherche/", {"q": "consentement"})) == []


def test_the_index_follows_publishing_and_title_changes(client, add_page):
    page = add_page("Guide de départ")
    page.title = "Guide de reconnaissance des usagers"
    page.save_revision().publish()
    assert titles(client.get("/fr/recherche/", {"q": "reconnaissance"})) == [
        "Guide de reconnaissance des usagers"
    ]
    assert titles(client.get("/fr/recherche/", {"q": "départ"})) == []
    page.delete()
    assert titles(client.get("/fr/recherche/", {"q": "reconnaissance"})) == []


def test_type_filter_counts_and_unknown_type(client, add_page):
    add_page("Glossaire du partenariat")
    response = client.get("/fr/recherche/", {"q": "glossaire"})
    html = response.content.decode()
    assert 'type=page" >' not in html  # sanity: links are well formed
    assert re.search(r"Autres pages <span class=\"search-types__count\">\(1\)</span>", html)
    # A type with no match gives no result and offers to clear the filter.
    response = client.get("/fr/recherche/", {"q": "glossaire", "type": "tool"})
    html = response.content.decode()
    assert titles(response) == []
    assert "Retirer le filtre de type" in html
    assert 'href="?q=glossaire"' in html
    # An unknown type is ignored.
    assert titles(client.get("/fr/recherche/", {"q": "glossaire", "type": "zzz"})) == [
        "Glossaire du partenariat"
    ]


def test_pagination_and_bad_page_numbers(client, add_page):
    for n in range(25):
        add_page(f"Projet de partenariat {n:02d}", slug=f"projet-{n:02d}")
    first = titles(client.get("/fr/recherche/", {"q": "projet"}))
    second = titles(client.get("/fr/recherche/", {"q": "projet", "page": "2"}))
    assert len(first) == 20
    assert len(second) == 5
    assert not set(first) & set(second)
    assert titles(client.get("/fr/recherche/", {"q": "projet", "page": "abc"})) == first
    assert titles(client.get("/fr/recherche/", {"q": "projet", "page": "99999"})) == second
    assert titles(client.get("/fr/recherche/", {"q": "projet", "page": "-3"})) == second
    html = client.get("/fr/recherche/", {"q": "projet"}).content.decode()
    assert 'href="?q=projet&amp;page=2"' in html
    assert "(page 1 sur 2)" in html


def test_no_result_page_offers_the_tips(client, home_pages):
    response = client.get("/fr/recherche/", {"q": "introuvablexyz"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aucun résultat pour « introuvablexyz »" in html
    assert "Vérifiez l’orthographe" in html


def test_empty_query_shows_the_search_form_and_no_results(client, home_pages):
    response = client.get("/fr/recherche/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-page-q"' in html
    assert "search-result__title" not in html
    assert "Aucun résultat" not in html
    assert client.get("/en/search/").status_code == 200


def test_the_query_stays_in_both_search_boxes(client, home_pages):
    html = client.get("/fr/recherche/", {"q": "savoir expérientiel"}).content.decode()
    assert (
        'id="site-search-q" type="search" name="q" maxlength="200" value="savoir expérientiel"'
        in html
    )
    assert (
        'id="search-page-q" type="search" name="q" maxlength="200" value="savoir expérientiel"'
        in html
    )


# --- Promotions --------------------------------------------------------------


@pytest.fixture
def promote():
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    def make(query_string, page=None, **fields):
        return SearchPromotion.objects.create(
            query=Query.get(query_string), page=page, sort_order=0, **fields
        )

    return make


def test_promoted_pages_come_first_for_their_query(client, add_page, promote):
    add_page("Comité des usagers : rôle et mandat")
    policy = add_page("Politique de partenariat")
    promote("comité", page=policy, description="Le rôle des comités dans la politique.")
    response = client.get("/fr/recherche/", {"q": "Comité"})
    html = response.content.decode()
    assert titles(response) == ["Politique de partenariat", "Comité des usagers : rôle et mandat"]
    assert "Suggestions du Bureau du partenariat" in html
    assert "Le rôle des comités dans la politique." in html
    # Accents and case do not matter, as in the search itself.
    assert titles(client.get("/fr/recherche/", {"q": "COMITE"}))[0] == "Politique de partenariat"
    # Only for that query, only on the first page.
    assert (
        "Suggestions du Bureau" not in client.get("/fr/recherche/", {"q": "rôle"}).content.decode()
    )


def test_promotions_respect_access_and_language(client, add_page, translate, promote, staff_user):
    internal = add_page("Procédure interne")
    sync_staff_restriction(internal, True)
    public = add_page("Devenir usager partenaire")
    english = translate(public, title="Becoming a partner user", slug="becoming")
    promote("bénévolat", page=internal)
    promote("bénévolat", page=english)

    html = client.get("/fr/recherche/", {"q": "bénévolat"}).content.decode()
    assert "Procédure interne" not in html
    assert "Becoming a partner user" not in html
    assert "Aucun résultat" in html

    html = client.get("/en/search/", {"q": "bénévolat"}).content.decode()
    assert "Becoming a partner user" in html
    assert "Procédure interne" not in html

    client.force_login(staff_user)
    assert "Procédure interne" in client.get("/fr/recherche/", {"q": "bénévolat"}).content.decode()


def test_external_promotion_is_shown_and_escaped(client, home_pages, promote):
    promote(
        "commissaire",
        external_link_url="https://example.org/plaintes",
        external_link_text="Commissaire aux plaintes <b>",
    )
    html = client.get("/fr/recherche/", {"q": "commissaire"}).content.decode()
    assert 'href="https://example.org/plaintes"' in html
    assert "Commissaire aux plaintes &lt;b&gt;" in html


# --- What people search for ---------------------------------------------------


def test_each_new_search_is_counted_with_its_zero_result_flag(client, add_page):
    from wagtail.contrib.search_promotions.models import Query

    add_page("Savoir expérientiel")
    client.get("/fr/recherche/", {"q": "  Savoir   EXPÉRIENTIEL "})
    client.get("/fr/recherche/", {"q": "savoir expérientiel"})
    client.get("/fr/recherche/", {"q": "licorne"})
    # A second page or a type refinement is the same search: not counted again.
    client.get("/fr/recherche/", {"q": "licorne", "page": "2"})
    client.get("/fr/recherche/", {"q": "licorne", "type": "tool"})
    client.get("/en/search/", {"q": "licorne"})

    found = SearchQueryStat.objects.get(query_string="savoir expérientiel", language="fr")
    assert (found.hits, found.zero_result_hits, found.last_result_count) == (2, 0, 1)
    missing = SearchQueryStat.objects.get(query_string="licorne", language="fr")
    assert (missing.hits, missing.zero_result_hits) == (1, 1)
    assert SearchQueryStat.objects.get(query_string="licorne", language="en").hits == 1
    assert Query.get("savoir expérientiel").hits == 2
    # An empty search is not a search.
    client.get("/fr/recherche/", {"q": "   "})
    assert SearchQueryStat.objects.count() == 3


def test_queries_are_stored_normalised_and_capped(client, home_pages):
    client.get("/fr/recherche/", {"q": "a" * 5000})
    client.get("/fr/recherche/", {"q": "usa\u200bger\u202e <b>x</b>"})
    # A NUL character is refused before the view (core.guards): nothing is logged.
    assert client.get("/fr/recherche/", {"q": "nul\x00"}).status_code == 400
    stored = set(SearchQueryStat.objects.values_list("query_string", flat=True))
    assert "a" * 200 in stored
    assert "usager <b>x</b>" in stored
    assert not any(s.startswith("nul") for s in stored)
    assert all(len(s) <= 200 for s in stored)


def report_rows(html):
    """The first column of the report's table: the queries, in the order shown."""
    return re.findall(r"<tr>\s*<td\s*>\s*(.*?)\s*</td>", html)


def test_reports_list_frequent_and_zero_result_searches_escaped(client, add_page, editor_user):
    add_page("Savoir expérientiel")
    for _ in range(3):
        client.get("/fr/recherche/", {"q": "savoir"})
    client.get("/fr/recherche/", {"q": "<script>alert(1)</script>"})
    client.force_login(editor_user)

    response = client.get("/admin/rapports/recherche/frequentes/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "savoir" in html
    assert "<script>alert(1)</script>" not in html
    assert escape("<script>alert(1)</script>") in html
    assert report_rows(html) == ["savoir", escape("<script>alert(1)</script>")]

    html = client.get("/admin/rapports/recherche/sans-resultat/").content.decode()
    assert report_rows(html) == [escape("<script>alert(1)</script>")]

    # The reports are in the admin's Reports menu.
    menu = client.get("/admin/").content.decode()
    assert "/admin/rapports/recherche/frequentes/" in menu
    assert "/admin/rapports/recherche/sans-resultat/" in menu


def test_reports_are_for_the_admin_only(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/rapports/recherche/frequentes/")
    assert response.status_code == 302


def test_query_count_does_not_grow_with_the_number_of_results(
    client, add_page, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries(query):
        client.get("/fr/recherche/", {"q": query, "type": ""})  # warm caches (content types)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/fr/recherche/", {"q": query, "type": ""})
        assert response.status_code == 200
        return len(ctx), len(titles(response))

    section = add_page("Rubrique", slug="rubrique")
    for n in range(10):
        add_page(f"Atelier {n}", slug=f"atelier-{n}", parent=section)
    for n in range(60):
        add_page(f"Séance {n}", slug=f"seance-{n}", parent=section)
    few, shown_few = count_queries("atelier")
    many, shown_many = count_queries("séance")
    assert (shown_few, shown_many) == (10, 20)
    assert few == many
    assert Page.objects.filter(title__startswith="Séance").count() == 60


def test_english_interface(client, add_page, translate):
    page = add_page("Reconnaissance des usagers")
    translate(page, title="Recognition of partner users", slug="recognition")
    html = client.get("/en/search/", {"q": "recognition"}).content.decode()
    assert "1 result for “recognition”" in html
    assert '<span class="badge">Page</span>' in html
    html = client.get("/en/search/", {"q": "zzyzx"}).content.decode()
    assert "No results for “zzyzx”" in html
    assert "Check the spelling" in html


def test_moderators_manage_promotions_editors_read_the_reports(client, moderator_user, editor_user):
    client.force_login(moderator_user)
    assert client.get("/admin/searchpicks/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200
    client.force_login(editor_user)
    assert client.get("/admin/searchpicks/add/").status_code == 302
    assert client.get("/admin/rapports/recherche/sans-resultat/").status_code == 200


def test_old_searches_are_purged(client, home_pages):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import Query

    client.get("/fr/recherche/", {"q": "ancienne"})
    client.get("/fr/recherche/", {"q": "récente"})
    SearchQueryStat.objects.filter(query_string="ancienne").update(
        last_seen=timezone.now() - timedelta(days=400)
    )
    Query.get("ancienne").daily_hits.update(date=timezone.now().date() - timedelta(days=400))
    call_command("purge_search_stats", verbosity=0)
    assert list(SearchQueryStat.objects.values_list("query_string", flat=True)) == ["récente"]
    assert not Query.objects.filter(query_string="ancienne").exists()
    assert Query.objects.filter(query_string="récente").exists()


def test_update_index_rebuilds_the_index(client, add_page):
    from django.core.management import call_command
    from wagtail.search.models import IndexEntry

    add_page("Charte du comité des usagers")
    IndexEntry.objects.all().delete()  # as after a restore without the index table
    assert titles(client.get("/fr/recherche/", {"q": "charte"})) == []
    call_command("update_index", verbosity=0)
    assert titles(client.get("/fr/recherche/", {"q": "charte"})) == ["Charte du comité des usagers"]
