"""« Cet outil vous a-t-il été utile ? »: no JS needed, one answer each, rate-limited."""

import csv
import io
import re

import pytest
from django.test import Client
from django.utils.html import strip_tags
from openpyxl import load_workbook

from core.ratelimit import limit_for
from outils.models import ToolFeedback

pytestmark = pytest.mark.django_db


def test_no_js_answer_redirects_back_with_a_thank_you(client, make_tool):
    tool = make_tool()
    response = client.post(tool.url, {"useful": "yes", "comment": "Très clair."})
    assert response.status_code == 302
    assert response["Location"] == f"{tool.url}#avis"
    feedback = ToolFeedback.objects.get()
    assert feedback.useful is True and feedback.comment == "Très clair." and feedback.tool == tool
    html = client.get(tool.url).content.decode()
    # One thank-you line, not a flash message beside it.
    assert html.count("Merci") == 1
    assert "Merci, votre réponse a été reçue." in html
    assert 'name="useful"' not in html  # already answered: no second form


def test_answering_again_thanks_once(client, make_tool):
    tool = make_tool()
    client.post(tool.url, {"useful": "yes"})
    response = client.post(tool.url, {"useful": "no"}, follow=True)
    html = response.content.decode()
    assert html.count("Merci") == 1
    assert ToolFeedback.objects.count() == 1


def test_one_answer_per_visitor_and_tool(client, make_tool):
    tool, other = make_tool(), make_tool()
    client.post(tool.url, {"useful": "no"})
    client.post(tool.url, {"useful": "yes"})
    assert ToolFeedback.objects.filter(tool=tool).count() == 1
    client.post(other.url, {"useful": "yes"})
    assert ToolFeedback.objects.count() == 2


def test_a_forged_cookie_is_ignored(client, make_tool):
    tool = make_tool()
    client.cookies["outils_avis"] = f"[{tool.pk}]"
    client.post(tool.url, {"useful": "yes"})
    assert ToolFeedback.objects.count() == 1


def test_rate_limited_per_address(make_tool):
    RATE_LIMIT = limit_for("feedback")[0]  # noqa: N806
    tools = [make_tool() for _ in range(RATE_LIMIT + 2)]
    for tool in tools:
        Client(REMOTE_ADDR="10.0.0.9").post(tool.url, {"useful": "yes"})
    assert ToolFeedback.objects.count() == RATE_LIMIT
    Client(REMOTE_ADDR="10.0.0.10").post(tools[-1].url, {"useful": "yes"})
    assert ToolFeedback.objects.count() == RATE_LIMIT + 1


def test_past_the_limit_the_page_answers_429_in_french_with_the_answer_kept(make_tool):
    RATE_LIMIT = limit_for("feedback")[0]  # noqa: N806
    tools = [make_tool() for _ in range(RATE_LIMIT + 1)]
    visitor = Client(REMOTE_ADDR="10.0.0.11")
    for tool in tools[:RATE_LIMIT]:
        visitor.post(tool.url, {"useful": "yes"})
    response = visitor.post(tools[-1].url, {"useful": "no", "comment": "Il manque un gabarit."})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de réponses envoyées depuis votre connexion." in html
    assert "Il manque un gabarit.</textarea>" in html
    assert re.search(r'<input[^>]*value="no"[^>]*checked', html)
    assert ToolFeedback.objects.count() == RATE_LIMIT


def test_missing_answer_keeps_the_comment_and_explains(client, make_tool):
    tool = make_tool()
    response = client.post(tool.url, {"comment": "<b>gras</b> texte"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choisissez « Oui » ou « Non »." in html
    assert "&lt;b&gt;gras&lt;/b&gt; texte" in html
    assert ToolFeedback.objects.count() == 0


def test_csrf_is_required(make_tool):
    tool = make_tool()
    client = Client(enforce_csrf_checks=True)
    assert client.post(tool.url, {"useful": "yes"}).status_code == 403
    html = client.get(tool.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(tool.url, {"useful": "yes", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_no_feedback_on_a_staff_only_tool_for_anonymous(client, make_tool):
    tool = make_tool(staff=True)
    assert client.post(tool.url, {"useful": "yes"}).status_code == 404
    assert ToolFeedback.objects.count() == 0


def test_editors_see_tallies_and_comments(client, make_tool, editor_user):
    tool = make_tool("Outil évalué")
    ToolFeedback.objects.create(tool=tool, useful=True, comment="Pratique")
    ToolFeedback.objects.create(tool=tool, useful=True)
    ToolFeedback.objects.create(tool=tool, useful=False, comment="Trop long")
    client.force_login(editor_user)
    response = client.get("/admin/rapports/utilite-des-outils/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Outil évalué" in html and "Pratique" in html and "Trop long" in html
    row = html.split("Outil évalué")[1].split("</tr>")[0]
    cells = [re.sub(r"\s+", " ", strip_tags("<td" + c)).strip() for c in row.split("<td")[1:]]
    # Language, yes, no, then the comments, newest first.
    assert cells[:3] == ["fr", "2", "1"]
    assert cells[3].startswith("Non — Trop long") and "Oui — Pratique" in cells[3]
    export = client.get("/admin/rapports/utilite-des-outils/?export=csv")
    assert export.status_code == 200
    assert "Outil évalué,fr,2,1," in export.getvalue().decode()
    assert client.get("/admin/snippets/outils/toolfeedback/").status_code == 200


def test_report_is_refused_to_people_without_the_permission(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/admin/rapports/utilite-des-outils/").status_code == 302


def test_report_exports_neutralise_formulas(client, make_tool, editor_user):
    tool = make_tool("=1+1 outil")
    ToolFeedback.objects.create(tool=tool, useful=True, comment='=HYPERLINK("http://x")')
    client.force_login(editor_user)
    export = client.get("/admin/rapports/utilite-des-outils/?export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(export.getvalue().decode())))
    assert rows[1][0] == "'=1+1 outil"
    # The comments cell begins with « Oui — »: no formula; the title was the risk.
    export = client.get("/admin/rapports/utilite-des-outils/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).worksheets[0]
    assert sheet.cell(row=2, column=1).value == "'=1+1 outil"


def test_a_long_comment_comes_back_with_a_french_message(client, make_tool):
    tool = make_tool()
    comment = "Très utile. " * 100  # 1,200 characters
    response = client.post(tool.url, {"useful": "yes", "comment": comment})
    assert response.status_code == 200
    html = response.content.decode()
    assert "pour un maximum de 1000" in html and "Raccourcissez-le" in html
    assert comment.strip() in html
    assert 'maxlength="1000"' not in html
    assert ToolFeedback.objects.count() == 0
    response = client.post(tool.url, {"useful": "yes", "comment": "x" * 1000})
    assert response.status_code == 302
    assert ToolFeedback.objects.count() == 1
