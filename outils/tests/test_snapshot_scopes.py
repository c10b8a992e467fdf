"""The tool bank's snapshots (scope `tools`) are rebuilt only by changes that touch it.

Editors publish news and drafts all day; each used to make every process rebuild the
tool bank's facet index. Now only tools, the tool bank, the vocabulary and tags do.
"""

import pytest

from hub.models import NewsIndexPage, NewsPage
from outils import facet_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_builds(monkeypatch):
    """Counts the facet index builds the next requests trigger."""
    calls = []
    original = facet_index.build_index

    def counting(tool_model, locale_id):
        calls.append(locale_id)
        return original(tool_model, locale_id)

    monkeypatch.setattr(facet_index, "build_index", counting)
    return calls


@pytest.fixture
def news_index(home_pages):
    home_fr, _ = home_pages
    index = NewsIndexPage(title="Nouvelles", slug="nouvelles")
    home_fr.add_child(instance=index)
    index.save_revision().publish()
    return index


def test_publishing_a_news_item_does_not_rebuild_the_tool_index(
    client, make_tool, news_index, index_builds
):
    make_tool(title="Guide d’accueil")
    assert "Guide d’accueil" in client.get("/fr/outils/").content.decode()
    assert len(index_builds) == 1
    news = NewsPage(title="Politique adoptée", slug="politique-adoptee", summary="Adoptée.")
    news_index.add_child(instance=news)
    news.save_revision().publish()
    assert "Politique adoptée" in client.get("/fr/nouvelles/").content.decode()
    assert "Guide d’accueil" in client.get("/fr/outils/").content.decode()
    assert len(index_builds) == 1


def test_saving_a_news_draft_rebuilds_nothing(client, make_tool, news_index, index_builds):
    make_tool(title="Guide d’accueil")
    client.get("/fr/outils/")
    news = NewsPage(title="Brouillon", slug="brouillon", summary="Pas encore.", live=False)
    news_index.add_child(instance=news)
    client.get("/fr/outils/")
    news.title = "Brouillon modifié"
    news.save_revision()
    client.get("/fr/outils/")
    assert len(index_builds) == 1


def test_publishing_a_tool_rebuilds_the_index_once(client, make_tool, index_builds):
    make_tool(title="Premier outil")
    client.get("/fr/outils/")
    make_tool(title="Deuxième outil")
    html = client.get("/fr/outils/").content.decode()
    assert "Deuxième outil" in html
    assert len(index_builds) == 2
    client.get("/fr/outils/")
    assert len(index_builds) == 2
