"""Freshness and usefulness of a tool, as its card and its sheet show them.

« Révisé le … » is the date the office last reviewed the tool (else its last
publication); « En révision » shows to readers once the review date is past by more
than the grace period the editors set on the tool bank page; « 87 % des personnes
l’ont trouvé utile (23 avis) » shows once a tool has as many answers as the threshold
they set there. Answers are counted per page (each language's page its own).
"""

import datetime
import functools
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext, ngettext

DEFAULT_THRESHOLD = 5
DEFAULT_GRACE_DAYS = 30
# Counted in the same query as the listing's cards or the sheet's own.
ANSWERS = Count("feedback")
USEFUL = Count("feedback", filter=Q(feedback__useful=True))


@dataclass(frozen=True)
class Usefulness:
    useful: int
    answers: int

    @property
    def percent(self):
        return round(100 * self.useful / self.answers) if self.answers else 0


def usefulness_text(figure):
    """« 87 % des personnes l’ont trouvé utile (23 avis) » (a no-break space before « % »)."""
    return ngettext(
        "%(percent)s\u00a0%% des personnes l’ont trouvé utile (%(count)s avis)",
        "%(percent)s\u00a0%% des personnes l’ont trouvé utile (%(count)s avis)",
        figure.answers,
    ) % {"percent": figure.percent, "count": figure.answers}


def reviewed_text(reviewed):
    return _reviewed_text(reviewed, get_language())


@functools.lru_cache(maxsize=1024)
def _reviewed_text(reviewed, language):
    # Kept per date and language: most cards of a listing share a few dates, and
    # formatting one (« 3 mars 2026 ») costs more than the rest of the card.
    return gettext("Révisé le %(date)s") % {"date": formats.date_format(reviewed, "j F Y")}


def freshness_text(reviewed, figure):
    """The card's line: « Révisé le 3 mars 2026 · 87 % des personnes l’ont trouvé utile (23
    avis) », written in Python (twenty template tags per listing cost more than the rest)."""
    parts = [reviewed_text(reviewed)] if reviewed else []
    if figure is not None:
        parts.append(usefulness_text(figure))
    return " · ".join(parts)


def counts_by_tool(feedback_model, tool_ids):
    """{tool id: (useful answers, answers)} for some tools: one query on the answers alone."""
    rows = (
        feedback_model.objects.filter(tool_id__in=tool_ids)
        .values_list("tool_id")
        .annotate(useful=Count("pk", filter=Q(useful=True)), answers=Count("pk"))
        .order_by()
    )
    return {tool_id: (useful, answers) for tool_id, useful, answers in rows}


def usefulness(useful, answers, threshold):
    """The figure to show, or None while too few people answered."""
    if answers < max(threshold or 0, 1):
        return None
    return Usefulness(useful, answers)


def reviewed_on(last_reviewed, last_published_at):
    if last_reviewed:
        return last_reviewed
    return timezone.localdate(last_published_at) if last_published_at else None


def under_review(review_date, grace_days, today=None):
    """True once the review date is past by more than the grace period."""
    if review_date is None:
        return False
    today = today or timezone.localdate()
    return today > review_date + datetime.timedelta(days=grace_days or 0)


def scores(tool_model, locale_id):
    """{tool id: (useful answers, answers)} for the live tools of a language: one query."""
    rows = (
        tool_model.objects.live()
        .filter(locale_id=locale_id, feedback__isnull=False)
        .values_list("pk")
        .annotate(useful=USEFUL, answers=ANSWERS)
        .order_by()
    )
    return {pk: (useful, answers) for pk, useful, answers in rows}


def counts_for(tool):
    """(useful answers, answers) for one tool: one query."""
    counts = tool.feedback.aggregate(useful=Count("pk", filter=Q(useful=True)), answers=Count("pk"))
    return counts["useful"], counts["answers"]


def most_useful_first(positions, ids, scores_by_id, threshold):
    """Tools with enough answers by share of « utile » then by answers; then the others in
    their given (title) order."""
    floor = max(threshold or 0, 1)
    rated, others = [], []
    for position in positions:
        useful, answers = scores_by_id.get(ids[position], (0, 0))
        if answers >= floor:
            rated.append((-useful / answers, -answers, position))
        else:
            others.append(position)
    return [key[-1] for key in sorted(rated)] + others
