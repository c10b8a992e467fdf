"""What the office's records say about projects and tools: aggregates only.

Registered as the hooks `hub_project_indicators` (hub.indicators) and
`outils_tool_usage` (outils.usage): counts, hours and delays, never a name.
"""

import statistics

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from .models import Assignment, Helped, Involvement, PartnershipRequest, ToolUse


def _linked(projects):
    """Requests linked to these project pages or to their other-language versions."""
    keys = projects.order_by().values("translation_key")
    return PartnershipRequest.objects.filter(project_page__translation_key__in=keys)


def project_indicators(projects):
    requests = _linked(projects)
    totals = requests.aggregate(
        requests=Count("pk"),
        done=Count("pk", filter=Q(status="done")),
    )
    if not totals["requests"]:
        return []
    partners = (
        Assignment.objects.filter(request__in=requests).values("partner_user").distinct().count()
    )
    hours = Involvement.objects.filter(request__in=requests).aggregate(total=Sum("hours"))["total"]
    delays = [
        (matched - received).days
        for received, matched in requests.filter(matched_at__isnull=False).values_list(
            "received_at", "matched_at"
        )
    ]
    rows = [
        {"code": "requests", "label": _("Demandes de partenariat"), "value": totals["requests"]},
        {"code": "done", "label": _("Demandes terminées"), "value": totals["done"]},
        {"code": "partners", "label": _("Usagers partenaires impliqués"), "value": partners},
        {
            "code": "hours",
            "label": _("Heures d’implication des usagers"),
            "value": f"{float(hours or 0):g}",
        },
    ]
    if delays:
        rows.append(
            {
                "code": "days_to_match",
                "label": _("Délai médian avant le jumelage (jours)"),
                "value": f"{statistics.median(delays):g}",
            }
        )
    return rows


def tool_usage(tool):
    uses = ToolUse.objects.filter(tool__translation_key=tool.translation_key).aggregate(
        projects=Count("request", distinct=True),
        yes_count=Count("pk", filter=Q(helped=Helped.YES)),
        partly_count=Count("pk", filter=Q(helped=Helped.PARTLY)),
        no_count=Count("pk", filter=Q(helped=Helped.NO)),
    )
    if not uses["projects"]:
        return []
    return [
        {
            "code": "projects",
            "label": _("Projets du bureau qui l’ont utilisé"),
            "value": uses["projects"],
        },
        {
            "code": "helped",
            "label": _("A aidé"),
            "value": _("oui : %(yes)s · en partie : %(partly)s · non : %(no)s")
            % {"yes": uses["yes_count"], "partly": uses["partly_count"], "no": uses["no_count"]},
        },
    ]
