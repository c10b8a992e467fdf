"""import_tools / export_tools: encodings, dialects, broken files, all-or-nothing, formula cells."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from core.exports import unsafe_cell
from outils import inventory
from outils.models import ToolPage

pytestmark = pytest.mark.django_db

HEADER = ["source_id", "title", "summary", "axes", "audiences", "type", "tags", "when_to_use"]


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command(*args, stdout=out, stderr=err)
    return str(error.value), out.getvalue(), err.getvalue()


def csv_text(rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([HEADER, *rows])
    return buffer.getvalue()


def row(source_id, title, summary="Résumé de l’outil", when_to_use=""):
    return [source_id, title, summary, "care", "managers", "guide", "", when_to_use]


def titles():
    return dict(ToolPage.objects.values_list("source_id", "title"))


# --- Encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (avec BOM)"), ("cp1252", "Windows-1252")],
)
def test_each_encoding_is_detected_and_named(tool_bank, tmp_path, encoding, label):
    title = "Évaluation à l’étape « accueil » — œuvre"
    path = tmp_path / "inventaire.csv"
    path.write_bytes(csv_text([row("E1", title)], delimiter=";").encode(encoding))
    out, _ = run("import_tools", str(path))
    assert f"encodage {label}, séparateur point-virgule" in out
    assert titles() == {"E1": title}


def test_bytes_neither_utf8_nor_windows_1252_are_explained(tool_bank, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_bytes(csv_text([row("E1", "Outil")]).encode() + b"\x81\x8d\n")
    message, _, _ = run_failing("import_tools", str(path))
    assert "ni en UTF-8 ni en Windows-1252" in message


# --- Dialects ---------------------------------------------------------------------------

TRICKY = [
    'Le "guide" complet',
    'Le guide "pratique", version 2',
    "Points ; virgules, et « guillemets »",
    "Sans guillemets",
]


@pytest.mark.parametrize(
    ("delimiter", "label"), [(",", "virgule"), (";", "point-virgule"), ("\t", "tabulation")]
)
def test_quoted_fields_with_doubled_quotes_in_every_dialect(tool_bank, tmp_path, delimiter, label):
    rows = [row(f"D{n}", title) for n, title in enumerate(TRICKY)]
    path = tmp_path / "inventaire.csv"
    path.write_text(csv_text(rows, delimiter=delimiter), encoding="utf-8")
    out, _ = run("import_tools", str(path))
    assert f"séparateur {label}" in out
    assert titles() == {f"D{n}": title for n, title in enumerate(TRICKY)}


def test_excel_semicolon_file_as_written_by_hand(tool_bank, tmp_path):
    text = (
        "source_id;title;summary;axes;audiences;type\r\n"
        'X1;"Le ""guide"" complet";"Un résumé; avec point-virgule";care;managers;guide\r\n'
        'X2;Le guide "pratique", version 2;Résumé;care;managers;guide\r\n'
    )
    path = tmp_path / "inventaire.csv"
    path.write_bytes(text.encode("cp1252"))
    run("import_tools", str(path))
    assert titles() == {"X1": 'Le "guide" complet', "X2": 'Le guide "pratique", version 2'}
    assert ToolPage.objects.get(source_id="X1").summary == "Un résumé; avec point-virgule"


# --- Files that are not what they say ----------------------------------------------------


def test_a_text_file_named_xlsx(tool_bank, tmp_path):
    path = tmp_path / "inventaire.xlsx"
    path.write_text(csv_text([row("A", "Outil")]), encoding="utf-8")
    message, _, _ = run_failing("import_tools", str(path))
    assert "n’est pas un classeur Excel lisible" in message


def test_a_workbook_named_csv(tool_bank, tmp_path):
    workbook = Workbook()
    workbook.active.append(HEADER)
    path = tmp_path / "inventaire.csv"
    workbook.save(path)
    message, _, _ = run_failing("import_tools", str(path))
    assert "renommez-le en .xlsx" in message


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binaire\x00\n",
        csv_text([row("A", "Outil")]).encode("utf-16"),
    ],
    ids=["binary", "utf-16"],
)
def test_a_file_with_nul_bytes_gets_a_french_message(tool_bank, tmp_path, data):
    path = tmp_path / "inventaire.csv"
    path.write_bytes(data)
    message, _, _ = run_failing("import_tools", str(path))
    assert "octets nuls" in message and "CSV UTF-8" in message


# --- All or nothing ---------------------------------------------------------------------


def test_a_nul_in_a_title_is_caught_by_the_dry_run_and_nothing_is_written(tool_bank, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_text(
        csv_text([row("N1", "Premier"), row("N2", "Tit\x00re"), row("N3", "Troisième")]),
        encoding="utf-8",
    )
    message, _, err = run_failing("import_tools", str(path), "--dry-run")
    assert "Ligne 3 : la colonne « title » contient un caractère nul (code 0)" in err
    message, _, err = run_failing("import_tools", str(path))
    assert "rien n’a été importé" in message
    assert titles() == {}
    run("import_tools", str(path), "--skip-invalid")
    assert titles() == {"N1": "Premier", "N3": "Troisième"}


def test_a_row_failing_while_written_undoes_every_row(tool_bank, tmp_path, monkeypatch):
    real_save_row = inventory.save_row

    def save_row(index, values, existing=None):
        if values["title"] in ("Deuxième", "Quatrième"):
            raise ValueError("panne simulée")
        return real_save_row(index, values, existing)

    monkeypatch.setattr(inventory, "save_row", save_row)
    path = tmp_path / "inventaire.csv"
    names = ["Premier", "Deuxième", "Troisième", "Quatrième"]
    path.write_text(
        csv_text([row(f"T{n}", name) for n, name in enumerate(names)]), encoding="utf-8"
    )
    message, _, err = run_failing("import_tools", str(path))
    assert "2 ligne(s) n’ont pas pu être enregistrée(s) : rien n’a été importé" in message
    assert "Ligne 3 : l’enregistrement a échoué (panne simulée)." in err
    assert "Ligne 5 : l’enregistrement a échoué (panne simulée)." in err
    assert titles() == {}
    out, err = run("import_tools", str(path), "--skip-invalid")
    assert "2 ligne(s) non enregistrée(s)" in out
    assert titles() == {"T0": "Premier", "T2": "Troisième"}


# --- Formula cells, both ways -------------------------------------------------------------


def test_formula_like_text_is_imported_as_text_and_flagged(tool_bank, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_text(
        csv_text([row("F1", "=1+1 outil"), row("F2", "@outil", summary="-2 niveaux")]),
        encoding="utf-8",
    )
    out, _ = run("import_tools", str(path))
    assert "Ligne 2 : attention, la colonne « title » commence par « = »" in out
    assert "Ligne 3 : attention, la colonne « title » commence par « @ »" in out
    assert "Ligne 3 : attention, la colonne « summary » commence par « - »" in out
    assert titles() == {"F1": "=1+1 outil", "F2": "@outil"}


def test_a_real_formula_in_a_workbook_is_refused(tool_bank, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["W1", '=CONCAT("a","b")', "Résumé", "care", "managers", "guide"])
    path = tmp_path / "inventaire.xlsx"
    workbook.save(path)
    _, _, err = run_failing("import_tools", str(path))
    assert "Ligne 2 : la colonne « title » contient une formule (=CONCAT" in err
    assert titles() == {}


def test_exports_neutralise_formula_cells(tool_bank, tmp_path):
    source = tmp_path / "source.csv"
    source.write_text(csv_text([row("F1", "=1+1 outil", summary="+ rapide")]), encoding="utf-8")
    run("import_tools", str(source))
    run("export_tools", str(tmp_path / "export.csv"))
    exported = list(csv.DictReader((tmp_path / "export.csv").open(encoding="utf-8")))
    assert exported[0]["title"] == "'=1+1 outil"
    assert exported[0]["summary"] == "'+ rapide"
    run("export_tools", str(tmp_path / "export.xlsx"))
    sheet = load_workbook(tmp_path / "export.xlsx").worksheets[0]
    columns = [cell.value for cell in sheet[1]]
    title = sheet.cell(row=2, column=columns.index("title") + 1)
    assert title.value == "'=1+1 outil" and title.data_type == "s"


# --- An export re-imported gives back the same tools ---------------------------------------


@pytest.mark.parametrize("name", ["export.csv", "export.xlsx"])
def test_an_export_reimported_gives_back_the_same_tools(tool_bank, tmp_path, name):
    originals = [
        *TRICKY,
        "=1+1 outil",
        "''=déjà marqué",  # a « ' » before a formula character is the text mark: read once
        "-tiret",
        "Accents : éèêàç ÉÈ « » ’ œ",
    ]
    source = tmp_path / "source.csv"
    source.write_text(
        csv_text(
            [
                row(f"R{n}", title, summary=f'Résumé "{n}", ligne; deux',
                    when_to_use=f"Avant « {n} »\n= ensuite")
                for n, title in enumerate(originals)
            ]
        ),
        encoding="utf-8",
    )  # fmt: skip
    run("import_tools", str(source))
    before = {t.source_id: (t.title, t.summary, t.when_to_use) for t in ToolPage.objects.all()}
    assert {k: v[0] for k, v in before.items()} == {
        f"R{n}": unsafe_cell(t) for n, t in enumerate(originals)
    }
    export = tmp_path / name
    run("export_tools", str(export))
    for tool in ToolPage.objects.all():
        tool.delete()
    out, err = run("import_tools", str(export))
    assert "attention" not in out and err == ""
    after = {t.source_id: (t.title, t.summary, t.when_to_use) for t in ToolPage.objects.all()}
    assert after == before
    # And an update from the export changes nothing.
    out, _ = run("import_tools", str(export), "--update")
    assert f"{len(originals)} à mettre à jour" in out
    assert {
        t.source_id: (t.title, t.summary, t.when_to_use) for t in ToolPage.objects.all()
    } == before
