"""The search's write path is throttled per visitor: the query report cannot be flooded."""

import pytest

from search.models import SearchQueryStat

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (3, 60), "search_log": (2, 600)}


def test_past_the_limit_a_search_answers_429_in_french_with_the_words_kept(
    client, home_pages, limits
):
    for n in range(3):
        assert client.get(f"/fr/recherche/?q=usager{n}").status_code == 200
    response = client.get("/fr/recherche/?q=plan+d%E2%80%99int%C3%A9gration")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de recherches en peu de temps" in html
    assert 'value="plan d’intégration"' in html  # the visitor does not type it again
    english = client.get("/en/search/?q=plan")
    assert english.status_code == 429
    assert "Too many searches in a short time" in english.content.decode()


def test_the_query_report_stops_growing_but_the_search_still_answers(client, home_pages, limits):
    statuses = [client.get(f"/fr/recherche/?q=mot{n}").status_code for n in range(3)]
    assert statuses == [200, 200, 200]
    assert SearchQueryStat.objects.count() == 2  # the `search_log` limit
    assert not SearchQueryStat.objects.filter(query_string="mot2").exists()


def test_each_signed_in_account_counts_apart_from_its_address(
    client, home_pages, limits, staff_user, make_user
):
    for n in range(3):
        client.get(f"/fr/recherche/?q=usager{n}")
    assert client.get("/fr/recherche/?q=plan").status_code == 429
    # A colleague on the same hospital address, signed in, has their own count.
    client.force_login(staff_user)
    assert client.get("/fr/recherche/?q=plan").status_code == 200


def test_a_visitor_behind_the_proxy_is_counted_by_their_own_address(
    client, home_pages, limits, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(3):
        client.get(f"/fr/recherche/?q=usager{n}", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert (
        client.get("/fr/recherche/?q=plan", HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    )
    assert (
        client.get("/fr/recherche/?q=plan", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200
    )
