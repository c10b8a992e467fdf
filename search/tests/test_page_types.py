"""The real page types in the results: type badges, counts per type, summaries, access."""

import re

import pytest

from core.access import sync_staff_restriction
from core.pagetree import ensure_pair

pytestmark = pytest.mark.django_db


def titles(response):
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)</a>', html)


def type_counts(response):
    """{label: count} from the type filter."""
    html = response.content.decode()
    return {
        label.strip(): int(count)
        for label, count in re.findall(
            r'<li><a href="\?q=[^"]*"[^>]*>([^<]+)<span class="search-types__count">\((\d+)\)',
            html,
        )
    }


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def trainings(home_pages):
    from formations.models import TrainingIndexPage

    index, _ = ensure_pair(
        home_pages[0], TrainingIndexPage, "formations", fr={"title": "Formations"},
        en={"title": "Trainings", "slug": "trainings"},
    )  # fmt: skip
    return index


@pytest.fixture
def videos(home_pages):
    from videos.models import VideoIndexPage

    index, _ = ensure_pair(
        home_pages[0], VideoIndexPage, "videos", fr={"title": "Vidéos"},
        en={"title": "Videos", "slug": "videos"},
    )  # fmt: skip
    return index


def add_training(index, title, **fields):
    from formations.models import TrainingModulePage

    return publish(index, TrainingModulePage(title=title, **fields))


def add_video(index, title, **fields):
    from videos.models import VideoPage

    fields.setdefault("video_url", "https://vimeo.com/76979871")
    return publish(index, VideoPage(title=title, **fields))


def test_each_type_has_its_badge_count_and_filter(client, trainings, videos, add_page):
    add_training(trainings, "Impliquer un usager-ressource", summary="Un module de trois heures.")
    add_video(videos, "L’usager-ressource au comité", description="<p>Un témoignage filmé.</p>")
    add_page("Rôle de l’usager-ressource")

    response = client.get("/fr/recherche/", {"q": "ressource"})
    html = response.content.decode()
    assert sorted(titles(response)) == [
        "Impliquer un usager-ressource",
        "L’usager-ressource au comité",
        "Rôle de l’usager-ressource",
    ]
    assert type_counts(response) == {
        "Tout": 3, "Formations": 1, "Vidéos": 1, "Autres pages": 1,
    }  # fmt: skip
    for badge in ("Formation", "Vidéo", "Page"):
        assert f'<span class="badge">{badge}</span>' in html
    # Summaries come from each type's own field, as plain text.
    assert "Un module de trois heures." in html
    assert "Un témoignage filmé." in html
    assert "<p>Un témoignage filmé.</p>" not in html

    only_videos = client.get("/fr/recherche/", {"q": "ressource", "type": "video"})
    assert titles(only_videos) == ["L’usager-ressource au comité"]
    # Counts stay those of the whole search, so the other types remain one click away.
    assert type_counts(only_videos)["Formations"] == 1
    assert 'aria-current="page">Vidéos' in only_videos.content.decode()

    only_pages = client.get("/fr/recherche/", {"q": "ressource", "type": "page"})
    assert titles(only_pages) == ["Rôle de l’usager-ressource"]


def test_results_show_where_each_page_lives(client, trainings):
    add_training(trainings, "Partenariat dans l’organisation des soins")
    html = client.get("/fr/recherche/", {"q": "organisation"}).content.decode()
    place = re.search(r'class="search-result__place">(.*?)</p>', html).group(1)
    assert re.findall(r'class="search-result__crumb">([^<]*)<', place)[-1] == "Formations"


def test_restricted_training_is_hidden_from_counts_too(client, trainings, staff_user):
    internal = add_training(trainings, "Atelier interne de codéveloppement")
    sync_staff_restriction(internal, True)
    response = client.get("/fr/recherche/", {"q": "codéveloppement"})
    assert titles(response) == []
    assert "Formations" not in type_counts(response)
    client.force_login(staff_user)
    response = client.get("/fr/recherche/", {"q": "codéveloppement"})
    assert titles(response) == ["Atelier interne de codéveloppement"]
    assert type_counts(response)["Formations"] == 1


def test_query_count_same_for_10_and_60_trainings(client, trainings):
    """One query per page type shown (bounded by the number of types), none per result."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(10):
        add_training(trainings, f"Atelier formation {n}", slug=f"atelier-{n}")
    for n in range(60):
        add_training(trainings, f"Séance formation {n}", slug=f"seance-{n}")

    def count(query):
        client.get("/fr/recherche/", {"q": query, "type": ""})
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/fr/recherche/", {"q": query, "type": ""})
        return len(ctx), len(titles(response))

    (few, shown_few), (many, shown_many) = count("atelier"), count("séance")
    assert (shown_few, shown_many) == (10, 20)
    assert few == many


def test_empty_query_lists_the_sections_present(client, trainings, videos):
    html = client.get("/fr/recherche/").content.decode()
    assert 'href="/fr/formations/">Formations</a>' in html
    assert 'href="/fr/videos/">Vidéos</a>' in html
    html = client.get("/en/search/").content.decode()
    assert 'href="/en/trainings/">Trainings</a>' in html


def test_training_modules_are_found_by_their_type_and_title_words_in_both_languages(
    client, trainings
):
    """« formation » found neither demo module: their titles do not say it."""
    from core.pagetree import ensure_translation

    involve = add_training(trainings, "Impliquer un usager-ressource dans un projet")
    context = add_training(trainings, "Le partenariat en contexte d’organisation des soins")
    ensure_translation(involve, title="Involving a resource user in a project", slug="involving")
    ensure_translation(context, title="Partnership in organising care", slug="organising")

    for query in ("formation", "formations", "module de formation"):
        found = titles(client.get("/fr/recherche/", {"q": query, "type": "training"}))
        assert sorted(found) == sorted([involve.title, context.title]), query
    for query in ("training", "trainings", "training module"):
        found = titles(client.get("/en/search/", {"q": query, "type": "training"}))
        assert sorted(found) == [
            "Involving a resource user in a project",
            "Partnership in organising care",
        ], query
    # Their own title words, in each language, rank them first.
    assert titles(client.get("/fr/recherche/", {"q": "usager-ressource projet"}))[0] == (
        involve.title
    )
    assert titles(client.get("/en/search/", {"q": "organising care"}))[0] == (
        "Partnership in organising care"
    )
    # Without the type filter too.
    assert {involve.title, context.title} <= set(
        titles(client.get("/fr/recherche/", {"q": "formation"}))
    )
