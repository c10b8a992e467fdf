"""The requester's status page, reached by the private link of their e-mails.

No account: the random token in the URL is the key. A wrong or malformed token is a 404
that says nothing of what exists. The page shows the project, its status and the dates
of its changes, never who handled it nor any partner user (only how many were matched).
It is private and never stored: not by the page cache (core.page_cache skips
`private`/`no-store` answers), not by the browser, and it leaks no referrer.
"""

import re

from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from .models import PartnershipRequest, RequestStatus

TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
STEPS = (
    RequestStatus.RECEIVED,
    RequestStatus.ANALYSIS,
    RequestStatus.MATCHED,
    RequestStatus.IN_PROGRESS,
    RequestStatus.DONE,
)


def request_status(request, token):
    if not TOKEN.match(token):
        raise Http404
    partnership_request = (
        PartnershipRequest.objects.filter(token=token)
        .only(
            "project",
            "direction",
            "status",
            "status_reason",
            "received_at",
            "start_date",
            "end_date",
        )
        .first()
    )
    if partnership_request is None:
        raise Http404
    changes = partnership_request.status_changes.order_by("changed_at", "pk").values(
        "changed_at", "to_status"
    )
    reached = {RequestStatus.RECEIVED} | {c["to_status"] for c in changes}
    labels = dict(RequestStatus.choices)
    context = {
        "partnership_request": partnership_request,
        "history": [(c["changed_at"], labels.get(c["to_status"], "")) for c in changes],
        "steps": [
            {
                "label": step.label,
                "done": step in reached,
                "current": step == partnership_request.status,
            }
            for step in STEPS
        ],
        "closed_without": partnership_request.status
        in (RequestStatus.REFUSED, RequestStatus.CANCELLED),
        "matched_count": partnership_request.assignments.count(),
    }
    response = render(request, "engagement/request_status.html", context)
    patch_cache_control(response, private=True, no_store=True)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
