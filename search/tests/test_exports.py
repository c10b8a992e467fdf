"""The search reports' exports: what anonymous visitors typed never runs in a spreadsheet."""

import csv
import io

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","clic")'


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    "report", ["/admin/rapports/recherche/frequentes/", "/admin/rapports/recherche/sans-resultat/"]
)
def test_csv_export_neutralises_formulas(client, home_pages, editor_user, report):
    client.get("/fr/recherche/", {"q": FORMULA})
    client.get("/fr/recherche/", {"q": "@SUM(A1)"})
    client.force_login(editor_user)
    response = client.get(report, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(body(response).decode())))
    queries = [row[0] for row in rows[1:]]
    # Queries are stored in lower case (search.query).
    assert "'" + FORMULA.lower() in queries and "'@sum(a1)" in queries
    assert not any(q.startswith(("=", "+", "-", "@")) for q in queries)


def test_xlsx_export_neutralises_formulas(client, home_pages, editor_user):
    client.get("/fr/recherche/", {"q": FORMULA})
    client.force_login(editor_user)
    response = client.get("/admin/rapports/recherche/frequentes/", {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response))).worksheets[0]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == ["'" + FORMULA.lower()]
    assert all(cell.data_type == "s" for cell in cells)
