"""Request forms: stored submissions, consent, kept input, honeypot, rate limit, staff-only."""

import csv
import io
import time

import pytest
from django.core import signing
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from hub.models import RequestFormField

pytestmark = pytest.mark.django_db

VALID = {
    "prenom_et_nom": "Marie Tremblay",
    "courriel": "marie@example.org",
    "ce_qui_vous_motive": "Améliorer l’accueil.",
    "consentement": "on",
    "site_web": "",
}


def test_form_shows_notice_consent_and_retention(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert "Ce que nous conservons" in html
    assert "Nous conservons vos coordonnées." in html
    assert "conservées 12 mois" in html
    assert 'name="consentement"' in html
    assert 'class="hub-hp" aria-hidden="true"' in html


def test_valid_submission_is_stored(client, form_page):
    response = client.post(form_page.url, VALID)
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Merci, votre demande est envoyée" in thanks.content.decode()
    submission = FormSubmission.objects.get(page=form_page)
    data = submission.get_data()
    assert data["prenom_et_nom"] == "Marie Tremblay"
    assert data["consentement"] is True
    assert "site_web" not in data


def test_invalid_submission_keeps_input_and_explains_in_french(client, form_page):
    data = {**VALID, "courriel": "", "consentement": ""}
    response = client.post(form_page.url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert "Le formulaire contient des erreurs" in html
    assert "Remplissez le champ « Courriel »." in html
    assert "Cochez la case de consentement" in html
    assert 'value="Marie Tremblay"' in html  # what the user typed is still there
    assert "Améliorer l’accueil." in html


def test_invalid_email_message(client, form_page):
    response = client.post(form_page.url, {**VALID, "courriel": "pas-un-courriel"})
    assert FormSubmission.objects.count() == 0
    assert 'value="pas-un-courriel"' in response.content.decode()


def test_markup_is_not_echoed_unescaped(client, form_page):
    response = client.post(form_page.url, {**VALID, "prenom_et_nom": "<script>x()</script>",
                                           "courriel": ""})  # fmt: skip
    assert "<script>x()</script>" not in response.content.decode()


def test_honeypot_stores_nothing_but_thanks(client, form_page):
    response = client.post(form_page.url, {**VALID, "site_web": "http://spam.example"}, follow=True)
    assert response.redirect_chain[0][1] == 303
    assert "Merci, votre demande est envoyée" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_rate_limit_per_address(client, form_page, settings):
    settings.RATE_LIMITS = {"request_form": (3, 3600)}
    for _ in range(3):
        assert client.post(form_page.url, VALID, REMOTE_ADDR="10.0.0.1").status_code == 303
    blocked = client.post(form_page.url, VALID, REMOTE_ADDR="10.0.0.1")
    assert blocked.status_code == 429
    assert "Trop de demandes" in blocked.content.decode()
    assert 'value="Marie Tremblay"' in blocked.content.decode()
    assert FormSubmission.objects.count() == 3
    # Another address is not affected.
    assert client.post(form_page.url, VALID, REMOTE_ADDR="10.0.0.2").status_code == 303
    assert FormSubmission.objects.count() == 4


def test_staff_only_form_is_hidden_from_the_public(client, hub_demo, staff_user):
    url = "/fr/partenariat/demander-un-usager-partenaire/"
    assert client.get(url).status_code == 404
    assert client.get("/en/partnership/request-a-partner-user/").status_code == 404
    assert "demander-un-usager-partenaire" not in client.get("/fr/partenariat/").content.decode()
    client.force_login(staff_user)
    response = client.get(url)
    assert response.status_code == 200
    assert "Profil recherché" in response.content.decode()


def test_demo_forms_ask_for_no_health_information(client, hub_demo):
    html = client.get("/fr/partenariat/devenir-usager-partenaire/").content.decode()
    assert "aucun renseignement sur votre santé" in html
    assert "santé" not in " ".join(
        f.label for f in RequestFormField.objects.filter(page__locale__language_code="fr")
    )


def test_editors_see_and_export_submissions(client, form_page, editor_user):
    client.post(form_page.url, VALID)
    client.force_login(editor_user)
    listing = client.get(f"/admin/forms/submissions/{form_page.pk}/")
    assert listing.status_code == 200
    assert "Marie Tremblay" in listing.content.decode()
    export = client.get(f"/admin/forms/submissions/{form_page.pk}/?export=csv")
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Marie Tremblay" in body and "Consentement" in body


def test_purge_deletes_submissions_past_retention(form_page):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    old = FormSubmission.objects.create(page=form_page, form_data={"a": 1})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=400)
    )
    recent = FormSubmission.objects.create(page=form_page, form_data={"a": 2})
    call_command("purge_form_submissions", verbosity=0)
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [recent.pk]


def test_rate_limit_behind_the_proxy_counts_each_visitor(client, form_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.RATE_LIMITS = {"request_form": (1, 3600)}
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = client.post(form_page.url, VALID, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert first.status_code == 303
    again = client.post(form_page.url, VALID, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert again.status_code == 429
    other = client.post(form_page.url, VALID, HTTP_X_FORWARDED_FOR="203.0.113.8", **proxy)
    assert other.status_code == 303
    assert FormSubmission.objects.count() == 2


def test_a_too_long_answer_comes_back_with_its_text_and_a_french_message(client, form_page):
    answer = "Je souhaite améliorer l’accueil. " * 150  # about 5,000 characters
    response = client.post(form_page.url, {**VALID, "ce_qui_vous_motive": answer})
    assert response.status_code == 200
    html = response.content.decode()
    assert "pour un maximum de 4000" in html and "Raccourcissez-le" in html
    assert answer.strip().replace("’", "&#x27;") in html or answer.strip() in html
    assert 'value="Marie Tremblay"' in html
    assert FormSubmission.objects.count() == 0
    response = client.post(form_page.url, {**VALID, "prenom_et_nom": "x" * 256})
    assert "pour un maximum de 255" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    response = client.post(form_page.url, {**VALID, "ce_qui_vous_motive": "x" * 4000}, follow=True)
    assert "Merci, votre demande est envoyée" in response.content.decode()
    assert FormSubmission.objects.count() == 1


def test_a_million_characters_are_refused_before_the_form(client, form_page):
    response = client.post(form_page.url, {**VALID, "ce_qui_vous_motive": "x" * 1_000_000})
    assert response.status_code == 413
    assert "trop volumineuses" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_a_nul_character_in_an_answer_is_refused(client, form_page):
    response = client.post(form_page.url, {**VALID, "prenom_et_nom": "Marie\x00"})
    assert response.status_code == 400
    assert "caractère nul" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_submission_exports_neutralise_formulas(client, form_page, editor_user):
    client.post(form_page.url, {**VALID, "prenom_et_nom": '=HYPERLINK("http://evil.example")',
                                "ce_qui_vous_motive": "-2+3"})  # fmt: skip
    client.force_login(editor_user)
    export = client.get(f"/admin/forms/submissions/{form_page.pk}/?export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert '\'=HYPERLINK("http://evil.example")' in rows[1]
    assert "'-2+3" in rows[1]
    export = client.get(f"/admin/forms/submissions/{form_page.pk}/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).worksheets[0]
    values = [cell.value for cell in sheet[2]]
    assert '\'=HYPERLINK("http://evil.example")' in values and "'-2+3" in values


def test_a_sent_form_redirects_so_a_reload_does_not_send_it_again(client, form_page):
    """Post/Redirect/Get: the thank-you page is a GET; reloading it stores nothing more."""
    response = client.post(form_page.url, VALID)
    assert response.status_code == 303
    location = response["Location"]
    assert location.startswith("/fr/partenariat/devenir/?envoye=")
    for _reload in range(2):
        thanks = client.get(location)
        assert thanks.status_code == 200
        html = thanks.content.decode()
        assert "Merci, votre demande est envoyée" in html
        assert "conservés 12 mois" in html
        assert 'name="consentement"' not in html
    assert FormSubmission.objects.count() == 1


def test_the_thank_you_page_is_never_cached_for_others(client, form_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    location = client.post(form_page.url, VALID)["Location"]
    thanks = client.get(location)
    control = thanks["Cache-Control"]
    assert "private" in control and "no-store" in control and "no-cache" in control
    assert thanks["X-Cache"] == "skip"
    assert client.get(location)["X-Cache"] == "skip"
    # The form itself, for the next visitor, is the form.
    form = client.get(form_page.url)
    assert form.status_code == 200 and 'name="consentement"' in form.content.decode()


@pytest.mark.parametrize("token", ["", "1", "abc:def:ghi", "<script>"])
def test_a_made_up_thanks_token_shows_the_form(client, form_page, token):
    response = client.get(form_page.url, {"envoye": token})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="consentement"' in html
    assert "Merci, votre demande est envoyée" not in html


def test_a_token_for_another_form_or_too_old_shows_the_form(client, form_page, monkeypatch):
    other = signing.dumps(form_page.pk + 1000, salt="hub.request-form.thanks")
    html = client.get(form_page.url, {"envoye": other}).content.decode()
    assert "Merci, votre demande est envoyée" not in html
    location = client.post(form_page.url, VALID)["Location"]
    two_hours_later = time.time() + 7200
    monkeypatch.setattr(signing.time, "time", lambda: two_hours_later)
    html = client.get(location).content.decode()
    assert "Merci, votre demande est envoyée" not in html
