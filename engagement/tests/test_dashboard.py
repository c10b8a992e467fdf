import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from engagement.models import Involvement, PartnershipRequest, PartnerUser


def _fill(count, office_user):
    now = timezone.now()
    statuses = ["received", "analysis", "matched", "in_progress", "done"]
    PartnershipRequest.objects.bulk_create(
        [
            PartnershipRequest(
                direction=f"Direction {i % 6}",
                project=f"Projet {i}",
                involvement_kind="committee",
                requester_name="Fictif",
                requester_email="fictif@example.org",
                status=statuses[i % 5],
                responsible=office_user if i % 2 else None,
                received_at=now - datetime.timedelta(days=i % 60),
                matched_at=(now - datetime.timedelta(days=i % 60) + datetime.timedelta(days=4))
                if statuses[i % 5] in ("matched", "in_progress", "done")
                else None,
                token=f"tok{i:040d}",
            )
            for i in range(count)
        ]
    )
    partners = PartnerUser.objects.bulk_create(
        [
            PartnerUser(first_name=f"P{i}", last_name="Fictif", status="active")
            for i in range(count // 10 + 1)
        ]
    )
    Involvement.objects.bulk_create([Involvement(partner_user=p, hours=1) for p in partners[::2]])


def _queries(client):
    url = reverse("engagement:dashboard")
    client.get(url)  # warm the session and the admin's own lookups
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context), response.content.decode()


@pytest.mark.django_db
def test_dashboard_query_count_does_not_grow(client, office_user):
    client.force_login(office_user)
    _fill(10, office_user)
    small, page = _queries(client)
    assert 'id="median">4' in page
    PartnershipRequest.objects.all().delete()
    PartnerUser.objects.all().delete()
    _fill(1000, office_user)
    large, page = _queries(client)
    assert large == small
    assert 'id="active">101<' in page


@pytest.mark.django_db
def test_dashboard_figures(client, office_user, make_request, make_partner):
    request = make_request(direction="Direction SAPA")
    request.change_status("analysis")
    make_request(direction="Direction SAPA")
    idle = make_partner("Oublié", "Fictif")
    busy = make_partner("Actif", "Fictif")
    Involvement.objects.create(partner_user=busy, hours=2)
    Involvement.objects.create(
        partner_user=idle, hours=2, date=datetime.date.today() - datetime.timedelta(days=400)
    )
    client.force_login(office_user)
    page = client.get(reverse("engagement:dashboard")).content.decode()
    assert 'id="active">2<' in page and 'id="idle">1<' in page
    assert "Oublié Fictif" in page
    assert "Direction SAPA" in page
    csv = client.get(reverse("engagement:dashboard") + "?export=csv").content.decode()
    assert "Demandes par direction,Direction SAPA,2" in csv
