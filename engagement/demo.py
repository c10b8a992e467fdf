"""Fictitious partner users, a tariff and requests in every status (demo_content/engagement.yaml).

Every person is made up (« Fictif-… », @example.org). Tools and project pages are linked
by slug when the tool bank's and the hub's demo content exist (they load first).
Idempotent: nothing is created when the office already has requests.
"""

import datetime
from decimal import Decimal
from pathlib import Path

import yaml
from django.utils import timezone
from wagtail.models import Page

from core.pagetree import french
from engagement.models import (
    Assignment,
    Involvement,
    OnboardingItem,
    PartnershipRequest,
    PartnerUser,
    TariffLevel,
    ToolUse,
)
from vocabulary.models import Audience, Axis

ORDER = 60
CONTENT = Path(__file__).resolve().parent / "demo_content" / "engagement.yaml"


def _page(slug, model_name):
    page = Page.objects.filter(slug=slug, locale=french()).specific().first()
    return page if page is not None and type(page).__name__ == model_name else None


def load(log):
    if PartnershipRequest.objects.exists() or PartnerUser.objects.exists():
        log("  (demandes déjà présentes : rien à faire)")
        return
    data = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))
    tariffs = [
        TariffLevel.objects.get_or_create(
            name=row["name"],
            defaults={
                "hourly_amount": Decimal(row["hourly_amount"]),
                "description": row["description"],
            },
        )[0]
        for row in data["tariff"]
    ]
    today = timezone.localdate()
    partners = {}
    for row in data["partners"]:
        partner = PartnerUser.objects.create(
            first_name=row["first_name"],
            last_name=row["last_name"],
            status=row["status"],
            experience_keywords=row["experience_keywords"],
            availability=row["availability"],
            speaks_english=row["speaks_english"],
            email=f"{row['last_name'].lower()}@example.org",
            consent_date=today - datetime.timedelta(days=120),
            consent_scope="Jumelage à des projets, contact par courriel (démonstration).",
        )
        partner.axes.set(Axis.objects.filter(code__in=row["axes"]))
        partner.audiences.set(Audience.objects.filter(code__in=row["audiences"]))
        for order, slug in enumerate(row["onboarding"]):
            tool = _page(slug, "ToolPage")
            if tool is not None:
                OnboardingItem.objects.create(
                    partner_user=partner, tool=tool, sort_order=order, completed_on=today
                )
        partners[row["last_name"]] = partner
        log(f"  + usager partenaire fictif « {partner} »")
    now = timezone.now()
    for row in data["requests"]:
        received = now - datetime.timedelta(days=row["days_ago"])
        request = PartnershipRequest.objects.create(
            project=row["project"],
            direction=row["direction"],
            axis=Axis.objects.filter(code=row["axis"]).first(),
            audience=Audience.objects.filter(code=row["audience"]).first(),
            involvement_kind=row["involvement_kind"],
            experience_sought=row["experience_sought"],
            requester_name=row["requester_name"],
            requester_email="demandeur.fictif@example.org",
            received_at=received,
            project_page=_page(row.get("project_page", ""), "ProjectPage"),
        )
        for step, status in enumerate(row["status_path"], start=1):
            request.change_status(status, reason=row.get("reason", ""))
            request.status_changes.filter(to_status=status).update(
                changed_at=received + datetime.timedelta(days=2 * step)
            )
            if status == "matched":
                request.matched_at = received + datetime.timedelta(days=2 * step)
                request.save(update_fields=["matched_at"])
        for name in row.get("assign", []):
            Assignment.objects.create(request=request, partner_user=partners[name])
            if row.get("hours"):
                Involvement.objects.create(
                    partner_user=partners[name],
                    request=request,
                    hours=Decimal(row["hours"]),
                    tariff=tariffs[1],
                    date=today - datetime.timedelta(days=max(row["days_ago"] - 20, 1)),
                    description="Rencontre du comité (démonstration)",
                )
        for slug, helped in (row.get("tools") or {}).items():
            tool = _page(slug, "ToolPage")
            if tool is not None:
                ToolUse.objects.create(request=request, tool=tool, helped=helped)
        if row.get("outcome"):
            request.outcome = row["outcome"]
            request.save(update_fields=["outcome"])
        log(f"  + demande fictive « {request.project} » ({request.get_status_display()})")
