"""Matching: the active partner users ranked by fit for one request.

Fit = axis (3), audience (2), each shared experience keyword (1, at most 3), language (1),
availability (1); minus the current load (1 per open assignment, 3 more when the person
is at the number of projects they accepted). Ties go to whoever was involved least
recently, so that work spreads and nobody is forgotten (retention).
One query for the candidates with their load and last involvement, two for their
axes and audiences, whatever their number.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from .models import OPEN_STATUSES, Availability, PartnerStatus, PartnerUser

WEIGHTS = {"axis": 3, "audience": 2, "keyword": 1, "language": 1, "availability": 1}
MAX_KEYWORDS = 3
LOAD_PENALTY = 1
FULL_PENALTY = 3


@dataclass
class Candidate:
    partner: PartnerUser
    score: int = 0
    reasons: list = field(default_factory=list)
    load: int = 0
    last_involvement: datetime.date | None = None
    assigned: bool = False

    @property
    def full(self):
        return self.load >= self.partner.max_assignments


def candidates_queryset():
    return (
        PartnerUser.objects.filter(status=PartnerStatus.ACTIVE)
        .annotate(
            load=Count(
                "assignments",
                filter=Q(assignments__request__status__in=OPEN_STATUSES),
                distinct=True,
            ),
            last_involvement=Max("involvements__date"),
        )
        .prefetch_related("axes", "audiences")
    )


def score(request, partner, assigned_ids=()):
    candidate = Candidate(
        partner=partner,
        load=partner.load,
        last_involvement=partner.last_involvement,
        assigned=partner.pk in assigned_ids,
    )
    if request.axis_id and any(a.pk == request.axis_id for a in partner.axes.all()):
        candidate.score += WEIGHTS["axis"]
        candidate.reasons.append(_("axe"))
    if request.audience_id and any(a.pk == request.audience_id for a in partner.audiences.all()):
        candidate.score += WEIGHTS["audience"]
        candidate.reasons.append(_("public"))
    shared = sorted(request.keyword_set & partner.keyword_set)
    if shared:
        candidate.score += WEIGHTS["keyword"] * min(len(shared), MAX_KEYWORDS)
        candidate.reasons.append(", ".join(shared))
    speaks = partner.speaks_english if request.language == "en" else partner.speaks_french
    if speaks:
        candidate.score += WEIGHTS["language"]
        candidate.reasons.append(_("langue"))
    flexible = Availability.FLEXIBLE
    if flexible in (request.meeting_time, partner.availability) or (
        request.meeting_time == partner.availability
    ):
        candidate.score += WEIGHTS["availability"]
        candidate.reasons.append(_("disponibilités"))
    candidate.score -= LOAD_PENALTY * candidate.load
    if candidate.full:
        candidate.score -= FULL_PENALTY
    return candidate


def rank(request):
    """The active partner users, best fit first."""
    assigned_ids = set(request.assignments.values_list("partner_user_id", flat=True))
    candidates = [score(request, p, assigned_ids) for p in candidates_queryset()]
    never = datetime.date.min
    candidates.sort(
        key=lambda c: (
            -c.score,
            c.load,
            c.last_involvement or never,
            c.partner.last_name.lower(),
            c.partner.pk,
        )
    )
    return candidates
