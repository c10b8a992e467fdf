"""The office's dashboard figures, in a fixed number of queries whatever the volume.

Open requests by status and age, median days from request to match, active partner
users and those without an involvement in six months, load per office member, requests
per direction.
"""

import datetime
import statistics

from django.db.models import Count, Exists, Min, OuterRef, Q
from django.utils import timezone

from .models import (
    OPEN_STATUSES,
    Involvement,
    PartnershipRequest,
    PartnerStatus,
    PartnerUser,
    RequestStatus,
)

IDLE_DAYS = 183  # six months
IDLE_LISTED = 25


def figures(now=None):
    now = now or timezone.now()
    week, month = now - datetime.timedelta(days=7), now - datetime.timedelta(days=30)
    labels = dict(RequestStatus.choices)

    by_status = {
        row["status"]: row
        for row in PartnershipRequest.objects.filter(status__in=OPEN_STATUSES)
        .values("status")
        .annotate(
            total=Count("pk"),
            recent=Count("pk", filter=Q(received_at__gte=week)),
            month=Count("pk", filter=Q(received_at__lt=week, received_at__gte=month)),
            old=Count("pk", filter=Q(received_at__lt=month)),
            oldest=Min("received_at"),
        )
        .order_by()
    }
    open_requests = []
    for status in OPEN_STATUSES:
        row = by_status.get(status, {})
        oldest = row.get("oldest")
        open_requests.append(
            {
                "status": status.value,
                "label": labels[status],
                "total": row.get("total", 0),
                "recent": row.get("recent", 0),
                "month": row.get("month", 0),
                "old": row.get("old", 0),
                "oldest_days": (now - oldest).days if oldest else None,
            }
        )

    delays = [
        (matched - received).total_seconds() / 86400
        for received, matched in PartnershipRequest.objects.filter(
            matched_at__isnull=False
        ).values_list("received_at", "matched_at")
    ]
    median_days = round(statistics.median(delays), 1) if delays else None

    since = now.date() - datetime.timedelta(days=IDLE_DAYS)
    recent = Involvement.objects.filter(partner_user=OuterRef("pk"), date__gte=since)
    active = PartnerUser.objects.filter(status=PartnerStatus.ACTIVE).annotate(
        involved=Exists(recent)
    )
    people = active.aggregate(active=Count("pk"), idle=Count("pk", filter=Q(involved=False)))
    idle = list(active.filter(involved=False).order_by("last_name", "first_name")[:IDLE_LISTED])

    load = list(
        PartnershipRequest.objects.values(
            "responsible__username", "responsible__first_name", "responsible__last_name"
        )
        .annotate(
            open=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
            total=Count("pk"),
        )
        .order_by("-open", "responsible__username")
    )
    directions = list(
        PartnershipRequest.objects.values("direction")
        .annotate(
            total=Count("pk"),
            open=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
            done=Count("pk", filter=Q(status=RequestStatus.DONE)),
        )
        .order_by("-total", "direction")
    )
    return {
        "open_requests": open_requests,
        "open_total": sum(row["total"] for row in open_requests),
        "median_days_to_match": median_days,
        "active_partners": people["active"],
        "idle_partners": people["idle"],
        "idle_list": idle,
        "idle_days": IDLE_DAYS,
        "load": load,
        "directions": directions,
    }


def csv_rows(data):
    """The dashboard as rows for the CSV export: (section, label, value)."""
    yield ("Section", "Libellé", "Valeur")
    for row in data["open_requests"]:
        yield ("Demandes ouvertes", row["label"], row["total"])
        yield ("Demandes ouvertes depuis plus de 30 jours", row["label"], row["old"])
    yield ("Délai médian demande → jumelage (jours)", "", data["median_days_to_match"] or "")
    yield ("Usagers partenaires actifs", "", data["active_partners"])
    yield ("Sans implication depuis six mois", "", data["idle_partners"])
    for row in data["load"]:
        name = row["responsible__username"] or "(sans responsable)"
        yield ("Demandes ouvertes par responsable", name, row["open"])
    for row in data["directions"]:
        yield ("Demandes par direction", row["direction"], row["total"])
