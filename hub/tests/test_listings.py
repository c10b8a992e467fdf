"""Axis pages, the project index and the news index: right items, constant query count."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.access import sync_staff_restriction
from core.pagetree import ensure_translation
from hub.models import AxisPage, NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage
from hub.tests.conftest import add_live
from vocabulary.models import Axis

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.fixture
def projects_index(hub_pages):
    hub_fr, _ = hub_pages
    index = ProjectIndexPage(title="Projets", slug="projets")
    hub_fr.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_projects(index, count, start=0, axis="improvement", **fields):
    axis_obj = Axis.objects.get(code=axis)
    pages = []
    for number in range(start, start + count):
        defaults = {
            "direction": f"Direction {number % 3}",
            "partner_users_count": 2,
            "status": "in_progress",
            "start_year": 2019,
        }
        defaults.update(fields)
        page = add_live(index, ProjectPage(title=f"Projet {number:03d}", slug=f"projet-{number}",
                                           **defaults))  # fmt: skip
        page.axes.set([axis_obj])
        page.save()  # a parental many-to-many is written on save
        pages.append(page)
    return pages


# --- Axis pages --------------------------------------------------------------------------


@pytest.fixture
def care_axis_page(hub_pages):
    hub_fr, _ = hub_pages
    page = AxisPage(title="Partenaire de ses soins", slug="axe-soins",
                    axis=Axis.objects.get(code="care"))  # fmt: skip
    hub_fr.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_axis_page_lists_every_classified_page_type_tagged_with_its_axis(
    client, care_axis_page, projects_index, staff_user
):
    make_projects(projects_index, 2, axis="care")
    make_projects(projects_index, 1, start=10, axis="experience")
    internal = make_projects(projects_index, 1, start=20, axis="care")[0]
    sync_staff_restriction(internal, True)
    response = client.get(care_axis_page.url)
    html = response.content.decode()
    assert "Projet 000" in html and "Projet 001" in html
    assert "Projet 010" not in html  # another axis
    assert "Projet 020" not in html  # staff-only, anonymous visitor
    groups = {g["model"]: g for g in response.context["groups"]}
    assert groups[ProjectPage]["total"] == 2
    client.force_login(staff_user)
    assert "Projet 020" in client.get(care_axis_page.url).content.decode()


def test_axis_page_lists_only_pages_in_its_language(client, care_axis_page, projects_index):
    project = make_projects(projects_index, 1, axis="care")[0]
    hub_en = care_axis_page.get_parent().get_translation(
        ensure_translation.__globals__["english"]()
    )
    assert hub_en  # the English hub exists; the project has no English translation
    care_en, _ = ensure_translation(care_axis_page, title="Partner in care", slug="axis-care")
    html = client.get(care_en.url).content.decode()
    assert project.title not in html


def test_axis_page_query_count_does_not_grow_with_items(client, care_axis_page, projects_index):
    make_projects(projects_index, 10, axis="care")
    few = count_queries(client, care_axis_page.url)
    make_projects(projects_index, 190, start=10, axis="care")
    many = count_queries(client, care_axis_page.url)
    assert many == few
    html = client.get(care_axis_page.url).content.decode()
    # Capped list with a link to the full listing filtered by the axis.
    assert html.count('class="card"') <= AxisPage.LISTING_LIMIT + 1
    assert "?axis=care" in html


# --- Projects ---------------------------------------------------------------------------


def test_indicators_are_computed_from_the_visible_projects(client, projects_index, staff_user):
    make_projects(projects_index, 5)  # Directions 0, 1, 2; 2 partner users each
    internal = make_projects(projects_index, 1, start=50, direction="Direction interne",
                             partner_users_count=7)[0]  # fmt: skip
    sync_staff_restriction(internal, True)
    response = client.get(projects_index.url)
    indicators = response.context["indicators"]
    visible = ProjectPage.objects.live().public()
    assert indicators["projects"] == visible.count() == 5
    assert indicators["directions"] == len(set(visible.values_list("direction", flat=True))) == 3
    assert indicators["users"] == sum(visible.values_list("partner_users_count", flat=True)) == 10
    html = response.content.decode()
    assert "5 projets" in html and "dans 3 directions" in html
    assert "10 usagers partenaires impliqués" in html
    client.force_login(staff_user)
    staff_indicators = client.get(projects_index.url).context["indicators"]
    assert staff_indicators == {"projects": 6, "directions": 4, "users": 17}


def test_project_filters_by_direction_axis_and_status(client, projects_index):
    make_projects(projects_index, 3)
    make_projects(projects_index, 2, start=10, axis="care", status="completed",
                  direction="Direction des soins")  # fmt: skip

    def titles(query):
        page = client.get(projects_index.url + query).context["projects_page"]
        return sorted(p.title for p in page)

    assert titles("?direction=direction-des-soins") == ["Projet 010", "Projet 011"]
    assert titles("?axis=care") == ["Projet 010", "Projet 011"]
    assert titles("?axis=care&axis=improvement") == [
        "Projet 000", "Projet 001", "Projet 002", "Projet 010", "Projet 011"]  # fmt: skip
    assert titles("?status=completed") == ["Projet 010", "Projet 011"]
    assert titles("?status=in_progress&axis=care") == []


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?direction=inconnue", 200),
        ("?axis=nope&axis=<script>alert(1)</script>", 200),
        ("?status=' OR 1=1 --", 200),
        ("?page=abc", 200),
        ("?page=99999", 200),
        ("?page=-1", 200),
        ("?direction=" + "x" * 5000, 200),
        ("?axis=" + "&axis=".join(["care"] * 500), 200),
        ("?status=%00%FF%F0%9F%98%80", 400),
        ("?status=%FF%F0%9F%98%80", 200),
        ("?page=99999999999999999999", 400),
        ("?direction=%E2%80%AE%EF%BF%BD", 200),
    ],
)
def test_bad_filter_input_gives_a_normal_page(client, projects_index, query, status):
    make_projects(projects_index, 3)
    response = client.get(projects_index.url + query)
    # A NUL character or an integer beyond 64 bits: 400 (core.guards); the rest is ignored.
    assert response.status_code == status
    if status == 400:
        assert "Requête invalide" in response.content.decode()
        return
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Projet 000" in html or "Aucun projet" in html


def test_project_index_query_count_does_not_grow_with_items(client, projects_index):
    make_projects(projects_index, 10)
    few = count_queries(client, projects_index.url + "?axis=improvement")
    make_projects(projects_index, 190, start=10)
    many = count_queries(client, projects_index.url + "?axis=improvement")
    assert many == few


def test_project_page_shows_what_the_contribution_changed(client, projects_index):
    project = make_projects(projects_index, 1, user_contribution="<p>Le formulaire a changé.</p>")[
        0
    ]
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    assert "Ce que la contribution des usagers a changé" in html
    assert "Le formulaire a changé." in html


# --- News and RSS -------------------------------------------------------------------------


@pytest.fixture
def news_index(home_pages):
    home_fr, _ = home_pages
    index = NewsIndexPage(title="Nouvelles", slug="nouvelles", show_in_menus=True)
    home_fr.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_news(index, count, start=0):
    first = datetime.date(2024, 1, 1)
    return [
        add_live(index, NewsPage(title=f"Nouvelle {n:03d}", slug=f"nouvelle-{n}",
                                 date=first + datetime.timedelta(days=n), summary=f"Résumé {n}"))
        for n in range(start, start + count)
    ]  # fmt: skip


def test_news_index_is_paginated_newest_first(client, news_index):
    make_news(news_index, 12)
    first = client.get(news_index.url).context["news_page"]
    assert [n.title for n in first][:2] == ["Nouvelle 011", "Nouvelle 010"]
    assert len(first) == NewsIndexPage.PER_PAGE
    second = client.get(news_index.url + "?page=2").context["news_page"]
    assert [n.title for n in second] == ["Nouvelle 001", "Nouvelle 000"]


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-3", "1e9", "%3Cb%3E", "9" * 18])
def test_news_pagination_bad_input(client, news_index, page):
    make_news(news_index, 12)
    response = client.get(f"{news_index.url}?page={page}")
    assert response.status_code == 200
    assert len(response.context["news_page"]) > 0
    assert "<b>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.parametrize("query", ["page=" + "9" * 400, "page=%00", "page=1%00"])
def test_news_pagination_nul_or_huge_page_is_refused(client, news_index, query):
    make_news(news_index, 12)
    response = client.get(f"{news_index.url}?{query}")
    assert response.status_code == 400
    assert "Requête invalide" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "status"),
    [("", 200), ("?page=2", 200), ("?x=%00", 400), ("?page=99999999999999999999", 400)],
)
def test_news_feed_bad_input(client, news_index, query, status):
    make_news(news_index, 3)
    response = client.get(f"{news_index.url}rss/{query}")
    assert response.status_code == status
    assert "\x00" not in response.content.decode()


def test_news_index_query_count_does_not_grow_with_items(client, news_index):
    make_news(news_index, 10)
    few = count_queries(client, news_index.url)
    make_news(news_index, 190, start=10)
    many = count_queries(client, news_index.url)
    assert many == few


def test_rss_feed_is_valid_rss_with_public_items_only(client, news_index, staff_user):
    public, internal = make_news(news_index, 2)
    sync_staff_restriction(internal, True)
    client.force_login(staff_user)  # even staff get a public feed: feeds are shared
    response = client.get(news_index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert (
        channel.findtext("title") and channel.findtext("link") and channel.findtext("description")
    )
    assert channel.findtext("language") == "fr"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [public.title]
    item = channel.find("item")
    assert item.findtext("link").endswith(public.url)
    assert item.findtext("pubDate")


def test_rss_feed_lists_the_current_language_only(client, hub_demo):
    english = ET.fromstring(client.get("/en/news/rss/").content)
    assert english.find("channel").findtext("language") == "en"
    titles = [i.findtext("title") for i in english.iter("item")]
    assert len(titles) == 5
    assert titles[0] == "Partnership training for every manager"
    assert "Building a winning partnership with users, families and the population" in titles
    french = ET.fromstring(client.get("/fr/nouvelles/rss/").content)
    french_titles = [i.findtext("title") for i in french.iter("item")]
    assert len(french_titles) == 5 and not set(french_titles) & set(titles)
    assert "Établir un partenariat gagnant avec les usagers, les proches et la population" in (
        french_titles
    )


def test_news_index_links_its_feed(client, news_index):
    html = client.get(news_index.url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert f'href="{news_index.url}rss/"' in html


# --- Home sections ----------------------------------------------------------------------


def test_home_shows_the_three_axes_and_the_latest_news(client, hub_demo):
    html = client.get("/fr/").content.decode()
    axes_at = html.index("Les trois axes du partenariat")
    news_at = html.index("Dernières nouvelles")
    assert axes_at < news_at
    for slug in ("axe-partenaire-de-ses-soins", "axe-temoin-de-son-vecu",
                 "axe-collaborateur-en-amelioration"):  # fmt: skip
        assert f"/fr/partenariat/{slug}/" in html
    # The three latest news (the policy's adoption, in 2018, is older than them).
    assert "/fr/nouvelles/formation-gestionnaires-comites-gestion/" in html
    assert "/fr/nouvelles/politique-partenariat-adoptee/" not in html
    english = client.get("/en/").content.decode()
    assert "The three axes of partnership" in english
    assert "/en/news/partnership-training-for-managers/" in english


def test_axis_page_names_training_modules_in_the_right_plural(client, care_axis_page, home_pages):
    from formations.factories import TrainingIndexPageFactory, TrainingModulePageFactory

    catalogue = TrainingIndexPageFactory(parent=home_pages[0])
    for _ in range(2):
        module = TrainingModulePageFactory(parent=catalogue)
        module.axes.set(Axis.objects.filter(code="care"))
        module.save_revision().publish()
    html = client.get(care_axis_page.url).content.decode()
    assert re.search(r"<h3 id=\"[^\"]+\">Modules de formation <span", html)
    assert "Module de formations" not in html and "modules de formations" not in html
