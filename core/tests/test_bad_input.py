"""The site-wide guard (core/guards.py) and the API's own parameters: exact statuses, never a 500.

A NUL character or an integer beyond 64 bits, in a path, a query string or a form value,
gets a 400 before any view (a French page, JSON on the API); an oversized public body a
413. The API's `search_operator`, `offset`, `limit` and `id` are checked too. The API cases
are the ones PostgreSQL turned into a 500, so they also run there (`make test`).
"""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.guards import find_problem, out_of_range_integer

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.fixture
def page(home_pages):
    home_fr, _ = home_pages
    page = Page(title="Usager partenaire", slug="usager-partenaire")
    home_fr.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def document(db):
    document = get_document_model().objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.4 guide", name="guide.pdf")
    )
    return document


# (label, URL, expected status). Every surface, each with a NUL byte and a huge integer.
CORPUS = [
    # pages and paths
    ("home, NUL in the query", "/fr/?q=%00", 400),
    ("home, huge integer", f"/fr/?page={HUGE}", 400),
    ("page, NUL in the path", "/fr/usager%00partenaire/", 400),
    ("page, huge integer in the path", f"/fr/{HUGE}/", 400),
    ("unknown path, NUL", "/fr/nulle-part%00/", 400),
    ("page, NUL in a parameter name", "/fr/usager-partenaire/?a%00=1", 400),
    ("page, harmless junk", "/fr/usager-partenaire/?page=abc&x=%3Cb%3E", 200),
    ("page, largest bigint", "/fr/usager-partenaire/?page=9223372036854775807", 200),
    ("page, one past the largest bigint", "/fr/usager-partenaire/?page=9223372036854775808", 400),
    ("page, huge negative", f"/fr/usager-partenaire/?page=-{HUGE}", 400),
    ("page, huge with underscores", "/fr/usager-partenaire/?page=9_999_999_999_999_999_999", 400),
    ("page, huge in full-width digits", "/fr/usager-partenaire/?page=" + "%EF%BC%99" * 20, 400),
    ("page, 5,000 digits", "/fr/usager-partenaire/?page=" + "9" * 5000, 400),
    ("unknown page", "/fr/nulle-part/", 404),
    # listings and search
    ("tool bank, NUL", "/fr/outils/?q=%00", 400),
    ("tool bank, huge page", f"/fr/outils/?page={HUGE}", 400),
    ("tool bank, NUL in a facet", "/en/tools/?axis=care%00", 400),
    ("search, NUL", "/fr/recherche/?q=us%00ager", 400),
    ("search, huge page", f"/en/search/?q=usager&page={HUGE}", 400),
    ("search, harmless", "/fr/recherche/?q=usager&page=-1", 200),
    # API list, detail, find
    ("API list, NUL search", "/api/v2/pages/?search=%00", 400),
    ("API list, huge offset", f"/api/v2/pages/?offset={HUGE}", 400),
    ("API list, huge limit", f"/api/v2/pages/?limit={HUGE}", 400),
    ("API list, offset with underscores", "/api/v2/pages/?offset=1_0", 400),
    ("API list, offset with spaces", "/api/v2/pages/?offset=%201", 400),
    ("API list, negative offset", "/api/v2/pages/?offset=-1", 400),
    ("API list, bogus search operator", "/api/v2/pages/?search=a&search_operator=bogus", 400),
    ("API list, search operator and", "/api/v2/pages/?search=usager&search_operator=and", 200),
    ("API list, search operator or", "/api/v2/pages/?search=usager&search_operator=or", 200),
    ("API list, huge child_of", f"/api/v2/pages/?child_of={HUGE}", 400),
    ("API list, huge id filter", f"/api/v2/pages/?id={HUGE}", 400),
    ("API list, unknown parameter", "/api/v2/pages/?zzz=1", 400),
    ("API list, huge offset within bigint", "/api/v2/pages/?offset=999999999999999999", 200),
    ("API detail, huge id", f"/api/v2/pages/{HUGE}/", 400),
    ("API detail, NUL", "/api/v2/pages/1/?fields=%00", 400),
    ("API detail, unknown id", "/api/v2/pages/999999/", 404),
    ("API find, NUL search", "/api/v2/pages/find/?search=%00", 400),
    ("API find, NUL path", "/api/v2/pages/find/?html_path=/fr/%00/", 400),
    ("API find, huge id", f"/api/v2/pages/find/?id={HUGE}", 400),
    ("API find, id not a number", "/api/v2/pages/find/?id=abc", 400),
    ("API find, unknown id", "/api/v2/pages/find/?id=999999", 404),
    # documents
    ("document, huge id", f"/documents/{HUGE}/guide.pdf", 400),
    ("document, NUL in the name", "/documents/1/gu%00ide.pdf", 400),
    ("document, unknown id", "/documents/999999/guide.pdf", 404),
    # sitemap and feeds
    ("sitemap, NUL", "/sitemap.xml?p=%00", 400),
    ("sitemap, huge page", f"/sitemap.xml?p={HUGE}", 400),
]


@pytest.mark.parametrize(("label", "url", "status"), CORPUS, ids=[c[0] for c in CORPUS])
def test_every_surface_answers_the_expected_status(client, page, document, label, url, status):
    response = client.get(url)
    assert response.status_code == status, label
    body = response.content.decode() if not response.streaming else ""
    assert "\x00" not in body
    if status == 400 and url.startswith("/api/"):
        assert response["Content-Type"] == "application/json"
        assert json.loads(body)["message"]


def test_the_page_explains_in_french_and_in_english(client, home_pages):
    response = client.get("/fr/?q=%00")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Requête invalide" in html and "caractère nul" in html
    assert '<html lang="fr">' in html
    response = client.get(f"/en/?page={HUGE}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bad request" in html and "number too large" in html


def test_the_api_answers_in_json(client, home_pages):
    response = client.get("/api/v2/pages/?search=%00")
    assert response.status_code == 400
    assert "caractère nul" in response.json()["message"]
    response = client.get("/api/v2/pages/?search=a&search_operator=bogus")
    assert response.status_code == 400
    assert "« and » ou « or »" in response.json()["message"]


def test_a_nul_in_a_form_value_is_refused(client, page):
    response = client.post("/fr/connexion/", {"username": "a\x00b", "password": "x"})
    assert response.status_code == 400
    assert "caractère nul" in response.content.decode()
    response = client.post("/fr/connexion/", {"username": "admin", "password": "x"})
    assert response.status_code == 200


def test_a_nul_in_an_admin_form_value_is_refused(client, editor_user):
    client.force_login(editor_user)
    response = client.post("/admin/pages/search/", {"q": "a\x00"})
    assert response.status_code == 400


def test_a_public_body_past_the_cap_is_refused(client, page, settings):
    settings.PUBLIC_REQUEST_MAX_BYTES = 1000
    response = client.post("/fr/connexion/", {"username": "a" * 2000, "password": "x"})
    assert response.status_code == 413
    assert "trop volumineuses" in response.content.decode()
    response = client.post("/fr/connexion/", {"username": "a" * 100, "password": "x"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        ("9223372036854775807", False),
        ("-9223372036854775808", False),
        ("9223372036854775808", True),
        ("-9223372036854775809", True),
        ("0009223372036854775807", False),
        (" 99999999999999999999 ", True),
        ("9_999_999_999_999_999_999", True),
        ("\uff19" * 20, True),
        ("1e999", False),
        ("12345678901234567890abc", False),
        ("", False),
        ("9" * 10000, True),
    ],
)
def test_out_of_range_integers(value, refused):
    assert out_of_range_integer(value) is refused


def test_the_guard_reads_no_body_of_a_get(rf):
    assert find_problem(rf.get("/fr/", {"q": "usager"})) is None
    assert find_problem(rf.get("/fr/", {"q": "us\x00ager"})) == "nul"
