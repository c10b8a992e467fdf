"""Training modules: computed durations, trainer-only notes on every surface, guide, kit."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.factories import translate
from formations.factories import TrainingIndexPageFactory
from formations.models import (
    TrainingIndexPage,
    TrainingModulePage,
    format_minutes,
    parse_start,
)
from home.models import HomePage
from vocabulary.models import Audience, Axis

pytestmark = pytest.mark.django_db
SECRET = "Zorglubien"  # a word that appears only in facilitator notes
MODULE_URL = "/fr/formations/module/"


@pytest.fixture
def catalogue(home_pages):
    home_fr, _ = home_pages
    index = TrainingIndexPageFactory(parent=home_fr)
    translate(index, title="Trainings", slug="trainings")
    return index


def activity(title, minutes, kind="presentation", notes="", page=None):
    return ("activity", {"title": title, "duration": minutes, "kind": kind,
                         "description": f"<p>Description de {title}</p>",
                         "facilitator_notes": notes, "linked_page": page})  # fmt: skip


def add_module(index, slug, axes=(), audiences=(), **fields):
    fields.setdefault("title", slug)
    page = TrainingModulePage(slug=slug, **fields)
    page.axes.set(Axis.objects.filter(code__in=axes))
    page.audiences.set(Audience.objects.filter(code__in=audiences))
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def document(name, content=b"contenu"):
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(content))
    doc.save()
    return doc


@pytest.fixture
def module(catalogue):
    return add_module(
        catalogue, "module", title="Module de démonstration", axes=["improvement"],
        audiences=["managers"],
        agenda=[
            activity("Accueil", 10),
            activity("Exposé", 45, notes=f"<p>Note {SECRET} pour l’animation</p>"),
            activity("Pause", 15, kind="break"),
            activity("Exercice", 65, kind="exercise", notes=f"<p>Former des équipes {SECRET}</p>"),
        ],
        exercises=[("exercise", {"title": "Cibles et obstacles", "instructions": "",
                                 "questions": ["Vos cibles d’amélioration ?", "Les obstacles ?"]})],
    )  # fmt: skip


def test_total_duration_is_the_sum_of_the_agenda(client, module):
    assert module.duration_minutes == 135
    html = client.get(MODULE_URL).content.decode()
    assert "2\u00a0h\u00a015" in html
    assert format_minutes(135, "en") == "2\u00a0h\u00a015\u00a0min"
    assert format_minutes(45, "fr") == "45\u00a0min"
    assert format_minutes(120, "fr") == "2\u00a0h"


def test_duration_follows_edits_of_the_agenda(module):
    module.agenda = [activity("Seule activité", 20)]
    module.save_revision().publish()
    module.refresh_from_db()
    assert module.duration_minutes == 20


def test_module_page_shows_objectives_agenda_and_exercise_questions(client, module):
    html = client.get(MODULE_URL).content.decode()
    assert "Vos cibles d’amélioration ?" in html
    assert "Exposé" in html and "45&nbsp;min" in html


@pytest.mark.parametrize("who", [None, "staff", "plain"])
def test_notes_never_reach_non_trainers_on_the_page(client, module, make_user, staff_user, who):
    if who == "staff":
        client.force_login(staff_user)
    elif who == "plain":
        client.force_login(make_user("someone"))
    html = client.get(MODULE_URL).content.decode()
    assert SECRET not in html
    assert "guide/" not in html
    assert client.get(MODULE_URL + "guide/").status_code == 404
    assert client.get(MODULE_URL + "trousse/").status_code == 404


@pytest.mark.parametrize("fixture", ["trainer_user", "editor_user", "moderator_user"])
def test_trainers_and_editors_see_the_notes(client, module, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    response = client.get(MODULE_URL)
    assert SECRET in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_notes_are_not_in_site_search(client, module, trainer_user):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get(f"/fr/recherche/?q={SECRET}").content.decode()
    assert "Module de démonstration" not in html
    # The public agenda text is searchable.
    assert "Module de démonstration" in client.get("/fr/recherche/?q=Exposé").content.decode()
    client.force_login(trainer_user)
    assert (
        "Module de démonstration" not in client.get(f"/fr/recherche/?q={SECRET}").content.decode()
    )


def test_notes_are_not_in_the_api(client, module):
    data = client.get(
        "/api/v2/pages/?type=formations.TrainingModulePage&fields=*&limit=20"
    ).content.decode()
    assert "Module de démonstration" in data
    assert "public_agenda" in data and "Exposé" in data
    assert SECRET not in data
    detail = client.get(f"/api/v2/pages/{module.pk}/").content.decode()
    assert SECRET not in detail


def test_notes_are_not_in_the_sitemap(client, module):
    body = client.get("/sitemap-pages.xml").content.decode()
    assert "/fr/formations/module/" in body
    assert SECRET not in body
    assert "guide/" not in body and "trousse/" not in body


def test_guide_computes_running_start_times(client, module, trainer_user):
    client.force_login(trainer_user)
    html = client.get(MODULE_URL + "guide/?start=13:30").content.decode()
    clocks = ("13\u00a0h\u00a030", "13\u00a0h\u00a040", "14\u00a0h\u00a025", "14\u00a0h\u00a040")
    for clock in (*clocks,
                  "15\u00a0h\u00a045"):  # fmt: skip
        assert clock in html
    assert SECRET in html
    assert "Vos cibles d’amélioration ?" in html
    assert 'href="/static/formations/guide.css"' in html


@pytest.mark.parametrize(
    "start", ["25:00", "abc", "<script>alert(1)</script>", "9" * 18, "13:3", "-1:00", "%00"]
)
def test_guide_bad_start_falls_back_to_nine(client, module, trainer_user, start):
    client.force_login(trainer_user)
    response = client.get(MODULE_URL + "guide/", {"start": start})
    assert response.status_code == 200
    html = response.content.decode()
    assert "9\u00a0h\u00a000" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize("start", ["9" * 500, "9\x00", "\x00"])
def test_guide_nul_or_huge_start_is_refused(client, module, trainer_user, start):
    client.force_login(trainer_user)
    response = client.get(MODULE_URL + "guide/", {"start": start})
    assert response.status_code == 400
    assert "Requête invalide" in response.content.decode()


def test_parse_start_accepts_french_forms():
    assert parse_start("13h30") == (13, 30)
    assert parse_start("9 h") == (9, 0)
    assert parse_start("08:05") == (8, 5)
    assert parse_start("24:00") is None


def test_kit_holds_the_guide_and_every_material_in_order(client, module, trainer_user):
    module.materials = [
        ("material", {"kind": "slides", "document": document("Diapositives.pdf", b"%PDF-1.4")}),
        ("material", {"kind": "handout", "document": document("Fiche exercice.txt", b"Q1")}),
    ]
    module.save_revision().publish()
    client.force_login(trainer_user)
    response = client.get(MODULE_URL + "trousse/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="trousse-module.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    assert archive.namelist() == [
        "trousse-module/01-guide-animation.html",
        "trousse-module/01-guide-animation.pdf",
        "trousse-module/02-diapositivespdf.pdf",
        "trousse-module/03-fiche-exercicetxt.txt",
        "trousse-module/LISEZ-MOI.txt",
    ]
    guide = archive.read("trousse-module/01-guide-animation.html").decode()
    assert SECRET in guide and "<style>" in guide
    assert archive.read("trousse-module/03-fiche-exercicetxt.txt") == b"Q1"
    # Same module, same archive.
    assert client.get(MODULE_URL + "trousse/").content == response.content


def test_kit_of_a_module_without_materials_is_valid(client, module, trainer_user):
    client.force_login(trainer_user)
    archive = zipfile.ZipFile(io.BytesIO(client.get(MODULE_URL + "trousse/").content))
    assert archive.namelist() == [
        "trousse-module/01-guide-animation.html",
        "trousse-module/01-guide-animation.pdf",
        "trousse-module/LISEZ-MOI.txt",
    ]


def test_linked_staff_only_tool_is_hidden_from_anonymous(client, catalogue, home_pages, staff_user):
    from core.access import sync_staff_restriction

    secret_tool = Page(title="Outil interne confidentiel", slug="outil-interne")
    home_pages[0].add_child(instance=secret_tool)
    secret_tool.save_revision().publish()
    sync_staff_restriction(secret_tool, True)
    add_module(catalogue, "lie", agenda=[activity("A", 10, page=secret_tool)],
               linked_pages=[("tool", secret_tool)])  # fmt: skip
    assert "Outil interne confidentiel" not in client.get("/fr/formations/lie/").content.decode()
    client.force_login(staff_user)
    assert "Outil interne confidentiel" in client.get("/fr/formations/lie/").content.decode()


def test_catalogue_filters_by_audience_axis_and_format(client, catalogue):
    add_module(catalogue, "gestion", title="Pour gestionnaires", audiences=["managers"],
               axes=["care"], delivery_format="in_person", agenda=[activity("A", 90)])  # fmt: skip
    add_module(catalogue, "equipes", title="Pour équipes", audiences=["clinicians"],
               axes=["improvement"], delivery_format="virtual")  # fmt: skip
    html = client.get("/fr/formations/?audience=managers").content.decode()
    assert "Pour gestionnaires" in html and "Pour équipes" not in html
    assert "1\u00a0h\u00a030" in html and "En présence" in html
    html = client.get("/fr/formations/?axis=improvement").content.decode()
    assert "Pour équipes" in html and "Pour gestionnaires" not in html
    html = client.get("/fr/formations/?format=virtual").content.decode()
    assert "Pour équipes" in html and "Pour gestionnaires" not in html


@pytest.mark.parametrize(
    ("query", "status"),
    [("audience=zzz", 200), ("axis=<b>x</b>", 200), ("format=%ff", 200), ("page=abc", 200),
     ("page=999999", 200), ("format=x&" * 300, 200), ("format=%00", 400),
     ("page=99999999999999999999", 400)],
)  # fmt: skip
def test_catalogue_bad_input_is_harmless(client, catalogue, query, status):
    add_module(catalogue, "gestion", title="Pour gestionnaires")
    response = client.get(f"/fr/formations/?{query}")
    # A NUL character or an integer beyond 64 bits: 400 (core.guards).
    assert response.status_code == status
    assert "<b>x</b>" not in response.content.decode()


def test_catalogue_query_count_does_not_grow(client, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get("/fr/formations/?audience=managers")
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/fr/formations/?audience=managers").status_code == 200
        return len(ctx.captured_queries)

    for i in range(10):
        add_module(catalogue, f"m{i}", audiences=["managers"], agenda=[activity("A", 10)])
    ten = count()
    for i in range(10, 30):
        add_module(catalogue, f"m{i}", audiences=["managers"], agenda=[activity("A", 10)])
    assert count() == ten


def test_module_page_query_count_does_not_grow_with_the_agenda(client, catalogue, trainer_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    tools = []
    for i in range(12):
        tool = Page(title=f"Outil {i}", slug=f"outil-{i}")
        catalogue.get_parent().add_child(instance=tool)
        tool.save_revision().publish()
        tools.append(tool)
    add_module(catalogue, "petit", agenda=[activity(f"A{i}", 5, page=tools[i]) for i in range(2)],
               linked_pages=[("tool", t) for t in tools[:2]])  # fmt: skip
    add_module(catalogue, "grand", agenda=[activity(f"A{i}", 5, page=tools[i]) for i in range(12)],
               linked_pages=[("tool", t) for t in tools])  # fmt: skip
    client.force_login(trainer_user)
    counts = []
    for slug in ("petit", "grand"):
        for path in ("", "guide/"):
            client.get(f"/fr/formations/{slug}/{path}")
            with CaptureQueriesContext(connection) as ctx:
                client.get(f"/fr/formations/{slug}/{path}")
            counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[2]
    assert counts[1] == counts[3]


def test_home_page_lists_trainings(client, module):
    html = client.get("/fr/").content.decode()
    assert 'id="home-trainings"' in html
    assert "Module de démonstration" in html
    assert html.index('id="home-trainings"') < html.index("Module de démonstration")


def test_english_module_lives_under_trainings(client, module):
    from core.pagetree import ensure_translation

    ensure_translation(module, title="Demo module", slug="module")
    response = client.get("/en/trainings/module/")
    assert response.status_code == 200
    assert "2\u00a0h\u00a015\u00a0min" in response.content.decode()


class TestTrainingTree(WagtailPageTestCase):
    def test_tree(self):
        self.assertCanCreateAt(HomePage, TrainingIndexPage)
        self.assertCanCreateAt(TrainingIndexPage, TrainingModulePage)
        self.assertCanNotCreateAt(HomePage, TrainingModulePage)
        self.assertCanNotCreateAt(TrainingModulePage, TrainingModulePage)
