"""import_tools / export_tools: validation with row numbers, dry run, re-import, XLSX."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageViewRestriction

from outils.models import ToolPage

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "outils-exemple.csv"
HEADER = "source_id,title,summary,axes,audiences,type,tags,year,staff_only,language,link\n"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, text, name="inventaire.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_file_imports_under_the_french_tool_bank(tool_bank):
    out, _ = run("import_tools", str(EXAMPLE))
    assert "3 à créer" in out
    tools = ToolPage.objects.filter(source_id__startswith="INV-")
    assert tools.count() == 3
    for tool in tools:
        assert tool.live and tool.get_parent().pk == tool_bank[0].pk
        assert tool.locale.language_code == "fr"
    internal = tools.get(source_id="INV-003")
    assert internal.staff_only and PageViewRestriction.objects.filter(page=internal).exists()
    assert sorted(t.name for t in tools.get(source_id="INV-001").tags.all()) == [
        "accueil", "intégration",
    ]  # fmt: skip


def test_invalid_rows_are_reported_with_row_numbers_and_nothing_is_written(tool_bank, tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "A1,Bon outil,Résumé,care,managers,guide,,2020,non,fr,\n"
        + "A2,,Sans titre,care,managers,guide,,,non,fr,\n"
        + "A3,Mauvais,Résumé,soins,managers,brochure,,20x0,peut-être,de,ftp://x\n",
    )
    with pytest.raises(CommandError) as error:
        run("import_tools", str(path))
    assert "rien n’a été importé" in str(error.value)
    assert not ToolPage.objects.filter(source_id__startswith="A").exists()
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_tools", str(path), stdout=out, stderr=err)
    report = err.getvalue()
    assert "Ligne 3 : le titre est vide" in report
    assert "Ligne 4 : axe inconnu : soins" in report
    assert "type d’outil inconnu : « brochure »" in report
    assert "année invalide : « 20x0 »" in report
    assert "langue invalide" in report and "ni oui ni non" in report
    assert "Ligne 2" not in report


def test_skip_invalid_imports_the_valid_rows(tool_bank, tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "A1,Bon outil,Résumé,care,managers,guide,,2020,non,fr,\n"
        + "A2,Mauvais,Résumé,soins,managers,guide,,,non,fr,\n",
    )
    run("import_tools", str(path), "--skip-invalid")
    assert list(
        ToolPage.objects.filter(source_id__startswith="A").values_list("source_id", flat=True)
    ) == ["A1"]


def test_dry_run_writes_nothing(tool_bank):
    out, _ = run("import_tools", str(EXAMPLE), "--dry-run")
    assert "Simulation" in out and "3 à créer" in out
    assert not ToolPage.objects.filter(source_id__startswith="INV-").exists()


def test_reimport_updates_instead_of_duplicating(tool_bank, tmp_path):
    run("import_tools", str(EXAMPLE))
    changed = (
        EXAMPLE.read_text(encoding="utf-8")
        .replace("Guide d’accueil d’un usager partenaire", "Guide d’accueil (2e édition)")
        .replace(",2022,,fr,oui,", ",2022,,fr,non,")
    )
    path = write(tmp_path, changed)
    out, _ = run("import_tools", str(path))
    assert "3 déjà présent(s)" in out
    assert ToolPage.objects.filter(source_id__startswith="INV-").count() == 3
    out, _ = run("import_tools", str(path), "--update")
    assert "3 à mettre à jour" in out
    assert ToolPage.objects.filter(source_id__startswith="INV-").count() == 3
    assert ToolPage.objects.get(source_id="INV-001").title == "Guide d’accueil (2e édition)"
    internal = ToolPage.objects.get(source_id="INV-003")
    assert not internal.staff_only
    assert not PageViewRestriction.objects.filter(page=internal).exists()


def test_export_writes_the_import_format_back(tool_bank, tmp_path):
    run("import_tools", str(EXAMPLE))
    for name in ("export.csv", "export.xlsx"):
        target = tmp_path / name
        out, _ = run("export_tools", str(target))
        assert "3 outil(s)" in out
        out, _ = run("import_tools", str(target), "--dry-run")
        assert "0 à créer" in out and "3 déjà présent(s)" in out


def test_xlsx_import(tool_bank, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["title", "summary", "axes", "audiences", "type", "year", "staff_only"])
    sheet.append(["Outil Excel", "Résumé", "experience", "committees", "evaluation", 2024, "oui"])
    sheet.append(["Outil Excel 2", "Résumé", "care", "autre", "guide", None, "non"])
    path = tmp_path / "inventaire.xlsx"
    workbook.save(path)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_tools", str(path), stdout=out, stderr=err)
    assert "Ligne 3 : public cible inconnu : autre" in err.getvalue()
    run("import_tools", str(path), "--skip-invalid")
    tool = ToolPage.objects.get(title="Outil Excel")
    assert tool.year == 2024 and tool.staff_only


def test_missing_columns_and_unknown_formats_are_explained(tool_bank, tmp_path):
    with pytest.raises(CommandError, match="Colonnes manquantes : axes, audiences, type"):
        run("import_tools", str(write(tmp_path, "title,summary\nA,B\n")))
    with pytest.raises(CommandError, match=r"\.csv, \.xlsx ou \.json \(catalogue\)"):
        run("import_tools", str(write(tmp_path, "x", name="inventaire.ods")))
