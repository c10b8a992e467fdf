"""Bad input on the office's admin surfaces: a normal page or a 4xx, never a 500."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "engagement_partners:index?status=zzz&axes=abc&availability=<script>",
        "engagement_partners:index?p=99999&ordering=nope",
        "engagement_requests:index?responsible=abc&status=%00",
        "engagement_requests:index?q=" + "é" * 500,
        "engagement:recognition?year=99999999999999999999999",
        "engagement:dashboard?export=pdf",
        "engagement_involvements:index?tariff=-1",
    ],
)
def test_bad_query_strings(client, office_user, make_request, make_partner, path):
    make_request()
    make_partner()
    client.force_login(office_user)
    name, _, query = path.partition("?")
    response = client.get(reverse(name) + "?" + query)
    assert response.status_code < 500
    assert b"<script>" not in response.content


@pytest.mark.django_db
def test_bad_posts_keep_what_was_typed(client, office_user, make_request):
    request = make_request()
    client.force_login(office_user)
    response = client.post(
        reverse("engagement_requests:match", args=[request.pk]), {"partner_user": ["x", "-1"]}
    )
    assert response.status_code == 400
    request.change_status("analysis")
    request.change_status("matched")
    request.change_status("in_progress")
    response = client.post(
        reverse("engagement_requests:close", args=[request.pk]),
        {
            "outcome": "Texte gardé malgré l’erreur",
            "tools-TOTAL_FORMS": "1",
            "tools-INITIAL_FORMS": "0",
            "tools-MIN_NUM_FORMS": "0",
            "tools-MAX_NUM_FORMS": "20",
            "tools-0-tool": "999999",
            "tools-0-helped": "peut-être",
        },
    )
    assert response.status_code == 400
    assert "Texte gardé malgré l’erreur" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "in_progress"
    # A missing request: the site's 404 handling (core), never a 500.
    missing = client.get(reverse("engagement_requests:status", args=[999999]))
    assert missing.status_code in (302, 404)
