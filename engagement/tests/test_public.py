"""The requester's private status page, and no personal data on any public surface."""

import pytest
from django.urls import reverse
from django.utils import translation

from engagement.models import Assignment


@pytest.mark.django_db
def test_the_private_link_shows_the_status_without_personal_data(
    client, home_pages, make_request, make_partner, settings
):
    settings.PAGE_CACHE_ENABLED = True
    request = make_request(project="Projet Aurore")
    request.change_status("analysis")
    partner = make_partner("Dominique", "Inventé")
    Assignment.objects.create(request=request, partner_user=partner)
    url = reverse("engagement-request-status", args=[request.token])
    assert url.startswith("/fr/suivi-demande/")
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Projet Aurore" in page and "En analyse" in page
    assert "Dominique" not in page and "Inventé" not in page
    assert "Fictive Demandeuse" not in page
    control = response["Cache-Control"]
    assert "private" in control and "no-store" in control
    assert response.get("X-Cache") != "miss"
    assert client.get(url).get("X-Cache") != "hit"


@pytest.mark.django_db
def test_the_english_link(client, home_pages, make_request):
    request = make_request()
    with translation.override("en"):
        url = reverse("engagement-request-status", args=[request.token])
    assert url.startswith("/en/request-status/")
    assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token", ["x" * 32, "court", "<script>alert(1)</script>" + "a" * 20, "a" * 200]
)
def test_a_bad_token_is_a_404(client, home_pages, make_request, token):
    make_request()
    response = client.get(f"/fr/suivi-demande/{token}/")
    assert response.status_code == 404
    assert "<script>alert" not in response.content.decode()


@pytest.mark.django_db
def test_no_personal_data_in_public_search_sitemap_or_api(
    client, home_pages, make_request, make_partner
):
    make_partner("Unikatnom", "Fictif", experience_keywords="Unikatmot")
    make_request(project="Unikatprojet", requester_name="Unikatdemandeur")
    for url in (
        "/fr/recherche/?q=Unikatnom",
        "/fr/recherche/?q=Unikatprojet",
        "/sitemap.xml",
        "/api/v2/pages/?search=Unikatnom",
        "/api/v2/pages/",
    ):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = response.content.decode()
        for secret in ("Unikatnom", "Unikatmot", "Unikatprojet", "Unikatdemandeur"):
            if secret in url:
                body = body.replace(secret, "", body.count(secret))
                # the query itself is echoed; the record must not be found
            assert secret not in body or "0 résultat" in body or "Aucun résultat" in body, url


def test_no_record_of_the_office_is_in_the_reference_index():
    """A tool page's « Usage » tab (editors) must not list partner users by name."""
    from wagtail.models import ReferenceIndex

    from engagement.models import OnboardingItem, PartnerUser

    assert not ReferenceIndex.is_indexed(PartnerUser)
    assert not ReferenceIndex.is_indexed(OnboardingItem)
