"""The office's admin: only « Bureau du partenariat » (and superusers) see anything."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from engagement.models import Involvement, RequestStatus
from hub.factories import HubPageFactory, ProjectIndexPageFactory, ProjectPageFactory
from outils.factories import ToolIndexPageFactory, ToolPageFactory


@pytest.fixture
def records(make_request, make_partner):
    partner = make_partner("Camille", "Exemple-Fictif", experience_keywords="proche aidant")
    request = make_request(project="Projet confidentiel Zéphyr")
    Involvement.objects.create(partner_user=partner, request=request, hours=2)
    return partner, request


def surfaces(partner, request):
    return {
        "partner listing": reverse("engagement_partners:index"),
        "partner search": reverse("engagement_partners:index") + "?q=Camille",
        "partner edit": reverse("engagement_partners:edit", args=[partner.pk]),
        "partner inspect": reverse("engagement_partners:inspect", args=[partner.pk]),
        "partner history": reverse("engagement_partners:history", args=[partner.pk]),
        "partner export": reverse("engagement_partners:index") + "?export=csv",
        "request listing": reverse("engagement_requests:index"),
        "request search": reverse("engagement_requests:index_results") + "?q=Zéphyr",
        "request edit": reverse("engagement_requests:edit", args=[request.pk]),
        "request export": reverse("engagement_requests:index") + "?export=xlsx",
        "status form": reverse("engagement_requests:status", args=[request.pk]),
        "matching": reverse("engagement_requests:match", args=[request.pk]),
        "closing": reverse("engagement_requests:close", args=[request.pk]),
        "involvements": reverse("engagement_involvements:index"),
        "expenses": reverse("engagement_expenses:index"),
        "tariff": reverse("engagement_tariff:index"),
        "form intake": reverse("engagement:intake"),
        "dashboard": reverse("engagement:dashboard"),
        "dashboard export": reverse("engagement:dashboard") + "?export=csv",
        "recognition": reverse("engagement:recognition"),
        "recognition export": reverse("engagement:recognition") + "?export=csv",
        "letter": reverse("engagement:letter", args=[partner.pk, 2026]),
    }


@pytest.mark.django_db
def test_a_moderator_outside_the_office_is_refused_everywhere(client, records, office_moderator):
    client.force_login(office_moderator)
    for name, url in surfaces(*records).items():
        response = client.get(url)
        assert response.status_code in (302, 403), name
        assert b"Camille" not in response.content, name
        assert "Zéphyr".encode() not in response.content, name


@pytest.mark.django_db
def test_a_moderator_with_a_stray_permission_is_still_refused(client, records, office_moderator):
    from django.contrib.auth.models import Permission

    office_moderator.user_permissions.add(
        Permission.objects.get(codename="view_partneruser"),
        Permission.objects.get(codename="change_partneruser"),
    )
    client.force_login(office_moderator)
    partner, _request = records
    assert client.get(reverse("engagement_partners:index")).status_code in (302, 403)
    assert client.get(reverse("engagement_partners:edit", args=[partner.pk])).status_code in (
        302,
        403,
    )


@pytest.mark.django_db
def test_the_office_sees_every_surface(client, records, office_user):
    client.force_login(office_user)
    for name, url in surfaces(*records).items():
        response = client.get(url)
        assert response.status_code == 200, name
    assert b"Camille" in client.get(reverse("engagement_partners:index") + "?q=Camille").content


@pytest.mark.django_db
def test_admin_menu_and_search_areas_only_for_the_office(
    client, records, office_moderator, office_user
):
    client.force_login(office_moderator)
    for url in ("/admin/", reverse("wagtailadmin_pages:search") + "?q=Camille"):
        page = client.get(url).content.decode()
        assert "/admin/partenariat/" not in page, url
        assert "Tableau de bord du partenariat" not in page, url
    client.force_login(office_user)
    page = client.get("/admin/").content.decode()
    assert reverse("engagement_partners:index") in page
    assert reverse("engagement:dashboard") in page


@pytest.mark.django_db
def test_the_export_neutralises_formulas(client, make_partner, office_user):
    make_partner("=HYPERLINK(1)", "Fictif")
    client.force_login(office_user)
    response = client.get(reverse("engagement_partners:index") + "?export=csv")
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in body


@pytest.mark.django_db
class TestStatusChange:
    def test_the_requester_gets_a_french_email_and_history_is_kept(
        self, client, make_request, office_user
    ):
        request = make_request()
        client.force_login(office_user)
        url = reverse("engagement_requests:status", args=[request.pk])
        response = client.post(url, {"status": "analysis", "reason": ""})
        assert response.status_code == 302
        request.refresh_from_db()
        assert request.status == RequestStatus.ANALYSIS
        assert request.status_changes.get().changed_by == office_user
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["demandeuse@example.org"]
        assert "En analyse" in message.subject
        assert "Bonjour Fictive Demandeuse" in message.body
        assert f"/fr/suivi-demande/{request.token}/" in message.body

    def test_a_disallowed_status_is_refused_with_a_french_message(
        self, client, make_request, office_user
    ):
        request = make_request()
        client.force_login(office_user)
        url = reverse("engagement_requests:status", args=[request.pk])
        response = client.post(url, {"status": "done", "reason": "texte gardé"})
        assert response.status_code == 400
        assert "Sélectionnez un choix valide" in response.content.decode()
        assert "texte gardé" in response.content.decode()
        response = client.post(url, {"status": "refused", "reason": ""})
        assert response.status_code == 400
        assert "Indiquez le motif" in response.content.decode()
        request.refresh_from_db()
        assert request.status == RequestStatus.RECEIVED
        assert mail.outbox == []

    def test_a_moderator_cannot_post_a_change(self, client, make_request, office_moderator):
        request = make_request()
        client.force_login(office_moderator)
        url = reverse("engagement_requests:status", args=[request.pk])
        assert client.post(url, {"status": "analysis"}).status_code in (302, 403)
        request.refresh_from_db()
        assert request.status == RequestStatus.RECEIVED


@pytest.mark.django_db
def test_closing_records_outcome_and_tools(client, make_request, office_user):
    request = make_request()
    for status in ("analysis", "matched", "in_progress"):
        request.change_status(status)
    client.force_login(office_user)
    url = reverse("engagement_requests:close", args=[request.pk])
    data = {
        "outcome": "Le guide d’accueil a été réécrit avec les usagers.",
        "tools-TOTAL_FORMS": "3",
        "tools-INITIAL_FORMS": "0",
        "tools-MIN_NUM_FORMS": "0",
        "tools-MAX_NUM_FORMS": "20",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.DONE
    assert request.outcome.startswith("Le guide")
    assert len(mail.outbox) == 1


@pytest.fixture
def project_index(home_pages):
    return ProjectIndexPageFactory(parent=HubPageFactory(parent=home_pages[0]))


def _close_data(**extra):
    return {
        "outcome": "Le guide d’accueil a été réécrit avec les usagers.",
        "tools-TOTAL_FORMS": "3",
        "tools-INITIAL_FORMS": "0",
        "tools-MIN_NUM_FORMS": "0",
        "tools-MAX_NUM_FORMS": "20",
        **extra,
    }


@pytest.mark.django_db
def test_closing_can_create_the_project_page_as_a_draft(
    client, make_request, office_user, project_index
):
    request = make_request()
    for status in ("analysis", "matched", "in_progress"):
        request.change_status(status)
    client.force_login(office_user)
    url = reverse("engagement_requests:close", args=[request.pk])
    response = client.post(url, _close_data(create_project_page="on"))
    assert response.status_code == 302
    request.refresh_from_db()
    page = request.project_page
    assert page is not None and page.get_parent().pk == project_index.pk
    assert (page.title, page.direction, page.live) == (
        "Révision du guide d’accueil",
        "Direction des programmes santé mentale",
        False,  # a draft: the editors complete and publish it
    )
    assert page.slug == "revision-du-guide-daccueil"
    assert page.get_latest_revision() is not None
    # Nothing personal is copied into a page meant to be published.
    assert "Fictive Demandeuse" not in str(page.get_latest_revision().content)
    assert client.get(page.url or "/fr/nope/").status_code == 404


@pytest.mark.django_db
def test_closing_refuses_both_an_existing_and_a_new_project_page(
    client, make_request, office_user, project_index
):
    existing = ProjectPageFactory(parent=project_index, title="Projet Boussole")
    request = make_request()
    for status in ("analysis", "matched", "in_progress"):
        request.change_status(status)
    client.force_login(office_user)
    url = reverse("engagement_requests:close", args=[request.pk])
    response = client.post(
        url, _close_data(create_project_page="on", project_page=str(existing.pk))
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "pas les deux" in html
    assert "Le guide d’accueil a été réécrit avec les usagers." in html  # kept
    request.refresh_from_db()
    assert request.status == RequestStatus.IN_PROGRESS


def described_by(html):
    """Each id an aria-describedby of the page names, and whether the page has it."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    names = {n for v in re.findall(r'aria-describedby="([^"]+)"', html) for n in v.split()}
    return {name: name in ids for name in names}


@pytest.mark.django_db
def test_the_office_forms_tie_help_and_errors_to_their_fields(
    client, make_request, office_user, home_pages
):
    """A screen reader reads a field's help text and errors with it: every id the fields'
    aria-describedby name (Django's `<id>_helptext` and `<id>_error`) is on the page."""
    tool = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_pages[0]))
    request = make_request()
    for status in ("analysis", "matched", "in_progress"):
        request.change_status(status)
    client.force_login(office_user)
    status_url = reverse("engagement_requests:status", args=[request.pk])
    response = client.post(status_url, {"status": "received", "reason": ""})
    assert response.status_code == 400
    refs = described_by(response.content.decode())
    assert {"id_status_error", "id_reason_helptext"} <= refs.keys()
    assert all(refs.values()), refs
    response = client.post(
        reverse("engagement_requests:close", args=[request.pk]),
        _close_data(outcome="", **{"tools-0-tool": str(tool.pk)}),
    )
    assert response.status_code == 400
    refs = described_by(response.content.decode())
    assert {"id_outcome_helptext", "id_outcome_error", "id_tools-0-helped_error"} <= refs.keys()
    assert all(refs.values()), refs


@pytest.mark.django_db
def test_a_status_change_by_no_one_shows_in_the_history(client, make_request, office_user):
    """The demo (and any change made outside the admin) records no user: the status
    screen's history says « — » rather than failing."""
    request = make_request()
    request.change_status("analysis")
    client.force_login(office_user)
    response = client.get(reverse("engagement_requests:status", args=[request.pk]))
    assert response.status_code == 200
    assert "<td>—</td>" in response.content.decode()
