"""The open catalogue: public tools as CSV and JSON, reusable by another institution."""

import csv
import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model

from outils.models import ToolDocument, ToolPage

pytestmark = pytest.mark.django_db


def catalogue_json(client, url="/fr/outils/catalogue.json"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def catalogue_rows(client, url="/fr/outils/catalogue.csv"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads the accents as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.fixture
def tools(make_tool):
    document = get_document_model()(title="Grille à imprimer")
    document.file.save("grille.pdf", ContentFile(b"%PDF-1.4 grille"), save=False)
    document.save()
    public = make_tool(
        "Grille d’observation", axes=["care", "improvement"], audiences=["managers"],
        tool_type="checklist", tags=["accueil", "plan"], translate=True,
        source_institution="CISSS de Chaudière-Appalaches",
    )  # fmt: skip
    public.attached_documents = [ToolDocument(document=document)]
    public.save_revision().publish()
    make_tool("Seulement en français", axes=["experience"], audiences=["committees"])
    make_tool("Note interne du bureau", staff=True)
    return public


def test_the_json_lists_public_tools_with_codes_and_both_languages(client, tools, staff_user):
    client.force_login(staff_user)  # a catalogue is public: the same for staff
    catalogue = catalogue_json(client)
    titles = [item["title"]["fr"] for item in catalogue["dataset"]]
    assert titles == ["Grille d’observation", "Seulement en français"]
    assert "Note interne du bureau" not in json.dumps(catalogue, ensure_ascii=False)
    item = catalogue["dataset"][0]
    assert item["title"]["en"] == "Grille d’observation (EN)"
    assert item["theme"] == ["care", "improvement"] and item["audience"] == ["managers"]
    assert item["type"] == "checklist" and item["keyword"] == ["accueil", "plan"]
    assert item["landingPage"]["fr"].endswith("/fr/outils/outil-1/")
    assert item["distribution"][0]["format"] == "PDF"
    assert "/documents/" in item["distribution"][0]["downloadURL"]
    assert catalogue["license"] == "CC BY-NC-SA 4.0"
    assert "en" not in catalogue["dataset"][1]["title"]


def test_the_english_url_gives_the_same_catalogue(client, tools):
    assert (
        catalogue_json(client, "/en/tools/catalogue.json")["dataset"]
        == (catalogue_json(client)["dataset"])
    )


def test_the_csv_has_the_inventory_columns_and_neutralises_formulas(client, make_tool):
    make_tool("=1+1 outil", axes=["care"])
    rows = catalogue_rows(client)
    assert rows[0]["title"] == "'=1+1 outil"
    assert rows[0]["axes"] == "care" and rows[0]["type"] == "guide"
    assert rows[0]["license"] == "CC BY-NC-SA 4.0"


def test_a_tool_made_staff_only_leaves_the_catalogue_at_once(client, tools):
    assert len(catalogue_json(client)["dataset"]) == 2
    tools.staff_only = True
    tools.save_revision().publish()
    assert [i["title"]["fr"] for i in catalogue_json(client)["dataset"]] == [
        "Seulement en français"
    ]


def test_the_catalogue_round_trips_into_an_empty_tool_bank(client, tools, tmp_path):
    rows_before = catalogue_rows(client)
    path = tmp_path / "catalogue-autre-cisss.csv"
    path.write_bytes(client.get("/fr/outils/catalogue.csv").content)
    ToolPage.objects.all().delete()
    call_command("import_tools", str(path), stdout=io.StringIO())
    imported = ToolPage.objects.filter(locale__language_code="fr").order_by("title")
    assert [tool.title for tool in imported] == ["Grille d’observation", "Seulement en français"]
    grid = imported[0]
    assert sorted(a.code for a in grid.axes.all()) == ["care", "improvement"]
    assert grid.tool_type.code == "checklist"
    assert sorted(t.name for t in grid.tags.all()) == ["accueil", "plan"]
    assert grid.source_institution == "CISSS de Chaudière-Appalaches"  # the attribution
    rows_after = catalogue_rows(client)
    keep = ["title", "summary", "axes", "audiences", "type", "tags", "source", "language"]
    assert [{k: r[k] for k in keep} for r in rows_after] == [
        {k: r[k] for k in keep} for r in rows_before
    ]
