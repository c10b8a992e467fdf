"""The open catalogue: public tools as CSV and JSON, reusable by another institution."""

import csv
import http.server
import io
import json
import threading

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
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


def test_another_institutions_json_catalogue_imports_after_a_dry_run(client, tools, tmp_path):
    path = tmp_path / "catalogue.json"
    path.write_bytes(client.get("/fr/outils/catalogue.json").content)
    ToolPage.objects.all().delete()
    out = io.StringIO()
    call_command("import_tools", str(path), "--dry-run", stdout=out)
    assert "2 à créer" in out.getvalue() and "catalogue ouvert JSON" in out.getvalue()
    assert not ToolPage.objects.exists()
    call_command("import_tools", str(path), stdout=io.StringIO())
    titles = sorted(ToolPage.objects.values_list("title", flat=True))
    assert titles == ["Grille d’observation", "Seulement en français"]
    # Imported again: recognised by their source id, nothing doubled.
    out = io.StringIO()
    call_command("import_tools", str(path), stdout=out)
    assert ToolPage.objects.count() == 2 and "existe déjà" in out.getvalue()


def test_a_catalogue_with_a_bad_row_imports_nothing_and_says_which(tools, client, tmp_path):
    catalogue = json.loads(client.get("/fr/outils/catalogue.json").content)
    catalogue["dataset"][1]["theme"] = ["inconnu"]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    ToolPage.objects.all().delete()
    err = io.StringIO()
    with pytest.raises(CommandError, match="rien n’a été importé"):
        call_command("import_tools", str(path), stdout=io.StringIO(), stderr=err)
    assert "Ligne 3" in err.getvalue()
    assert not ToolPage.objects.exists()


@pytest.mark.parametrize("content", [b"{}", b"[1, 2]", b"pas du json", b'{"dataset": [3]}'])
def test_a_json_file_that_is_no_catalogue_gets_a_french_message(db, tmp_path, content):
    path = tmp_path / "autre.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match="n’est pas un catalogue ouvert"):
        call_command("import_tools", str(path), stdout=io.StringIO())


@pytest.fixture
def catalogue_server():
    """Another institution's site on loopback, serving the bytes it is given at any path."""
    served = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            body, content_type = served["body"], served["type"]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(body, content_type):
        served.update(body=body, type=content_type)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    server.shutdown()
    server.server_close()


def test_import_tools_reads_a_catalogue_at_its_url(client, tools, catalogue_server):
    response = client.get("/fr/outils/catalogue.json")
    base = catalogue_server(response.content, response["Content-Type"])
    ToolPage.objects.all().delete()
    out = io.StringIO()
    # No extension in the address: the Content-Type says it is JSON.
    call_command("import_tools", f"{base}/catalogue-ouvert", stdout=out)
    assert f"Téléchargé : {base}/catalogue-ouvert" in out.getvalue()
    titles = sorted(ToolPage.objects.values_list("title", flat=True))
    assert titles == ["Grille d’observation", "Seulement en français"]


def test_an_unreachable_catalogue_url_gets_a_french_message(db):
    with pytest.raises(CommandError, match="Impossible de télécharger"):
        call_command("import_tools", "http://127.0.0.1:9/catalogue.json", stdout=io.StringIO())
