import datetime

import pytest
from django.urls import reverse

from engagement import matching
from engagement.models import Assignment, Involvement, PartnerStatus
from vocabulary.models import Audience, Axis


@pytest.fixture
def vocabulary(db):
    return Axis.objects.get(code="improvement"), Audience.objects.get(code="managers")


@pytest.mark.django_db
def test_ranking_by_fit_then_load_then_least_recently_involved(
    make_request, make_partner, vocabulary
):
    axis, audience = vocabulary
    request = make_request(
        axis=axis, audience=audience, experience_sought="santé mentale, proche aidant"
    )
    best = make_partner("Best", "A", experience_keywords="Santé mentale; proche aidant")
    best.axes.add(axis)
    best.audiences.add(audience)
    axis_only = make_partner("Axis", "B")
    axis_only.axes.add(axis)
    busy = make_partner("Busy", "C", max_assignments=1)
    busy.axes.add(axis)
    busy.audiences.add(audience)
    make_partner("Other", "D", speaks_french=False)
    make_partner("Retired", "E", status=PartnerStatus.RETIRED).axes.add(axis)
    # Busy is on another open request: one open assignment, at capacity.
    Assignment.objects.create(request=make_request(), partner_user=busy)
    # Two equally fitting people: the one involved least recently comes first.
    recent = make_partner("Recent", "F")
    recent.axes.add(axis)
    Involvement.objects.create(
        partner_user=recent, hours=1, date=datetime.date.today() - datetime.timedelta(days=3)
    )
    Involvement.objects.create(
        partner_user=axis_only, hours=1, date=datetime.date.today() - datetime.timedelta(days=300)
    )

    ranked = matching.rank(request)
    names = [c.partner.first_name for c in ranked]
    assert names == ["Best", "Axis", "Recent", "Busy", "Other"]
    by_name = {c.partner.first_name: c for c in ranked}
    assert by_name["Best"].score == 3 + 2 + 2 + 1 + 1
    assert by_name["Busy"].load == 1 and by_name["Busy"].full
    assert by_name["Axis"].last_involvement == datetime.date.today() - datetime.timedelta(days=300)


@pytest.mark.django_db
def test_assigning_from_the_matching_view(client, make_request, make_partner, office_user):
    request = make_request()
    request.change_status("analysis")
    first, second = make_partner("Un", "Fictif"), make_partner("Deux", "Fictif")
    client.force_login(office_user)
    url = reverse("engagement_requests:match", args=[request.pk])
    page = client.get(url).content.decode()
    assert "Un Fictif" in page and "Deux Fictif" in page
    response = client.post(url, {"partner_user": [first.pk, second.pk, "x"]})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "matched" and request.matched_at is not None
    assert set(request.assignments.values_list("partner_user", flat=True)) == {
        first.pk,
        second.pk,
    }
    assert client.post(url, {}).status_code == 400
