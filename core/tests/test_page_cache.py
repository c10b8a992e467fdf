"""The page cache (core/page_cache.py): what anonymous visitors get from it, and when it is fresh.

These run on the default cache of the run: local memory on SQLite, the real Redis on
PostgreSQL (make test).
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from core.factories import translate
from hub.factories import ContentPageFactory
from outils.factories import ToolIndexPageFactory, ToolPageFactory, terms
from vocabulary.models import Audience, Axis

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def page(home_pages):
    home, _english = home_pages
    return ContentPageFactory(parent=home, title="Politique de partenariat", slug="politique")


@pytest.fixture
def tool_bank(home_pages):
    home, _english = home_pages
    index = ToolIndexPageFactory(parent=home)
    translate(index, title="Tool bank", slug="tools")
    ToolPageFactory(parent=index, title="Guide public", slug="guide-public")
    ToolPageFactory(parent=index, title="Grille réservée", slug="grille", staff_only=True)
    return index


def test_the_second_anonymous_view_comes_from_the_cache(client, page):
    first = client.get("/fr/politique/")
    second = client.get("/fr/politique/")
    assert (first.status_code, first["X-Cache"]) == (200, "miss")
    assert (second.status_code, second["X-Cache"]) == (200, "hit")
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "must-revalidate" in second["Cache-Control"]


def test_a_visitor_who_has_the_page_gets_a_304(client, page):
    etag = client.get("/fr/politique/")["ETag"]
    again = client.get("/fr/politique/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_publishing_makes_the_next_view_fresh(client, page):
    client.get("/fr/politique/")
    page.title = "Politique révisée"
    page.save_revision().publish()
    response = client.get("/fr/politique/")
    assert response["X-Cache"] == "miss"
    assert "Politique révisée" in response.content.decode()


def test_unpublishing_makes_the_page_disappear_at_once(client, page):
    client.get("/fr/politique/")
    page.unpublish()
    assert client.get("/fr/politique/").status_code == 404


def test_a_new_restriction_hides_a_cached_page_at_once(client, page):
    assert client.get("/fr/politique/").status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/fr/politique/").status_code == 404


def test_staff_never_get_the_anonymous_page_and_never_fill_the_cache(client, tool_bank, staff_user):
    anonymous = client.get("/fr/outils/")
    assert "Grille réservée" not in anonymous.content.decode()
    staff = Client()
    staff.force_login(staff_user)
    response = staff.get("/fr/outils/")
    assert "X-Cache" not in response
    assert "Grille réservée" in response.content.decode()
    # …and what staff saw is not what the next anonymous visitor gets.
    after = Client().get("/fr/outils/")
    assert after["X-Cache"] == "hit"
    assert "Grille réservée" not in after.content.decode()


def test_a_staff_page_is_never_served_to_an_anonymous_visitor(tool_bank, staff_user):
    staff = Client()
    staff.force_login(staff_user)
    staff.get("/fr/outils/?axis=care")
    anonymous = Client().get("/fr/outils/?axis=care")
    assert anonymous["X-Cache"] == "miss"
    assert "Grille réservée" not in anonymous.content.decode()


def test_parameter_order_and_unknown_parameters_share_one_entry(client, tool_bank):
    assert client.get("/fr/outils/?axis=care&audience=managers")["X-Cache"] == "miss"
    again = client.get("/fr/outils/?audience=managers&utm_source=infolettre&axis=care")
    assert again["X-Cache"] == "hit"
    # Different filters are a different page.
    assert client.get("/fr/outils/?axis=experience")["X-Cache"] == "miss"


def test_the_number_of_query_strings_stored_per_page_is_capped(client, tool_bank, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 2
    assert client.get("/fr/outils/?q=un")["X-Cache"] == "miss"
    assert client.get("/fr/outils/?q=deux")["X-Cache"] == "miss"
    third = client.get("/fr/outils/?q=trois")
    assert third.status_code == 200 and third["X-Cache"] == "skip"
    assert client.get("/fr/outils/?q=trois")["X-Cache"] == "skip"
    assert client.get("/fr/outils/?q=un")["X-Cache"] == "hit"


def test_a_vocabulary_change_refreshes_the_tool_bank(client, tool_bank):
    client.get("/fr/outils/")
    axis = Axis.objects.get(code="care")
    axis.label_fr = "Partenaire de ses soins (libellé revu)"
    axis.save()
    response = client.get("/fr/outils/")
    assert response["X-Cache"] == "miss"
    assert "libellé revu" in response.content.decode()


def test_a_new_tool_shows_in_the_cached_listing_at_once(client, tool_bank):
    client.get("/fr/outils/")
    ToolPageFactory(
        parent=tool_bank,
        title="Nouvel outil",
        slug="nouvel-outil",
        audiences=terms(Audience, ["managers"]),
    )
    assert "Nouvel outil" in client.get("/fr/outils/").content.decode()


def test_pages_with_a_form_token_are_not_stored(client, home_pages):
    first = client.get("/fr/connexion/")
    assert first["X-Cache"] == "skip"
    assert client.get("/fr/connexion/")["X-Cache"] == "skip"


def test_not_found_is_not_stored(client, home_pages):
    assert client.get("/fr/nulle-part/").status_code == 404
    assert client.get("/fr/nulle-part/").get("X-Cache") != "hit"


def test_a_visitor_with_a_session_is_served_fresh(client, page, staff_user):
    client.get("/fr/politique/")
    client.force_login(staff_user)
    client.logout()  # a session cookie may remain; it is never served from the cache
    client.cookies["sessionid"] = "quelconque"
    assert "X-Cache" not in client.get("/fr/politique/")


def test_the_cache_hit_costs_one_query(client, page, django_assert_num_queries):
    client.get("/fr/politique/")
    with django_assert_num_queries(1):  # the snapshot tokens, the page's version
        assert client.get("/fr/politique/")["X-Cache"] == "hit"
