"""The pages API at scale: a constant number of queries whatever the number of restrictions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from outils.factories import ToolIndexPageFactory, ToolPageFactory
from outils.generate import generate_tools

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool_bank(home_pages):
    home, _english = home_pages
    index = ToolIndexPageFactory(parent=home)
    for n in range(25):
        ToolPageFactory(parent=index, title=f"Outil public {n:02d}", slug=f"public-{n}")
    return index


def api_queries(client, url="/api/v2/pages/?limit=20"):
    client.get(url)  # the access snapshot is built once, then shared
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.json()


@pytest.mark.parametrize("restricted", [10, 1000])
def test_the_api_list_costs_the_same_with_10_or_1000_restrictions(client, tool_bank, restricted):
    generate_tools(restricted, tool_bank, staff_ratio=1.0, seed=1)
    assert PageViewRestriction.objects.count() >= restricted
    queries, data = api_queries(client)
    assert queries <= 15
    titles = [item["title"] for item in data["items"]]
    assert len(titles) == 20
    staff_only = set(
        tool_bank.get_children()
        .filter(view_restrictions__isnull=False)
        .values_list("title", flat=True)
    )
    assert not staff_only & set(titles)
    assert data["meta"]["total_count"] < restricted + 30  # the staff-only tools are not counted


def test_the_query_count_does_not_grow_with_restrictions(client, tool_bank):
    generate_tools(10, tool_bank, staff_ratio=1.0, seed=1)
    few, _data = api_queries(client)
    generate_tools(300, tool_bank, staff_ratio=1.0, seed=2)
    many, _data = api_queries(client)
    assert many == few


def test_an_unknown_site_is_a_400(client, tool_bank):
    response = client.get("/api/v2/pages/?site=nulle-part.example.org")
    assert response.status_code == 400
    assert response.json() == {"message": "Cannot find site."}


def test_the_sitemap_is_an_index_of_pages_of_at_most_2000_urls(client, tool_bank, settings):
    generate_tools(2100, tool_bank, staff_ratio=0.05, seed=3)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    body = index.content.decode()
    assert "<sitemapindex" in body
    assert "/sitemap-pages.xml?p=2</loc>" in body
    first = client.get("/sitemap-pages.xml").content.decode()
    second = client.get("/sitemap-pages.xml?p=2").content.decode()
    assert first.count("<url>") == 2000
    assert 0 < second.count("<url>") < 2000
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-pages.xml?p=abc").status_code == 404
    assert client.get("/sitemap-autre.xml").status_code == 404
    staff_only = tool_bank.get_children().filter(view_restrictions__isnull=False)
    urls = [f"{page.url}</loc>" for page in staff_only.specific()]
    assert urls
    assert not [url for url in urls if url in first + second]


def test_sitemap_pages_are_cached_until_the_next_publication(client, tool_bank, settings):
    settings.PAGE_CACHE_ENABLED = True
    generate_tools(30, tool_bank, seed=4)
    assert client.get("/sitemap-pages.xml")["X-Cache"] == "miss"
    assert client.get("/sitemap-pages.xml")["X-Cache"] == "hit"
    assert client.get("/sitemap-pages.xml?p=1")["X-Cache"] == "miss"  # ?p=1 is its own key
    ToolPageFactory(parent=tool_bank, title="Outil tout neuf", slug="tout-neuf")
    fresh = client.get("/sitemap-pages.xml")
    assert fresh["X-Cache"] == "miss"
    assert "/fr/outils/tout-neuf/</loc>" in fresh.content.decode()
