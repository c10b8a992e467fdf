"""Loi 25: retention, export and erasure of a partner user's record.

- `anonymise(partner)`: names, contact, keywords, consent text, notes, onboarding and
  trainings are erased; the status, the axes and the hours stay, no longer tied to anyone,
  so the office's yearly figures (hours, projects) remain true.
- `purge(now)`: anonymises the partner users retired for longer than
  `ENGAGEMENT_RETENTION_MONTHS`, and the requester's name and e-mail of the requests
  closed for longer than that.
- `export_record(partner)`: everything kept about a person, as a JSON-ready dict.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .models import OPEN_STATUSES, PartnershipRequest, PartnerStatus, PartnerUser

ANONYMOUS = "Anonymisé"


def retention_months():
    return getattr(settings, "ENGAGEMENT_RETENTION_MONTHS", 24)


def _limit(now):
    return now - datetime.timedelta(days=round(30.5 * retention_months()))


@transaction.atomic
def anonymise(partner, now=None):
    partner.first_name = ANONYMOUS
    partner.last_name = f"#{partner.pk}"
    partner.email = ""
    partner.phone = ""
    partner.experience_keywords = ""
    partner.consent_scope = ""
    partner.notes = ""
    partner.status = PartnerStatus.RETIRED
    partner.anonymised_at = now or timezone.now()
    partner.save()
    partner.onboarding_items.all().delete()
    partner.trainings.clear()
    partner.audiences.clear()
    partner.expenses.update(description="")
    partner.involvements.update(description="")
    # The admin's history keeps each entry's label (the name at the time): scrub it too.
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(PartnerUser), object_id=str(partner.pk)
    ).update(label=str(partner))
    return partner


def purge(now=None):
    """(partner users anonymised, requests anonymised) past the retention period."""
    now = now or timezone.now()
    limit = _limit(now)
    people = PartnerUser.objects.filter(
        status=PartnerStatus.RETIRED,
        retired_on__lt=limit.date(),
        anonymised_at__isnull=True,
    )
    count = 0
    for partner in people:
        anonymise(partner, now)
        count += 1
    requests = (
        PartnershipRequest.objects.exclude(status__in=OPEN_STATUSES)
        .filter(closed_at__lt=limit)
        .exclude(requester_email="")
        .update(requester_name=ANONYMOUS, requester_email="")
    )
    return count, requests


def export_record(partner):
    """Everything the office keeps about `partner` (access request under Loi 25)."""
    return {
        "id": partner.pk,
        "prénom": partner.first_name,
        "nom": partner.last_name,
        "statut": partner.get_status_display(),
        "retiré le": partner.retired_on.isoformat() if partner.retired_on else None,
        "courriel": partner.email,
        "téléphone": partner.phone,
        "axes": [str(axis) for axis in partner.axes.all()],
        "publics": [str(audience) for audience in partner.audiences.all()],
        "domaines d’expérience": partner.experience_keywords,
        "parle français": partner.speaks_french,
        "parle anglais": partner.speaks_english,
        "disponibilités": partner.get_availability_display(),
        "consentement": {
            "date": partner.consent_date.isoformat() if partner.consent_date else None,
            "portée": partner.consent_scope,
        },
        "notes de l’accueil": partner.notes,
        "plan d’accueil": [
            {
                "outil": item.tool.title,
                "fait le": item.completed_on.isoformat() if item.completed_on else None,
            }
            for item in partner.onboarding_items.select_related("tool")
        ],
        "formations suivies": [page.title for page in partner.trainings.all()],
        "jumelages": [
            {"demande": str(a.request), "le": a.assigned_at.isoformat()}
            for a in partner.assignments.select_related("request")
        ],
        "implications": [
            {
                "date": i.date.isoformat(),
                "heures": str(i.hours),
                "activité": i.description,
                "demande": str(i.request) if i.request_id else None,
            }
            for i in partner.involvements.select_related("request")
        ],
        "dépenses": [
            {"date": e.date.isoformat(), "nature": e.get_kind_display(), "montant": str(e.amount)}
            for e in partner.expenses.all()
        ],
    }
