"""core.views routes a request by `url_path` when every page on the way routes as
Wagtail's `Page.route` does: same page, same 404s, in two queries at any depth."""

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.views import _page_by_url_path

pytestmark = pytest.mark.django_db


def _child(parent, slug, live=True):
    page = Page(title=slug.capitalize(), slug=slug)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
    return page


@pytest.fixture
def tree(home_pages):
    home, _ = home_pages
    section = _child(home, "section")
    branch = _child(section, "branche")
    leaf = _child(branch, "feuille")
    draft_parent = _child(home, "brouillon", live=False)
    under_draft = _child(draft_parent, "publiee")
    draft_leaf = _child(section, "ebauche", live=False)
    return {"home": home, "leaf": leaf, "under_draft": under_draft, "draft_leaf": draft_leaf}


def _wagtail_route(home, components, rf):
    try:
        return home.route(rf.get("/"), components)[0]
    except Http404:
        return Http404


def _fast_route(home, components):
    try:
        return _page_by_url_path(home, components)
    except Http404:
        return Http404


@pytest.mark.parametrize(
    "path",
    [
        "section/branche/feuille",
        "section",
        "brouillon/publiee",  # a draft section still leads to its live pages, as in Wagtail
        "section/ebauche",  # a draft page: 404
        "brouillon",
    ],
)
def test_the_same_page_or_404_as_wagtail(tree, rf, path):
    home = tree["home"]
    components = path.split("/")
    expected = _wagtail_route(home, components, rf)
    found = _fast_route(home, components)
    assert found == expected
    if expected is not Http404:
        assert type(found) is type(expected.specific)


def test_a_missing_level_is_left_to_wagtail_which_answers_404(tree, client):
    assert _page_by_url_path(tree["home"], ["section", "inconnue", "feuille"]) is None
    assert client.get("/fr/section/inconnue/feuille/").status_code == 404
    assert client.get("/fr/section/branche/feuille/").status_code == 200


def test_routable_pages_keep_their_own_routes(home_pages, client):
    from hub.models import NewsIndexPage

    home, _ = home_pages
    news = NewsIndexPage(title="Nouvelles", slug="nouvelles")
    home.add_child(instance=news)
    news.save_revision().publish()
    assert _page_by_url_path(home, ["nouvelles"]) is None  # its own route decides
    response = client.get("/fr/nouvelles/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")


def test_routing_costs_two_queries_at_any_depth(tree):
    home = tree["home"]
    for components in (["section"], ["section", "branche", "feuille"]):
        with CaptureQueriesContext(connection) as captured:
            page = _page_by_url_path(home, components)
        assert page.slug == components[-1]
        assert len(captured.captured_queries) == 2
