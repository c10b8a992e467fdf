"""Staff-only tools: anonymous visitors never learn they exist, on any surface."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from outils.models import ToolDocument

pytestmark = pytest.mark.django_db

SECRET = "Grille confidentielle zibeline"


def _document(title, content=b"contenu"):
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(content), save=False)
    document.save()
    return document


@pytest.fixture
def tools(make_tool):
    public = make_tool(
        "Outil public", axes=["care"], tool_type="guide", tags=["partage"], translate=True
    )
    secret = make_tool(
        SECRET,
        axes=["care"],
        tool_type="video",
        tags=["partage"],
        staff=True,
        summary="Zibeline : un mot que seul cet outil contient.",
        translate=True,
    )
    private_doc = _document("Document interne")
    shared_doc = _document("Document partage")
    secret.attached_documents = [
        ToolDocument(document=private_doc),
        ToolDocument(document=shared_doc),
    ]
    secret.save_revision().publish()
    public.attached_documents = [ToolDocument(document=shared_doc)]
    public.save_revision().publish()
    return public, secret, private_doc, shared_doc


def test_tool_page_answers_404_to_anonymous_and_shows_a_badge_to_staff(client, tools, staff_user):
    _public, secret, *_ = tools
    assert client.get(secret.url).status_code == 404
    client.force_login(staff_user)
    html = client.get(secret.url).content.decode()
    assert "Réservé au personnel" in html


def test_listing_and_counts_hide_staff_only_tools(client, tools, staff_user):
    html = client.get("/fr/outils/").content.decode()
    assert SECRET not in html
    assert "1 outil" in html
    # The « video » type is used only by the staff-only tool: counted 0 for the public.
    video = html.split('value="video"')[1].split("</li>")[0]
    assert "(aucun)" in video
    client.force_login(staff_user)
    html = client.get("/fr/outils/").content.decode()
    assert SECRET in html and "2 outils" in html
    assert "badge--staff" in html
    video = html.split('value="video"')[1].split("</li>")[0]
    assert "(1)" in video


def test_search_within_the_listing_hides_them(client, tools, staff_user):
    assert "0 outil" in client.get("/fr/outils/?q=zibeline").content.decode()
    client.force_login(staff_user)
    assert "1 outil" in client.get("/fr/outils/?q=zibeline").content.decode()


def test_related_tools_hide_them(client, tools, staff_user):
    public, *_ = tools
    html = client.get(public.url).content.decode()
    assert SECRET not in html
    client.force_login(staff_user)
    assert SECRET in client.get(public.url).content.decode()


def test_site_search_hides_them(client, tools, staff_user):
    html = client.get("/fr/recherche/?q=zibeline").content.decode()
    assert SECRET not in html
    client.force_login(staff_user)
    assert SECRET in client.get("/fr/recherche/?q=zibeline").content.decode()


def test_sitemap_and_api_hide_them_in_both_languages(client, tools):
    _public, secret, *_ = tools
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert "/fr/outils/outil-" in sitemap
    assert secret.url not in sitemap
    assert secret.get_translation(_english()).url not in sitemap
    titles = {item["title"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]}
    assert "Outil public" in titles
    assert SECRET not in titles and f"{SECRET} (EN)" not in titles


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_a_file_used_only_by_staff_only_tools_does_not_download_anonymously(
    client, tools, staff_user
):
    _public, _secret, private_doc, shared_doc = tools
    assert client.get(private_doc.url).status_code == 404
    assert client.get(shared_doc.url).status_code == 200
    client.force_login(staff_user)
    assert client.get(private_doc.url).status_code == 200


def test_english_translation_of_a_staff_only_tool_is_restricted_too(client, tools):
    _public, secret, *_ = tools
    english = secret.get_translation(_english())
    assert client.get(english.url).status_code == 404
    assert "0 tools" in client.get("/en/tools/?q=zibeline").content.decode() or (
        SECRET not in client.get("/en/tools/").content.decode()
    )


def test_switch_restricts_at_once_and_lifts_only_when_published(make_tool):
    tool = make_tool("Bientôt interne")
    assert not PageViewRestriction.objects.filter(page=tool).exists()
    # Turning the switch on in a draft hides the page at once (fail-safe).
    tool.staff_only = True
    tool.save_revision()
    assert PageViewRestriction.objects.filter(page=tool).exists()
    tool.save_revision().publish()
    # A draft with the switch off does not lift it; publishing that version does.
    tool.refresh_from_db()
    tool.staff_only = False
    revision = tool.save_revision()
    assert PageViewRestriction.objects.filter(page=tool).exists()
    revision.publish()
    assert not PageViewRestriction.objects.filter(page=tool).exists()


def test_a_restriction_set_by_hand_is_left_alone(make_tool):
    from wagtail.models import BaseViewRestriction

    tool = make_tool("Connexion requise")
    PageViewRestriction.objects.create(page=tool, restriction_type=BaseViewRestriction.LOGIN)
    tool.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=tool).count() == 1


def test_switching_a_tool_to_staff_only_hides_it_from_the_next_listing(client, tools):
    """The facet index is a snapshot: publishing the switch must rebuild it at once."""
    public, *_ = tools
    assert "Outil public" in client.get("/fr/outils/?type=guide").content.decode()
    public.staff_only = True
    public.save_revision().publish()
    html = client.get("/fr/outils/?type=guide").content.decode()
    assert "Outil public" not in html
    assert "0 outil" in html
    public.staff_only = False
    public.save_revision().publish()
    assert "Outil public" in client.get("/fr/outils/?type=guide").content.decode()


def test_unpublishing_a_tool_removes_it_from_the_next_listing(client, tools):
    public, *_ = tools
    assert "1 outil" in client.get("/fr/outils/").content.decode()
    public.unpublish()
    assert "0 outil" in client.get("/fr/outils/").content.decode()
