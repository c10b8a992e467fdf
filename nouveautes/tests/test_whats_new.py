"""« Quoi de neuf »: what is listed, in which language, for whom, at what cost."""

import ast
import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.factories import translate
from formations.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from home.models import HomePage
from hub.models import HubPage, NewsIndexPage
from nouveautes.factories import WhatsNewPageFactory
from nouveautes.models import WhatsNewPage
from outils.factories import ToolIndexPageFactory, ToolPageFactory
from outils.models import ToolIndexPage
from videos.factories import VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db

FR_URL = "/fr/quoi-de-neuf/"
EN_URL = "/en/whats-new/"


@pytest.fixture
def whats_new(home_pages):
    home_fr, _ = home_pages
    page = WhatsNewPageFactory(parent=home_fr)
    return page, translate(page, title="What’s new", slug="whats-new")


@pytest.fixture
def tool_bank(home_pages):
    home_fr, _ = home_pages
    index = ToolIndexPageFactory(parent=home_fr)
    translate(index, title="Tool bank", slug="tools")
    return index


@pytest.fixture
def make_tool(tool_bank):
    def make(title, **fields):
        return ToolPageFactory(parent=tool_bank, title=title, **fields)

    return make


def published(page, days_ago, last_days_ago=None):
    """Pretend the page was first published `days_ago` days ago (and last published
    `last_days_ago` days ago, the same day by default)."""
    last = days_ago if last_days_ago is None else last_days_ago
    Page.objects.filter(pk=page.pk).update(
        first_published_at=_local_noon(days_ago), last_published_at=_local_noon(last)
    )


def _local_noon(days):
    """Noon, site time, `days` calendar days ago: « now minus N × 24 h » lands on another
    calendar day when a daylight-saving change lies in between (CI failed on it at 04:00 UTC)."""
    day = timezone.localdate() - datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def french_date(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def titles(html):
    """The titles listed, in order."""
    return [line.rsplit(">", 1)[-1] for line in html.split("</a></h3>")[:-1]]


def test_new_and_revised_items_newest_first_with_what_changed(client, whats_new, make_tool):
    make_tool("Outil tout neuf")
    published(make_tool("Outil republié"), days_ago=400, last_days_ago=10)
    published(make_tool("Outil relu", last_reviewed=days_ago(3)), days_ago=400)
    published(make_tool("Outil ancien", last_reviewed=datetime.date(2020, 1, 1)), days_ago=400)
    published(make_tool("Outil à relire", last_reviewed=days_ago(-30)), days_ago=400)
    published(make_tool("Outil d’il y a 91 jours"), days_ago=91)
    published(make_tool("Outil d’il y a 89 jours"), days_ago=89)

    response = client.get(FR_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == [
        "Outil tout neuf",
        "Outil relu",
        "Outil republié",
        "Outil d’il y a 89 jours",
    ]
    assert "4 contenus ajoutés ou révisés depuis 90 jours" in html
    assert f"Révisé le {french_date(days_ago(3))}" in html
    assert f"Révisé le {french_date(days_ago(10))}" in html
    assert html.count('class="badge badge--new">Nouveau<') == 2
    assert f'<time datetime="{days_ago(89):%Y-%m-%d}">{french_date(days_ago(89))}</time>' in html
    # A review date in the future is a plan, not a revision; older changes are left out.
    for absent in ("Outil ancien", "Outil à relire", "Outil d’il y a 91 jours"):
        assert absent not in html


def test_tools_trainings_and_videos_each_say_what_they_are(
    client, whats_new, make_tool, home_pages
):
    home_fr, _ = home_pages
    make_tool("Guide d’accueil")
    module = TrainingModulePageFactory(parent=TrainingIndexPageFactory(parent=home_fr),
                                       title="Le partenariat en contexte")  # fmt: skip
    published(module, days_ago=5)
    video = VideoPageFactory(parent=VideoIndexPageFactory(parent=home_fr), title="Vidéo témoin")
    published(video, days_ago=20)
    html = client.get(FR_URL).content.decode()
    assert titles(html) == ["Guide d’accueil", "Le partenariat en contexte", "Vidéo témoin"]
    for label in ('<span class="badge">Outil</span>', '<span class="badge">Formation</span>',
                  '<span class="badge">Vidéo</span>'):  # fmt: skip
        assert label in html
    # Only what the apps register: the index pages themselves are not « new content ».
    assert "Banque d’outils" not in titles(html)


def test_anonymous_visitors_never_learn_of_a_staff_only_tool(
    client, whats_new, make_tool, staff_user
):
    make_tool("Outil public")
    make_tool("Outil interne confidentiel", staff_only=True)
    html = client.get(FR_URL).content.decode()
    assert "Outil public" in html
    assert "Outil interne confidentiel" not in html
    assert "1 contenu ajouté ou révisé depuis 90 jours" in html
    feed = client.get(FR_URL + "rss/").content.decode()
    assert "Outil public" in feed and "Outil interne confidentiel" not in feed

    client.force_login(staff_user)
    html = client.get(FR_URL).content.decode()
    assert "Outil interne confidentiel" in html
    assert "2 contenus ajoutés ou révisés depuis 90 jours" in html
    assert "Accès restreint" in html
    # The feed is the same for everyone: shared and cached by readers.
    feed = client.get(FR_URL + "rss/").content.decode()
    assert "Outil interne confidentiel" not in feed


def test_english_list_shows_translations_and_says_what_exists_only_in_french(
    client, whats_new, make_tool
):
    translated = make_tool("Grille d’observation")
    translate(translated, title="Observation grid", slug="observation-grid")
    make_tool("Aide-mémoire de la rencontre")
    response = client.get(EN_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == ["Aide-mémoire de la rencontre", "Observation grid"]
    assert "Grille d’observation" not in html
    assert "2 items added or revised in the last 90 days" in html
    assert html.count("French only") == 1
    assert 'hreflang="fr" lang="fr">Aide-mémoire de la rencontre</a>' in html
    assert 'href="/fr/outils/aide-memoire-de-la-rencontre/"' in html
    assert 'href="/en/tools/observation-grid/"' in html
    # And the French list is in French only.
    assert titles(client.get(FR_URL).content.decode()) == [
        "Aide-mémoire de la rencontre",
        "Grille d’observation",
    ]


def test_feed_is_rss_of_public_items_in_the_pages_language(client, whats_new, make_tool):
    translated = make_tool("Grille d’observation")
    translate(translated, title="Observation grid", slug="observation-grid")
    published(make_tool("Fiche relue", last_reviewed=days_ago(2)), days_ago=300)
    response = client.get(EN_URL + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Observation grid", "Fiche relue"]
    assert items[0].findtext("link") == "http://testserver/en/tools/observation-grid/"
    assert items[0].findtext("description").startswith("Tool · New")
    assert "French only" in items[1].findtext("description")
    assert f"Reviewed on {days_ago(2).day}" in items[1].findtext("description")
    french = ET.fromstring(client.get(FR_URL + "rss/").content).find("channel")
    assert [i.findtext("title") for i in french.findall("item")] == [
        "Grille d’observation",
        "Fiche relue",
    ]
    assert 'type="application/rss+xml"' in client.get(FR_URL).content.decode()


def test_twenty_per_page_with_the_sites_pagination(client, whats_new, make_tool):
    for number in range(25):
        published(make_tool(f"Outil {number:02d}"), days_ago=number)
    html = client.get(FR_URL).content.decode()
    assert titles(html)[:2] == ["Outil 00", "Outil 01"] and len(titles(html)) == 20
    assert '<nav class="pagination" aria-label="Pagination">' in html
    assert 'href="?page=2" rel="next"' in html
    second = client.get(FR_URL + "?page=2").content.decode()
    assert titles(second) == [f"Outil {n}" for n in range(20, 25)]
    assert titles(client.get(FR_URL + "?page=abc").content.decode())[0] == "Outil 00"
    assert titles(client.get(FR_URL + "?page=999").content.decode())[-1] == "Outil 24"


def _queries(client, url):
    client.get(url)  # warm: snapshots, content types, site root paths
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "staff"])
def test_query_count_does_not_grow_with_the_items(
    client, whats_new, make_tool, home_pages, staff_user, signed_in
):
    home_fr, _ = home_pages
    if signed_in:
        client.force_login(staff_user)
    modules = TrainingIndexPageFactory(parent=home_fr)
    videos = VideoIndexPageFactory(parent=home_fr)
    make_tool("Outil 1")
    make_tool("Outil interne 1", staff_only=True)
    TrainingModulePageFactory(parent=modules)
    VideoPageFactory(parent=videos)
    few = _queries(client, FR_URL), _queries(client, EN_URL), _queries(client, FR_URL + "rss/")
    for number in range(12):
        make_tool(f"Outil suivant {number}", staff_only=number % 4 == 0,
                  last_reviewed=days_ago(number))  # fmt: skip
        TrainingModulePageFactory(parent=modules)
        VideoPageFactory(parent=videos)
    many = _queries(client, FR_URL), _queries(client, EN_URL), _queries(client, FR_URL + "rss/")
    assert few == many
    assert max(many) <= 12


def test_the_home_page_links_it(client, whats_new):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/quoi-de-neuf/"' in html
    assert "Voir ce qui est nouveau" in html
    assert 'href="/en/whats-new/"' in client.get("/en/").content.decode()


def test_demo_content_has_the_page_in_both_languages(client, demo_site):
    html = client.get(FR_URL).content.decode()
    assert "<h1>Quoi de neuf</h1>" in html
    assert len(titles(html)) >= 5  # the demo's tools, modules and videos, all new
    english = client.get(EN_URL)
    assert english.status_code == 200
    assert "<h1>What’s new</h1>" in english.content.decode()


class TestTreeRules(WagtailPageTestCase):
    def test_under_the_home_page_only_and_a_leaf(self):
        self.assertCanCreateAt(HomePage, WhatsNewPage)
        self.assertCanNotCreateAt(Page, WhatsNewPage)
        self.assertCanNotCreateAt(HubPage, WhatsNewPage)
        self.assertCanNotCreateAt(ToolIndexPage, WhatsNewPage)
        self.assertCanNotCreateAt(NewsIndexPage, WhatsNewPage)
        for child in (WhatsNewPage, HubPage, ToolIndexPage):
            self.assertCanNotCreateAt(WhatsNewPage, child)


def test_the_page_knows_no_apps_models():
    """It lists what apps register (nouveautes.sources), not what it imports."""
    folder = Path(__file__).resolve().parents[1]
    imported = set()
    for path in folder.glob("*.py"):
        if path.name in ("demo.py", "factories.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert imported & {"outils", "formations", "videos", "hub"} == set()
