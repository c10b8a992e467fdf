"""The session kit holds everything for a session; the guide's start time is the trainer's.

The ZIP: the guide as PDF (drawn on the server) and HTML, the module's materials, the
files of the tools « Matériel à préparer » lists, an index file; only the files the
user may download; the same bytes twice; rebuilt when a material changes.
"""

import io
import re
import zipfile

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from core.factories import translate
from formations import kit
from formations.tests.test_modules import SECRET, activity, add_module
from outils.factories import ToolIndexPageFactory, ToolPageFactory, terms
from outils.models import ToolDocument
from vocabulary.models import Audience, Axis, ToolType

pytestmark = pytest.mark.django_db
MODULE_URL = "/fr/formations/module-trousse/"
FOLDER = "trousse-module-trousse/"


def _document(title, name, content, collection=None):
    document = get_document_model()(title=title)
    if collection is not None:
        document.collection = collection
    document.file.save(name, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def _tool(index, title, slug, document, staff=False):
    page = ToolPageFactory(
        parent=index, title=title, slug=slug, summary="Un outil.",
        tool_type=ToolType.objects.get(code="template"), staff_only=staff,
        axes=terms(Axis, ["improvement"]), audiences=terms(Audience, ["managers"]),
    )  # fmt: skip
    page.attached_documents = [ToolDocument(document=document, language="fr")]
    page.save_revision().publish()
    return page


@pytest.fixture
def kit_module(home_pages):
    from formations.factories import TrainingIndexPageFactory

    home_fr, _ = home_pages
    catalogue = TrainingIndexPageFactory(parent=home_fr)
    translate(catalogue, title="Trainings", slug="trainings")
    tools = ToolIndexPageFactory(parent=home_fr)
    translate(tools, title="Tools", slug="tools")
    plan = _document("Plan d’intégration", "plan.pdf", b"%PDF-plan")
    public = _tool(tools, "Plan d’intégration", "plan", plan)
    grid = _document("Grille interne", "grille.pdf", b"%PDF-grille")
    internal = _tool(tools, "Grille interne", "grille", grid, staff=True)
    office = Collection.get_first_root_node().add_child(name="Bureau seulement")
    restriction = CollectionViewRestriction.objects.create(
        collection=office, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(terms_groups(["Moderators"]))
    slides = _document("Diapositives de la séance", "diapos.pdf", b"%PDF-diapos")
    secret_sheet = _document("Fiche des modérateurs", "fiche.txt", b"reserve", collection=office)
    module = add_module(
        catalogue, "module-trousse", title="Impliquer un usager-ressource à l’étape « projet »",
        audiences=["managers"],
        objectives="<ul><li>Préparer le plan d’intégration.</li></ul>",
        agenda=[activity("Accueil", 10), activity("Exposé", 45, notes=f"<p>Note {SECRET}</p>"),
                activity("Exercice", 30, kind="exercise")],
        materials=[("material", {"kind": "slides", "document": slides}),
                   ("material", {"kind": "handout", "document": secret_sheet})],
        linked_pages=[("tool", public), ("tool", internal)],
    )  # fmt: skip
    translate(module, title="Involving a resource user", slug="module-trousse")
    return module, slides


def terms_groups(names):
    from django.contrib.auth.models import Group

    return list(Group.objects.filter(name__in=names))


def _kit(client, url=MODULE_URL + "trousse/"):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content, zipfile.ZipFile(io.BytesIO(response.content))


def _pdf_text(data):
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_kit_holds_guide_pdf_materials_tools_and_index(client, kit_module, trainer_user):
    client.force_login(trainer_user)
    content, archive = _kit(client, MODULE_URL + "trousse/?debut=13:30")
    assert archive.testzip() is None
    assert archive.namelist() == [
        FOLDER + "01-guide-animation.html",
        FOLDER + "01-guide-animation.pdf",
        FOLDER + "02-diapositives-de-la-seance.pdf",
        FOLDER + "03-plan-dintegration.pdf",
        FOLDER + "04-grille-interne.pdf",  # staff-only tool: trainers are staff
        FOLDER + "LISEZ-MOI.txt",
    ]
    assert archive.read(FOLDER + "03-plan-dintegration.pdf") == b"%PDF-plan"
    guide = _pdf_text(archive.read(FOLDER + "01-guide-animation.pdf"))
    assert "Impliquer un usager-ressource à l’étape « projet »" in guide
    assert "Matériel à préparer" in guide and "Plan d’intégration" in guide
    assert f"Note {SECRET}" in guide  # the facilitator notes, as in the print view
    assert "13 h 30" in guide and "13 h 40" in guide and "14 h 25" in guide
    index = archive.read(FOLDER + "LISEZ-MOI.txt").decode()
    for name in (
        "01-guide-animation.pdf",
        "02-diapositives-de-la-seance.pdf",
        "04-grille-interne.pdf",
    ):
        assert name in index
    assert "Fiche des modérateurs" not in index
    # Every entry has the same fixed date.
    assert {info.date_time for info in archive.infolist()} == {kit.FIXED_DATE}


def test_restricted_files_reach_only_those_allowed(client, kit_module, moderator_user, staff_user):
    client.force_login(moderator_user)
    _content, archive = _kit(client)
    assert FOLDER + "03-fiche-des-moderateurs.txt" in archive.namelist()
    assert "Fiche des modérateurs" in archive.read(FOLDER + "LISEZ-MOI.txt").decode()
    client.logout()
    assert client.get(MODULE_URL + "trousse/").status_code == 404  # anonymous
    client.force_login(staff_user)
    assert client.get(MODULE_URL + "trousse/").status_code == 404  # staff, not a trainer


def test_english_kit_has_a_readme(client, kit_module, trainer_user):
    client.force_login(trainer_user)
    _content, archive = _kit(client, "/en/trainings/module-trousse/trousse/")
    names = archive.namelist()
    assert names[-1] == FOLDER + "README.txt"
    assert "Involving a resource user" in _pdf_text(archive.read(FOLDER + "01-guide-animation.pdf"))


def test_kit_is_the_same_bytes_twice_and_cached_until_a_material_changes(
    client, kit_module, trainer_user, monkeypatch
):
    module, slides = kit_module
    client.force_login(trainer_user)
    builds = []
    real_zip = kit._zip
    monkeypatch.setattr(kit, "_zip", lambda *a: builds.append(1) or real_zip(*a))
    first, _archive = _kit(client)
    again, _archive = _kit(client)
    assert again == first and len(builds) == 1  # served from the cache
    from django.core.cache import cache

    cache.clear()
    rebuilt, _archive = _kit(client)
    assert rebuilt == first and len(builds) == 2  # same bytes when drawn again
    # A new version of the slides: a new kit with the new file.
    slides.file.save("diapos-v2.pdf", ContentFile(b"%PDF-diapos-v2"), save=False)
    slides.file_size = 14
    slides.save()
    changed, archive = _kit(client)
    assert len(builds) == 3 and changed != first
    assert archive.read(FOLDER + "02-diapositives-de-la-seance.pdf") == b"%PDF-diapos-v2"
    # Publishing the module again (an edit) also gives a new kit.
    module.title = "Module révisé"
    module.save_revision().publish()
    _kit(client)
    assert len(builds) == 4


def test_debut_shifts_the_schedule(client, kit_module, trainer_user):
    client.force_login(trainer_user)
    html = client.get(MODULE_URL + "guide/?debut=13:30").content.decode()
    for clock in (
        "13\u00a0h\u00a030",
        "13\u00a0h\u00a040",
        "14\u00a0h\u00a025",
        "14\u00a0h\u00a055",
    ):
        assert clock in html
    assert 'name="debut" value="13:30"' in html
    assert "trousse/?debut=13%3A30" in html
    assert "n’est pas une heure valide" not in html


@pytest.mark.parametrize("value", ["25:00", "midi", "<b>x</b>", "13:3", "-1:00"])
def test_bad_debut_falls_back_to_nine_with_a_french_message(
    client, kit_module, trainer_user, value
):
    client.force_login(trainer_user)
    response = client.get(MODULE_URL + "guide/", {"debut": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "n’est pas une heure valide" in html and "9\u00a0h\u00a000" in html
    assert "<b>x</b>" not in html
    assert client.get(MODULE_URL + "trousse/", {"debut": value}).status_code == 200
