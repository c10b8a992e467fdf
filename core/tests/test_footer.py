"""The footer's contact: the office's name, address, phone and e-mail from the site settings."""

import pytest

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


def _footer(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') : html.index("</footer>")]


@pytest.fixture
def contact(home_pages):
    settings = SiteSettings.objects.get_or_create(site_id=1)[0]
    settings.address = "CIUSSS de la Capitale-Nationale\nQuébec (Québec)"
    settings.phone = "418 663-5354, poste 11044"
    settings.email = "bpue.ciussscn@ssss.gouv.qc.ca"
    settings.save()
    return settings


def test_the_footer_gives_address_phone_and_email(client, contact):
    footer = _footer(client.get("/fr/"))
    assert "<strong>Bureau du partenariat avec l’usager</strong>" in footer
    assert "CIUSSS de la Capitale-Nationale<br>Québec (Québec)" in footer
    phone = '<a href="tel:+14186635354;ext=11044">418 663-5354, poste 11044</a>'
    assert f"Téléphone : {phone}" in footer
    email = "bpue.ciussscn@ssss.gouv.qc.ca"
    assert f'Courriel : <a href="mailto:{email}">{email}</a>' in footer


def test_the_footer_writes_typographic_apostrophes(client, home_pages):
    from django.utils.html import strip_tags

    text = strip_tags(_footer(client.get("/fr/")))
    assert "'" not in text and "&#x27;" not in text
    assert "Bureau du partenariat avec l’usager" in text


def test_the_english_footer_names_the_office_in_english_or_marks_the_french(client, contact):
    footer = _footer(client.get("/en/"))
    assert '<strong lang="fr">Bureau du partenariat avec l’usager</strong>' in footer
    assert "Phone : " in footer or "Phone: " in footer
    contact.organisation_name_en = "Office of Partnership with Users"
    contact.contact_hours = "Du lundi au vendredi, de 8 h 30 à 16 h 30"
    contact.save()
    footer = _footer(client.get("/en/"))
    assert "<strong>Office of Partnership with Users</strong>" in footer
    assert '<li lang="fr">Du lundi au vendredi, de 8 h 30 à 16 h 30</li>' in footer
    contact.contact_hours_en = "Monday to Friday, 8:30 a.m. to 4:30 p.m."
    contact.save()
    assert "<li>Monday to Friday, 8:30 a.m. to 4:30 p.m.</li>" in _footer(client.get("/en/"))


@pytest.mark.parametrize(
    ("phone", "href"),
    [
        ("418 663-5354, poste 11044", "tel:+14186635354;ext=11044"),
        ("418 663-5354 poste 11 044", "tel:+14186635354;ext=11044"),
        ("1 800 555-0199", "tel:+18005550199"),
        ("+33 1 23 45 67 89", "tel:+33123456789"),
    ],
)
def test_phone_links_follow_rfc_3966(phone, href):
    from core.templatetags.core_tags import tel_href

    assert tel_href(phone) == href


def _warm_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, len(queries)


def test_every_footer_links_the_accessibility_statement_without_a_query(client, home_pages):
    from core.factories import translate
    from hub.factories import ContentPageFactory

    home_fr, _ = home_pages
    _response, without = _warm_queries(client, "/fr/")
    statement = ContentPageFactory(parent=home_fr, title="Accessibilité", slug="accessibilite")
    translate(statement, title="Accessibility", slug="accessibility")
    settings = SiteSettings.objects.get_or_create(site_id=1)[0]
    settings.accessibility_page = statement
    settings.save()
    response, warm = _warm_queries(client, "/fr/")
    assert '<li><a href="/fr/accessibilite/">Accessibilité</a></li>' in _footer(response)
    assert warm == without  # from the frame snapshot: no query per request
    english = _footer(client.get("/en/"))
    assert '<li><a href="/en/accessibility/">Accessibility</a></li>' in english
    # A 404 has the footer too.
    assert 'href="/fr/accessibilite/"' in _footer(client.get("/fr/absente/"))
