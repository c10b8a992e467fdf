"""The inventory's admin screens: upload, dry run, confirm; export of a selection."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from outils.models import ToolPage

pytestmark = pytest.mark.django_db

URL = "/admin/outils/inventaire/"
EXPORT = "/admin/outils/inventaire/export/"
HEADER = "source_id,title,summary,axes,audiences,type,tags,year,staff_only,language,link\n"
GOOD = "A1,Bon outil,Résumé,care,managers,guide,,2020,non,fr,\n"
BAD = "A2,Mauvais,Résumé,soins,managers,brochure,,20x0,non,fr,\n"


def upload(text, name="inventaire.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def dry_run_rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select(".inventory-dry-run tbody tr")
    ]


def token(response):
    field = BeautifulSoup(response.content, "html.parser").select_one("input[name=token]")
    return field["value"] if field else None


def imported():
    return sorted(
        ToolPage.objects.filter(source_id__startswith="A").values_list("title", flat=True)
    )


def test_a_dry_run_shows_each_row_and_writes_nothing(client, tool_bank, moderator_user, make_tool):
    make_tool("Déjà là", source_id="A3")
    client.force_login(moderator_user)
    response = client.post(
        URL,
        {"file": upload(HEADER + GOOD + BAD + "A3,Déjà là,Résumé,care,managers,guide,,,non,fr,\n")},
    )
    assert response.status_code == 200
    rows = dry_run_rows(response)
    assert rows[0][:3] == ["2", "Bon outil", "Sera créé"]
    assert rows[1][:3] == ["3", "Mauvais", "Erreur"]
    assert "axe inconnu : soins" in rows[1][3]
    assert "type d’outil inconnu : « brochure »" in rows[1][3]
    assert rows[2][:3] == ["4", "Déjà là", "Déjà présent : ignoré"]
    html = response.content.decode()
    assert "3 lignes traitées" in html
    assert "1 à créer, 0 à mettre à jour, 1 déjà présent(s), 1 en erreur." in html
    # All or nothing: with an invalid row, no confirmation is offered.
    assert token(response) is None
    assert imported() == ["Déjà là"]


def test_confirming_the_dry_run_imports_the_file(client, tool_bank, moderator_user):
    client.force_login(moderator_user)
    response = client.post(URL, {"file": upload(HEADER + GOOD + BAD), "skip_invalid": "on"})
    key = token(response)
    assert key
    assert imported() == []
    response = client.post(URL, {"token": key}, follow=True)
    assert (
        "Importation terminée : 1 outil(s) créé(s), 0 mis à jour, 1 ligne(s) non enregistrée(s)."
        in (response.content.decode())
    )
    assert imported() == ["Bon outil"]
    assert ToolPage.objects.get(source_id="A1").live
    # The file is used once: the same token does not import again.
    response = client.post(URL, {"token": key}, follow=True)
    assert "Cette simulation a expiré" in response.content.decode()


def test_a_new_dry_run_replaces_the_waiting_file(client, tool_bank, moderator_user):
    client.force_login(moderator_user)
    first = token(client.post(URL, {"file": upload(HEADER + GOOD)}))
    second = token(client.post(URL, {"file": upload(HEADER + GOOD.replace("Bon", "Autre"))}))
    response = client.post(URL, {"token": first}, follow=True)
    assert "Cette simulation a expiré" in response.content.decode()
    client.post(URL, {"token": second})
    assert imported() == ["Autre outil"]


def test_a_token_from_another_session_or_a_path_is_refused(client, tool_bank, moderator_user):
    client.force_login(moderator_user)
    response = client.post(URL, {"token": "../../etc/passwd"}, follow=True)
    assert "Cette simulation a expiré" in response.content.decode()
    assert imported() == []


def test_an_update_changes_the_existing_tool(client, tool_bank, moderator_user):
    client.force_login(moderator_user)
    client.post(URL, {"token": token(client.post(URL, {"file": upload(HEADER + GOOD)}))})
    changed = GOOD.replace("Bon outil", "Bon outil révisé")
    response = client.post(URL, {"file": upload(HEADER + changed), "update": "on"})
    assert dry_run_rows(response)[0][:3] == ["2", "Bon outil révisé", "Sera mis à jour"]
    client.post(URL, {"token": token(response)})
    assert imported() == ["Bon outil révisé"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("inventaire.pdf", b"%PDF-1.4", "Format non pris en charge"),
        ("inventaire.xlsx", b"pas un classeur", "n’est pas un classeur Excel lisible"),
        ("inventaire.csv", b"titre;autre\nx;y\n", "Colonnes manquantes"),
        ("inventaire.json", b"{]", "n’est pas un catalogue ouvert"),
        ("inventaire.csv", b"", "Le fichier soumis est vide."),
    ],
)
def test_a_bad_file_gets_a_french_message_and_the_form_keeps_its_state(
    client, tool_bank, moderator_user, name, content, message
):
    client.force_login(moderator_user)
    response = client.post(
        URL, {"file": SimpleUploadedFile(name, content), "update": "on", "skip_invalid": "on"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("input[name=update]").has_attr("checked")
    assert soup.select_one("input[name=skip_invalid]").has_attr("checked")
    assert imported() == []


def test_an_editor_exports_but_only_someone_who_may_publish_imports(
    client, tool_bank, editor_user, staff_user
):
    client.force_login(editor_user)
    page = client.get(URL)
    assert page.status_code == 200
    assert "réservée aux personnes qui peuvent publier" in page.content.decode()
    refused = client.post(URL, {"file": upload(HEADER + GOOD)})
    assert refused.status_code in (302, 403) and token(refused) is None
    assert imported() == []
    assert client.get(EXPORT).status_code == 200
    client.force_login(staff_user)  # no admin access at all
    assert client.get(URL).status_code == 302
    assert client.get(EXPORT).status_code == 302


def test_the_inventory_is_in_the_admin_menu_for_editors(client, tool_bank, editor_user):
    client.force_login(editor_user)
    assert URL in client.get("/admin/").content.decode()


def export_csv(client, **params):
    response = client.get(EXPORT, params)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_export_gives_every_tool_or_the_filtered_selection(
    client, tool_bank, moderator_user, make_tool
):
    make_tool("Guide des soins", axes=("care",))
    make_tool("=Formule", axes=("improvement",))
    client.force_login(moderator_user)
    assert sorted(r["title"] for r in export_csv(client)) == ["'=Formule", "Guide des soins"]
    assert [r["title"] for r in export_csv(client, axis="care")] == ["Guide des soins"]
    assert [r["title"] for r in export_csv(client, axis="improvement")] == ["'=Formule"]
    response = client.get(EXPORT, {"format": "xlsx", "axis": "care"})
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [row[2].value for row in sheet.iter_rows(min_row=2)] == ["Guide des soins"]
