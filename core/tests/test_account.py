"""Who is signed in: the header says it and signs out; a 404 invites staff to sign in."""

import re

import pytest
from django.test import Client
from wagtail.models import Page

from core.access import sync_staff_restriction
from hub.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_pages):
    home_fr, _ = home_pages
    public = ContentPageFactory(parent=home_fr, title="Page publique", slug="publique")
    internal = Page(title="Page interne", slug="interne")
    home_fr.add_child(instance=internal)
    internal.save_revision().publish()
    sync_staff_restriction(internal, True)
    return public, internal


def _header(response):
    html = response.content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def test_the_header_names_the_signed_in_visitor_and_signs_out_by_post(client, pages, make_user):
    user = make_user("mtremblay", ["Staff"], first_name="Marie", last_name="Tremblay")
    client.force_login(user)
    header = _header(client.get("/fr/publique/"))
    assert "Connecté :" in header
    assert "<strong>Marie Tremblay</strong>" in header
    form = re.search(
        r'<form class="inline-form" method="post" action="([^"]+)">(.*?)</form>',
        header,
    )
    assert form is not None and form.group(1) == "/fr/deconnexion/"
    assert 'name="csrfmiddlewaretoken"' in form.group(2)
    assert "Se déconnecter" in form.group(2)


def test_a_user_without_a_full_name_is_shown_by_user_name(client, pages, staff_user):
    client.force_login(staff_user)
    assert "<strong>staff</strong>" in _header(client.get("/fr/publique/"))


def test_the_english_header_says_it_in_english(client, pages, staff_user, home_pages):
    client.force_login(staff_user)
    header = _header(client.get("/en/"))
    assert "Signed in:" in header and "Sign out" in header


def test_signing_out_from_the_header_ends_the_session(pages, staff_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    header = _header(client.get("/fr/publique/"))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', header).group(1)
    response = client.post("/fr/deconnexion/", {"csrfmiddlewaretoken": token, "next": "/fr/"})
    assert response.status_code == 302 and response["Location"] == "/fr/"
    assert client.get("/fr/interne/").status_code == 404
    assert "Connecté" not in _header(client.get("/fr/publique/"))


def test_anonymous_visitors_get_no_account_block(client, pages):
    header = _header(client.get("/fr/publique/"))
    assert "Connecté" not in header and "Se déconnecter" not in header


def test_the_page_cache_never_stores_nor_serves_a_signed_in_header(pages, staff_user, settings):
    settings.PAGE_CACHE_ENABLED = True
    staff = Client()
    staff.force_login(staff_user)
    signed_in = staff.get("/fr/publique/")
    assert "X-Cache" not in signed_in and "Connecté" in _header(signed_in)
    anonymous = Client().get("/fr/publique/")
    assert anonymous["X-Cache"] == "miss"
    assert "Connecté" not in _header(anonymous) and "Se déconnecter" not in _header(anonymous)
    assert "Connecté" not in _header(Client().get("/fr/publique/"))


def _without_slug(response, slug):
    return response.content.decode().replace(slug, "SLUG")


def test_a_restricted_page_and_a_missing_one_answer_the_same_404(client, pages):
    restricted = client.get("/fr/interne/")
    missing = client.get("/fr/absent/")
    assert restricted.status_code == missing.status_code == 404
    assert _without_slug(restricted, "interne") == _without_slug(missing, "absent")
    html = restricted.content.decode()
    assert "n’est accessible qu’au personnel" in html
    link = 'href="/fr/connexion/?next=/fr/interne/">Connectez-vous pour revenir à cette adresse'
    assert link in html


def test_the_sign_in_link_escapes_the_path_and_keeps_the_query(client, pages):
    path = '/fr/x"><script>alert(1)</script>/'
    html = client.get(path, {"a": "1", "b": "<2>"}).content.decode()
    assert "<script>alert(1)" not in html
    link = re.search(r'href="(/fr/connexion/\?next=[^"]+)">Connectez-vous', html).group(1)
    assert link == (
        "/fr/connexion/?next=/fr/x%2522%253E%253Cscript%253Ealert%281%29%253C/script%253E/"
        "%3Fa%3D1%26b%3D%253C2%253E"
    )


def test_signing_in_from_the_404_comes_back_to_the_page(client, pages, staff_user):
    response = client.post(
        "/fr/connexion/?next=/fr/interne/",
        {"username": "staff", "password": "pw", "next": "/fr/interne/"},
    )
    assert response.status_code == 302 and response["Location"] == "/fr/interne/"
    assert client.get("/fr/interne/").status_code == 200


def test_signed_in_visitors_get_no_sign_in_invitation_on_a_404(client, pages, make_user):
    client.force_login(make_user("someone"))
    html = client.get("/fr/interne/").content.decode()
    assert "Connectez-vous pour revenir" not in html
