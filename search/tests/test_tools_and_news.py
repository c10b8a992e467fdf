"""Tools and news in site search (skipped until the tool bank and the hub have landed)."""

import re

import pytest
from django.apps import apps
from django.db import connection

from core.pagetree import ensure_pair

pytestmark = pytest.mark.django_db


def has_model(app_label, model_name):
    try:
        apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return True


needs_tools = pytest.mark.skipif(
    not has_model("outils", "ToolPage"), reason="the tool bank has not landed yet"
)
needs_news = pytest.mark.skipif(
    not has_model("hub", "NewsPage"), reason="the hub has not landed yet"
)


def titles(response):
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)</a>', html)


@pytest.fixture
def tool_index(home_pages):
    ToolIndexPage = apps.get_model("outils", "ToolIndexPage")
    index, _ = ensure_pair(
        home_pages[0], ToolIndexPage, "outils", fr={"title": "Outils"},
        en={"title": "Tools", "slug": "tools"},
    )  # fmt: skip
    return index


@pytest.fixture
def add_tool(tool_index):
    from vocabulary.models import Audience, Axis, ToolType

    ToolPage = apps.get_model("outils", "ToolPage")

    def add(title, summary="Un outil.", staff_only=False, **fields):
        page = ToolPage(
            title=title,
            summary=summary,
            staff_only=staff_only,
            tool_type=ToolType.objects.order_by("pk").first(),
            **fields,
        )
        page.axes.set(Axis.objects.filter(code="care"))
        page.audiences.set(Audience.objects.order_by("pk")[:1])
        tool_index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return add


@needs_tools
def test_tools_have_their_badge_count_and_summary(client, add_tool, add_page):
    add_tool("Gabarit de plan d’intégration", summary="Pour accueillir un usager-ressource.")
    add_page("Plan stratégique")
    response = client.get("/fr/recherche/", {"q": "plan"})
    html = response.content.decode()
    assert sorted(titles(response)) == ["Gabarit de plan d’intégration", "Plan stratégique"]
    assert '<span class="badge">Outil</span>' in html
    assert "Pour accueillir un usager-ressource." in html
    assert re.search(r'type=tool"[^>]*>Outils <span class="search-types__count">\(1\)', html)
    assert titles(client.get("/fr/recherche/", {"q": "plan", "type": "tool"})) == [
        "Gabarit de plan d’intégration"
    ]


@needs_tools
def test_staff_only_tools_never_show_to_the_public(client, add_tool, staff_user):
    add_tool("Questionnaire public d’expérience")
    add_tool("Questionnaire interne d’expérience", staff_only=True)
    response = client.get("/fr/recherche/", {"q": "questionnaire"})
    assert titles(response) == ["Questionnaire public d’expérience"]
    assert "interne" not in response.content.decode()
    assert "(2)" not in response.content.decode()
    client.force_login(staff_user)
    assert len(titles(client.get("/fr/recherche/", {"q": "questionnaire"}))) == 2


@needs_tools
def test_a_tool_is_found_by_its_summary(client, add_tool):
    add_tool("Aide-mémoire", summary="Les rôles attendus du personnel envers l’usager partenaire.")
    assert titles(client.get("/fr/recherche/", {"q": "rôles attendus"})) == ["Aide-mémoire"]


@needs_tools
def test_postgresql_title_outranks_summary_outranks_body(client, add_tool):
    if connection.vendor != "postgresql":
        pytest.skip("ranking weights are PostgreSQL's")
    add_tool(
        "Fiche d’accueil",
        summary="Une fiche simple.",
        body=[("paragraph", "<p>Prévoir la reconnaissance des usagers.</p>")],
    )
    add_tool("Guide pratique", summary="Reconnaissance et remerciements des usagers.")
    add_tool("Reconnaissance des usagers partenaires", summary="Un guide.")
    assert titles(client.get("/fr/recherche/", {"q": "reconnaissance"})) == [
        "Reconnaissance des usagers partenaires",
        "Guide pratique",
        "Fiche d’accueil",
    ]


@needs_tools
def test_tool_bank_entry_points_on_empty_and_no_result_pages(client, tool_index):
    html = client.get("/fr/recherche/").content.decode()
    for code in ("care", "experience", "improvement"):
        assert f'href="/fr/outils/?axis={code}"' in html
    assert 'href="/en/tools/?axis=care"' in client.get("/en/search/").content.decode()
    html = client.get("/fr/recherche/", {"q": "zzyzx"}).content.decode()
    assert 'href="/fr/outils/"' in html


@needs_news
def test_news_have_their_badge(client, home_pages):
    NewsIndexPage = apps.get_model("hub", "NewsIndexPage")
    NewsPage = apps.get_model("hub", "NewsPage")
    index, _ = ensure_pair(
        home_pages[0], NewsIndexPage, "nouvelles", fr={"title": "Nouvelles"},
        en={"title": "News", "slug": "news"},
    )  # fmt: skip
    news = NewsPage(title="Lancement du comité des usagers", summary="Une première rencontre.")
    index.add_child(instance=news)
    news.save_revision().publish()
    response = client.get("/fr/recherche/", {"q": "lancement"})
    html = response.content.decode()
    assert titles(response) == ["Lancement du comité des usagers"]
    assert '<span class="badge">Nouvelle</span>' in html
    assert "Une première rencontre." in html
    assert titles(client.get("/fr/recherche/", {"q": "lancement", "type": "news"})) == [
        "Lancement du comité des usagers"
    ]


@needs_tools
def test_empty_query_shows_featured_tools_the_visitor_may_see(
    client, home_pages, add_tool, staff_user
):
    from home.models import HomeFeaturedPage

    public = add_tool("Plan d’intégration", summary="Accueillir un usager-ressource.")
    internal = add_tool("Grille interne", staff_only=True)
    home = home_pages[0]
    for page in (public, internal):
        HomeFeaturedPage.objects.create(home=home, page=page)
    html = client.get("/fr/recherche/").content.decode()
    assert "Outils en vedette" in html
    assert "Plan d’intégration" in html
    assert "Accueillir un usager-ressource." in html
    assert "Grille interne" not in html
    client.force_login(staff_user)
    assert "Grille interne" in client.get("/fr/recherche/").content.decode()
