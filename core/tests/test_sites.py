"""core.sites: a request's site and home page from the frame snapshot, as Wagtail finds them."""

from unittest import mock

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core import sites, snapshots
from hub.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

HOSTS = [
    ("localhost", 80),
    ("intranet.example.org", 80),
    ("intranet.example.org", 8443),
    ("public.example.org", 80),
    ("public.example.org", 8080),
    ("unknown.example.org", 80),
]


@pytest.fixture
def three_sites(home_pages):
    """The default site, a second site on two ports of one host, one more host."""
    home, _english = home_pages
    other = ContentPageFactory(parent=home, title="Intranet", slug="intranet")
    Site.objects.create(hostname="intranet.example.org", port=80, root_page=other)
    Site.objects.create(hostname="intranet.example.org", port=8443, root_page=home)
    Site.objects.create(hostname="public.example.org", port=8080, root_page=other)
    return home, other


def request_for(host, port):
    return RequestFactory().get("/fr/", HTTP_HOST=host if port == 80 else f"{host}:{port}")


@pytest.mark.parametrize(("host", "port"), HOSTS)
def test_the_site_is_the_one_wagtail_would_pick(three_sites, settings, host, port):
    settings.ALLOWED_HOSTS = ["*"]
    wagtails = Site.find_for_request(request_for(host, port))
    ours = sites.site_for_request(request_for(host, port))
    assert (ours.pk if ours else None) == (wagtails.pk if wagtails else None)


def test_without_a_default_site_an_unknown_host_has_no_site(three_sites, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    assert Site.find_for_request(request_for("unknown.example.org", 80)) is None
    # update() sends no signal (an editor's save does): replace the frame token by hand.
    snapshots.bump(snapshots.FRAME)
    assert sites.site_for_request(request_for("unknown.example.org", 80)) is None
    assert sites.site_for_request(request_for("intranet.example.org", 80)) is not None


def test_a_page_view_asks_the_database_for_no_site_and_no_home_page(client, home_pages):
    client.get("/fr/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/fr/")
    assert response.status_code == 200
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "wagtailcore_site" not in tables
    assert "home_homepage" not in tables


def test_an_english_request_is_routed_from_the_english_home(client, home_pages):
    home, english = home_pages
    ContentPageFactory(parent=english, title="About", slug="about")
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "About" in response.content.decode()
    assert client.get("/fr/about/").status_code == 404


def test_a_new_site_hostname_is_seen_at_the_next_request(client, home_pages, settings):
    settings.ALLOWED_HOSTS = ["*"]
    home, _english = home_pages
    assert client.get("/fr/", HTTP_HOST="carrefour.example.org").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.save()  # the frame token changes with the save
    assert client.get("/fr/", HTTP_HOST="carrefour.example.org").status_code == 404


def test_page_links_are_those_of_wagtail(home_pages, settings):
    home, english = home_pages
    page = ContentPageFactory(parent=home, title="Politique", slug="politique")
    request = request_for("localhost", 80)
    assert sites.page_url(page, request) == page.get_url(request) == "/fr/politique/"
    assert sites.page_url(english, request) == "/en/"
    assert sites.page_url(None, request) == ""


def test_links_worked_out_from_the_snapshot_match_wagtail_at_any_depth(home_pages):
    """core.sites works page URLs out itself (one site): each must be Wagtail's, accented
    slugs quoted as `reverse` quotes them, English pages under /en/."""
    home, english = home_pages
    events = ContentPageFactory(parent=home, title="Événements", slug="événements")
    child = ContentPageFactory(parent=events, title="Été 2026", slug="été-2026")
    other = ContentPageFactory(parent=english, title="Events", slug="events")
    request = request_for("localhost", 80)
    site = Site.objects.get(is_default_site=True)
    pages = (home, english, events, child, other)
    # Worked out without Wagtail's lookup (the shared cache and a reverse per link)…
    with mock.patch.object(Page, "get_url_parts", side_effect=AssertionError("Wagtail asked")):
        ours = [sites.page_url(page, request) for page in pages]
    # …and the same as Wagtail's.
    assert ours == [page.relative_url(site, request) for page in pages]
    assert sites.page_url(child, request).startswith("/fr/%C3%A9v%C3%A9nements/")
