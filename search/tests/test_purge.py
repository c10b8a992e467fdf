"""Editors clear the search reports of test noise: a purge up to a date, on a POST."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import SearchQueryStat

pytestmark = pytest.mark.django_db

PURGE = "/admin/rapports/recherche/effacer/"


@pytest.fixture
def searches(client, home_pages):
    client.get("/fr/recherche/", {"q": "essai"})
    client.get("/fr/recherche/", {"q": "vraie recherche"})
    ten_days_ago = timezone.now() - datetime.timedelta(days=10)
    SearchQueryStat.objects.filter(query_string="essai").update(last_seen=ten_days_ago)
    Query.get("essai").daily_hits.update(date=ten_days_ago.date())
    client.logout()


def queries():
    return sorted(SearchQueryStat.objects.values_list("query_string", flat=True))


def test_an_editor_purges_the_searches_up_to_a_date(client, searches, editor_user):
    client.force_login(editor_user)
    report = client.get("/admin/rapports/recherche/frequentes/").content.decode()
    assert PURGE in report  # the report's header button
    page = client.get(PURGE)
    assert page.status_code == 200
    assert "Les rapports comptent 2 recherches." in page.content.decode()
    until = timezone.localdate() - datetime.timedelta(days=5)
    response = client.post(PURGE, {"until": until.isoformat()}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/rapports/recherche/frequentes/"
    assert "1 recherche effacée." in response.content.decode()
    assert queries() == ["vraie recherche"]
    assert not Query.objects.filter(query_string="essai").exists()
    assert Query.objects.filter(query_string="vraie recherche").exists()


def test_today_clears_every_search(client, searches, editor_user):
    client.force_login(editor_user)
    response = client.post(PURGE, {"until": timezone.localdate().isoformat()}, follow=True)
    assert "2 recherches effacées." in response.content.decode()
    assert queries() == []


@pytest.mark.parametrize(
    "value, message",
    [
        ("", "Indiquez une date."),
        ("pas une date", "Indiquez une date valide (AAAA-MM-JJ)."),
        ("2999-01-01", "La date ne peut pas être dans le futur."),
    ],
)
def test_a_bad_date_is_refused_in_french_and_nothing_is_deleted(
    client, searches, editor_user, value, message
):
    client.force_login(editor_user)
    response = client.post(PURGE, {"until": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("input[name=until]")["value"] == value or value == ""
    assert len(queries()) == 2


def test_the_purge_needs_a_post_with_the_csrf_token(searches, editor_user):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor_user)
    response = csrf_client.post(PURGE, {"until": timezone.localdate().isoformat()})
    assert response.status_code == 403
    assert len(queries()) == 2
    # A GET never deletes.
    csrf_client.get(PURGE, {"until": timezone.localdate().isoformat()})
    assert len(queries()) == 2


def test_the_purge_needs_the_delete_permission(client, searches, make_user):
    user = make_user("reader")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    report = client.get("/admin/rapports/recherche/frequentes/").content.decode()
    assert PURGE not in report
    response = client.post(PURGE, {"until": timezone.localdate().isoformat()})
    assert response.status_code in (302, 403)
    assert len(queries()) == 2
    assert client.get(PURGE).status_code in (302, 403)


def test_the_command_still_forgets_searches_older_than_n_days(searches):
    call_command("purge_search_stats", "--days", "5", verbosity=0)
    assert queries() == ["vraie recherche"]
