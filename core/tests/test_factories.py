"""Every app's factories build live, routable pages in French, translatable in English."""

import pytest

from core.factories import translate
from formations.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from hub.factories import (
    ContentPageFactory,
    HubPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from outils.factories import ToolIndexPageFactory, ToolPageFactory
from videos.factories import VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db


def test_every_factory_builds_a_page_a_visitor_can_open(client, home_pages):
    home_fr, _ = home_pages
    hub = HubPageFactory(parent=home_fr)
    news = NewsIndexPageFactory(parent=home_fr)
    projects = ProjectIndexPageFactory(parent=hub)
    bank = ToolIndexPageFactory(parent=home_fr)
    catalogue = TrainingIndexPageFactory(parent=home_fr)
    gallery = VideoIndexPageFactory(parent=home_fr)
    pages = [
        hub, news, projects, bank, catalogue, gallery,
        ContentPageFactory(parent=hub), NewsPageFactory(parent=news),
        ProjectPageFactory(parent=projects), ToolPageFactory(parent=bank, tags=["accueil"]),
        TrainingModulePageFactory(parent=catalogue), VideoPageFactory(parent=gallery),
    ]  # fmt: skip
    for page in pages:
        assert page.live and page.locale.language_code == "fr"
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
    tool = pages[9]
    assert list(tool.tags.names()) == ["accueil"]
    assert [a.code for a in tool.axes.all()] == ["care"]


def test_translate_gives_a_live_english_page(client, home_pages):
    home_fr, _ = home_pages
    bank = ToolIndexPageFactory(parent=home_fr)
    english = translate(bank, title="Tool bank", slug="tools")
    assert english.locale.language_code == "en" and english.live
    assert client.get("/en/tools/").status_code == 200
