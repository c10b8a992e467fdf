"""Freshness and usefulness: « Révisé le … », « … utile (23 avis) », « En révision »."""

import datetime
import re

import pytest
from django.utils import timezone

from outils.models import ToolFeedback

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"  # a no-break space before « % »


def answers(tool, useful, useless=0):
    ToolFeedback.objects.bulk_create(
        [ToolFeedback(tool=tool, useful=True) for _ in range(useful)]
        + [ToolFeedback(tool=tool, useful=False) for _ in range(useless)]
    )


def card_of(html, title):
    return html.split(f">{title}</a>")[1].split("</li>")[0]


def titles_in_order(html):
    return re.findall(r'<li class="card tool-card">\s*<h3><a href="[^"]+">([^<]+)</a>', html)


def test_usefulness_shows_once_the_threshold_is_reached(client, make_tool):
    tool = make_tool("Plan d’intégration")
    answers(tool, useful=3, useless=1)  # 4 answers, the default threshold is 5
    listing = client.get("/fr/outils/").content.decode()
    assert "l’ont trouvé utile" not in listing
    assert "l’ont trouvé utile" not in client.get(tool.url).content.decode()
    answers(tool, useful=0, useless=1)  # 3 of 5
    listing = client.get("/fr/outils/").content.decode()
    assert f"60{NBSP}% des personnes l’ont trouvé utile (5 avis)" in card_of(
        listing, "Plan d’intégration"
    )
    sheet = client.get(tool.url).content.decode()
    assert f"60{NBSP}% des personnes l’ont trouvé utile (5 avis)" in sheet


def test_editors_set_the_threshold_on_the_tool_bank(client, tool_bank, make_tool):
    index_fr, _ = tool_bank
    tool = make_tool("Plan d’intégration")
    answers(tool, useful=2)
    index_fr.usefulness_threshold = 2
    index_fr.save_revision().publish()
    listing = client.get("/fr/outils/").content.decode()
    assert f"100{NBSP}% des personnes l’ont trouvé utile (2 avis)" in listing


def test_the_english_card_says_it_in_english(client, make_tool):
    tool = make_tool("Plan", translate=True)
    english = tool.get_translation(tool.get_translations().first().locale)
    answers(english, useful=4, useless=1)
    html = client.get("/en/tools/").content.decode()
    assert "80% of people found it useful (5 reviews)" in html


def test_the_listing_can_be_sorted_by_usefulness(client, make_tool):
    rarely = make_tool("A rarement utile")
    often = make_tool("B souvent utile")
    unrated = make_tool("C sans assez d’avis")
    always = make_tool("D toujours utile")
    answers(rarely, useful=1, useless=4)
    answers(often, useful=4, useless=1)
    answers(unrated, useful=2)  # under the threshold: after the rated tools
    answers(always, useful=5)
    html = client.get("/fr/outils/?sort=useful").content.decode()
    assert titles_in_order(html) == [
        "D toujours utile", "B souvent utile", "A rarement utile", "C sans assez d’avis",
    ]  # fmt: skip
    assert '<option value="useful" selected' in html


def test_reviewed_on_shows_on_the_card_and_the_sheet(client, make_tool):
    tool = make_tool("Plan", last_reviewed=datetime.date(2026, 3, 14))
    assert "Révisé le 14 mars 2026" in card_of(client.get("/fr/outils/").content.decode(), "Plan")
    assert "Révisé le 14 mars 2026" in client.get(tool.url).content.decode()


def test_a_tool_past_its_review_date_and_the_grace_shows_under_review(client, tool_bank, make_tool):
    today = timezone.localdate()
    late = make_tool("En retard", review_date=today - datetime.timedelta(days=31))
    in_grace = make_tool("Dans le délai", review_date=today - datetime.timedelta(days=29))
    make_tool("À jour", review_date=today + datetime.timedelta(days=100))
    listing = client.get("/fr/outils/").content.decode()
    assert "En révision" in card_of(listing, "En retard")
    assert "En révision" not in card_of(listing, "Dans le délai")
    assert "En révision" not in card_of(listing, "À jour")
    assert "En révision" in client.get(late.url).content.decode()
    assert "En révision" not in client.get(in_grace.url).content.decode()
    # The editors lengthen the grace period: nothing is flagged to readers any more.
    index_fr, _ = tool_bank
    index_fr.review_grace_days = 60
    index_fr.save_revision().publish()
    assert "En révision" not in client.get("/fr/outils/").content.decode()
