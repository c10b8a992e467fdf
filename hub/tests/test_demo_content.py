"""The whole demo site (load_demo_content): news, English slugs, footer, tool sheets."""

import re
import xml.etree.ElementTree as ET

import pytest

from formations.models import TrainingModulePage
from hub.models import NewsPage
from outils.models import ToolPage
from videos.models import VideoPage

pytestmark = pytest.mark.django_db

NEWS_FR = [
    "Une formation au partenariat offerte à tous les gestionnaires",
    "Bas-Saint-Laurent : la co-construction, une stratégie gagnante",
    "IUCPQ : le partenariat fait LA différence",
    "Un modèle intégré du partenariat avec l’usager à la Capitale-Nationale",
    "Établir un partenariat gagnant avec les usagers, les proches et la population",
]


def _titles(html, pattern):
    return re.findall(pattern, html)


def test_the_demo_news_fill_the_index_the_feed_and_the_home(client, demo_site):
    assert NewsPage.objects.filter(locale__language_code="fr").count() == 5
    assert NewsPage.objects.filter(locale__language_code="en").count() == 5
    # The index, newest first.
    html = client.get("/fr/nouvelles/").content.decode()
    listed = [title for title in NEWS_FR if title in html]
    assert listed == NEWS_FR
    assert sorted(listed, key=html.index) == NEWS_FR
    # The feed, in each language.
    for path, count in (("/fr/nouvelles/rss/", 5), ("/en/news/rss/", 5)):
        response = client.get(path)
        assert response.status_code == 200
        items = ET.fromstring(response.content).findall("./channel/item")
        assert len(items) == count
    feed = ET.fromstring(client.get("/fr/nouvelles/rss/").content)
    assert feed.find("./channel/item/title").text == NEWS_FR[0]
    english = ET.fromstring(client.get("/en/news/rss/").content)
    assert english.find("./channel/item/title").text == "Partnership training for every manager"
    # The home's latest news.
    home = client.get("/fr/").content.decode()
    section = home[home.index('id="home-news"') :]
    section = section[: section.index("</section>")]
    assert NEWS_FR[0] in section and NEWS_FR[1] in section and NEWS_FR[2] in section
    assert "IUCPQ: partnership makes THE difference" in client.get("/en/").content.decode()


def test_english_demo_pages_have_english_slugs(client, demo_site):
    for model in (VideoPage, TrainingModulePage, NewsPage):
        french = dict(
            model.objects.filter(locale__language_code="fr").values_list("translation_key", "slug")
        )
        for key, slug in model.objects.filter(locale__language_code="en").values_list(
            "translation_key", "slug"
        ):
            assert slug != french[key], (model.__name__, slug)
    assert client.get("/en/videos/user-partner-in-their-care/").status_code == 200
    assert client.get("/en/trainings/involving-resource-user-project/").status_code == 200


def test_a_demo_tool_sheet_shows_its_summary_once(client, demo_site):
    tool = ToolPage.objects.get(
        slug="plan-integration-usager-ressource", locale__language_code="fr"
    )
    html = client.get(tool.url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert main.count(tool.summary) == 1
