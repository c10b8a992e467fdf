"""The two request forms' submissions become the office's records."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from engagement.models import PartnershipRequest, PartnerUser
from hub.models import RequestFormField, RequestFormPage


def make_form(parent, slug, staff_only, fields):
    page = RequestFormPage(
        title=slug.capitalize(), slug=slug, privacy_notice="<p>Ce que nous gardons.</p>"
    )
    page.staff_only = staff_only
    page.form_fields = [
        RequestFormField(label=label, field_type=kind, required=False, choices=choices)
        for label, kind, choices in fields
    ]
    parent.add_child(instance=page)
    return page


@pytest.fixture
def forms(home_pages):
    home, _ = home_pages
    request_form = make_form(
        home,
        "demander",
        True,
        [
            ("Votre nom", "singleline", ""),
            ("Courriel professionnel", "email", ""),
            ("Direction et équipe", "singleline", ""),
            ("Description du projet", "multiline", ""),
            ("Profil recherché", "multiline", ""),
            ("Axe du partenariat", "radio", "L’usager collaborateur en amélioration"),
        ],
    )
    partner_form = make_form(
        home,
        "devenir",
        False,
        [
            ("Prénom et nom", "singleline", ""),
            ("Courriel", "email", ""),
            ("Téléphone", "singleline", ""),
            ("Vos disponibilités", "singleline", ""),
        ],
    )
    staff = FormSubmission.objects.create(
        page=request_form,
        form_data={
            "votre_nom": "Gestionnaire Fictive",
            "courriel_professionnel": "gestion@example.org",
            "direction_et_equipe": "Direction SAPA",
            "description_du_projet": "Comité milieu de vie\nBut : revoir l’accueil",
            "profil_recherche": "proche aidant",
            "axe_du_partenariat": "L’usager collaborateur en amélioration",
        },
    )
    public = FormSubmission.objects.create(
        page=partner_form,
        form_data={
            "prenom_et_nom": "Candidate Fictive",
            "courriel": "candidate@example.org",
            "telephone": "418 555-0100",
            "vos_disponibilites": "les soirs",
        },
    )
    return staff, public


@pytest.mark.django_db
def test_the_office_turns_submissions_into_records(client, forms, office_user):
    staff, public = forms
    client.force_login(office_user)
    url = reverse("engagement:intake")
    page = client.get(url).content.decode()
    assert "Créer la demande" in page and "Créer la fiche de candidat" in page

    response = client.post(url, {"submission": staff.pk})
    request = PartnershipRequest.objects.get()
    assert response["Location"] == reverse("engagement_requests:edit", args=[request.pk])
    assert request.requester_email == "gestion@example.org"
    assert request.direction == "Direction SAPA"
    assert request.project == "Comité milieu de vie"
    assert request.axis.code == "improvement"
    assert request.experience_sought == "proche aidant"

    client.post(url, {"submission": public.pk})
    partner = PartnerUser.objects.get()
    assert (partner.first_name, partner.last_name) == ("Candidate", "Fictive")
    assert partner.status == "candidate" and partner.phone == "418 555-0100"
    assert partner.consent_date is not None
    assert "les soirs" in partner.notes

    assert client.get(url).content.decode().count("déjà créée") == 2
    assert client.post(url, {"submission": "abc"}).status_code == 302


@pytest.mark.django_db
def test_a_moderator_cannot_see_or_convert(client, forms, office_moderator):
    staff, _public = forms
    client.force_login(office_moderator)
    url = reverse("engagement:intake")
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Gestionnaire Fictive" not in response.content.decode()
    assert client.post(url, {"submission": staff.pk}).status_code in (302, 403)
    assert not PartnershipRequest.objects.exists()
