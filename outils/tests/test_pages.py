"""Page types: tree rules, required classification, the tool page, the guided entry."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.request_state import RequestStateMiddleware
from home.models import HomePage
from outils.models import ToolDocument, ToolIndexPage, ToolPage, ToolRelatedTool
from vocabulary.models import Audience, Axis, ToolType

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_tool_bank_goes_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, ToolIndexPage)
        self.assertCanNotCreateAt(Page, ToolIndexPage)
        self.assertCanNotCreateAt(ToolIndexPage, ToolIndexPage)

    def test_tools_go_under_the_tool_bank_only(self):
        self.assertCanCreateAt(ToolIndexPage, ToolPage)
        self.assertCanNotCreateAt(HomePage, ToolPage)
        self.assertCanNotCreateAt(ToolPage, ToolPage)


def test_urls_and_menu(client, tool_bank):
    index_fr, index_en = tool_bank
    assert index_fr.url == "/fr/outils/"
    assert index_en.url == "/en/tools/"
    assert index_fr.show_in_menus
    assert 'href="/fr/outils/"' in client.get("/fr/").content.decode()


def test_a_tool_needs_an_axis_and_an_audience(tool_bank):
    tool = ToolPage(title="Sans classement", summary="Résumé", tool_type=ToolType.objects.first())
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    messages = error.value.message_dict
    assert messages["axes"] == ["Choisissez au moins un axe du partenariat."]
    assert messages["audiences"] == ["Choisissez au moins un public cible."]


def _admin_form(index, **overrides):
    data = {
        "title": "Nouvel outil",
        "slug": "nouvel-outil",
        "summary": "Un résumé.",
        "when_to_use": rich_text(""),
        "body": streamfield([]),
        "tool_type": str(ToolType.objects.get(code="guide").pk),
        "tags": "",
        "material_languages": "fr",
        "attached_documents": inline_formset([]),
        "related_tool_links": inline_formset([]),
        "external_url": "",
        "source_institution": "",
        "author": "",
        "year": "",
        "last_reviewed": "",
        "source_id": "",
        "review_date": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_admin_refuses_a_tool_without_axis_or_audience(client, tool_bank, admin_user):
    index, _ = tool_bank
    client.force_login(admin_user)
    url = f"/admin/pages/add/outils/toolpage/{index.pk}/"
    response = client.post(url, _admin_form(index))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choisissez au moins un axe du partenariat." in html
    assert not ToolPage.objects.filter(slug="nouvel-outil").exists()
    data = _admin_form(index)
    data["axes"] = [str(Axis.objects.get(code="care").pk)]
    data["audiences"] = [str(Audience.objects.get(code="managers").pk)]
    data["action-publish"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ToolPage.objects.get(slug="nouvel-outil").live


def test_admin_search_finds_tools(client, make_tool, admin_user):
    make_tool("Grille d’observation partagée")
    client.force_login(admin_user)
    html = client.get("/admin/pages/search/?q=observation").content.decode()
    assert "Grille d’observation partagée" in html


def test_tool_page_shows_what_a_staff_member_needs(client, make_tool):
    related = make_tool("Outil voisin", axes=["care"], tags=["accueil"])
    document = get_document_model()(title="Gabarit PDF")
    document.file.save("gabarit.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2400), save=False)
    document.save()
    tool = make_tool(
        "Plan d’intégration",
        axes=["care", "improvement"],
        audiences=["managers", "patient-partners"],
        tags=["accueil"],
        when_to_use="<p>Avant la première rencontre.</p>",
        source_institution="IUCPQ",
        author="Bureau du partenariat",
        external_url="https://example.org/outil",
    )
    tool.attached_documents = [ToolDocument(document=document)]
    tool.save_revision().publish()
    html = client.get(tool.url).content.decode()
    assert "Quand l’utiliser" in html and "Avant la première rencontre." in html
    assert "PDF, 2,4\u00a0Ko" in html
    assert "IUCPQ" in html and "Bureau du partenariat" in html
    assert 'href="/fr/outils/?axis=improvement"' in html
    assert "Outil voisin" in html  # shares an axis and a tag
    assert related.url in html
    assert "Cet outil vous a-t-il été utile ?" in html


def test_editor_choices_come_first_in_related_tools(rf, make_tool):
    automatic = make_tool("Automatique", axes=["care"], tags=["accueil"])
    chosen = make_tool("Choisi", axes=["experience"], audiences=["committees"])
    tool = make_tool("Principal", axes=["care"], tags=["accueil"])
    tool.related_tool_links = [ToolRelatedTool(tool=chosen)]
    tool.save_revision().publish()
    request = rf.get("/")
    request.user = AnonymousUser()
    assert [t.title for t in tool.related_tools(request)] == ["Choisi", "Automatique"]
    assert automatic.pk != chosen.pk


def test_related_tools_use_a_fixed_number_of_queries(rf, make_tool, django_assert_max_num_queries):
    tool = make_tool("Principal", axes=["care"], tags=["accueil"])
    for i in range(12):
        make_tool(f"Voisin {i}", axes=["care"], tags=["accueil"])
    request = rf.get("/")
    request.user = AnonymousUser()
    # Inside one request's state, as the middleware opens it for a page view.
    in_a_request = RequestStateMiddleware(tool.related_tools)
    in_a_request(request)  # the facet index, built once per publication
    with django_assert_max_num_queries(3):  # the tokens, the chosen links, the cards
        related = in_a_request(request)
    assert len(related) == 4


def _tool_page_queries(client, url):
    client.get(url)  # snapshots and the facet index built by a first visitor
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "staff"])
def test_a_tool_page_costs_at_most_ten_queries_whatever_the_tool_bank_size(
    client, make_tool, staff_user, signed_in
):
    """#12's budget: a tool page at ≤ 10 queries, signed in or not, constant in the size."""
    if signed_in:
        client.force_login(staff_user)
    document = get_document_model()(title="Gabarit PDF")
    document.file.save("gabarit.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2400), save=False)
    document.save()
    chosen = make_tool("Choisi", axes=["experience"], staff=True)
    tool = make_tool(
        "Principal", axes=["care", "improvement"], audiences=["managers"], tags=["accueil", "plan"]
    )
    tool.attached_documents = [ToolDocument(document=document)]
    tool.related_tool_links = [ToolRelatedTool(tool=chosen)]
    tool.save_revision().publish()
    make_tool("Voisin 0", axes=["care"], tags=["accueil"])
    few, html = _tool_page_queries(client, tool.url)
    assert "Voisin 0" in html and "Gabarit PDF" in html
    assert ("Choisi" in html) is signed_in  # a staff-only choice only for staff
    for i in range(1, 25):
        make_tool(f"Voisin {i}", axes=["care"], tags=["accueil", "plan"], staff=i % 5 == 0)
    many, html = _tool_page_queries(client, tool.url)
    assert few == many <= 10
    # The two tags shared beat one: « Voisin 1 » (both tags) is listed, « Voisin 0 » no more.
    assert "Voisin 1<" in html and "Voisin 0<" not in html


def test_the_tool_sheet_shows_its_classification_in_the_visitors_language(client, make_tool):
    tool = make_tool(
        "Principal", axes=["improvement", "care"], audiences=["committees"], tags=["plan"]
    )
    html = client.get(tool.url).content.decode()
    facts = html[html.index('class="tool-facts"') :]
    # The vocabulary's order (care before improvement), French labels, links to the facets.
    care = facts.index("L’usager partenaire de ses soins")
    assert care < facts.index("collaborateur en amélioration")
    assert 'href="/fr/outils/?audience=committees"' in facts
    assert 'href="/fr/outils/?tag=plan"' in facts


def test_a_preview_shows_the_drafts_classification(client, make_tool):
    tool = make_tool("Principal", axes=["care"], audiences=["managers"])
    tool.axes = [Axis.objects.get(code="experience")]
    tool.save_revision()
    client.get(tool.url)  # the live tool is in the facet index with « care »
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    response = draft.make_preview_request()
    response.render()
    html = response.content.decode()
    facts = html[html.index('class="tool-facts"') :]
    assert "témoin de son vécu" in facts
    assert "partenaire de ses soins" not in facts


def test_home_page_guided_entry_leads_to_a_filtered_tool_bank(client, make_tool):
    make_tool(audiences=["managers"], axes=["care"])
    html = client.get("/fr/").content.decode()
    assert "Je suis…" in html and "Je veux…" in html
    assert 'href="/fr/outils/?audience=managers"' in html
    assert 'href="/fr/outils/?axis=experience"' in html
    english = client.get("/en/").content.decode()
    assert 'href="/en/tools/?audience=managers"' in english
    filtered = client.get("/fr/outils/?audience=managers").content.decode()
    assert "1 outil" in filtered


def test_demo_content_loads_twice_without_changes(demo_site):
    fr = ToolPage.objects.filter(locale__language_code="fr").count()
    en = ToolPage.objects.filter(locale__language_code="en").count()
    assert fr >= 25 and en == fr
    slugs = set(ToolPage.objects.values_list("slug", flat=True))
    for slug in [
        "plan-integration-usager-ressource", "recrutement-usager-partenaire",
        "questionnaire-experience-usager", "roles-attendus-du-personnel",
        "co-construction-comite-usagers", "exercice-cibles-amelioration-obstacles",
    ]:  # fmt: skip
        assert slug in slugs
    assert ToolPage.objects.filter(staff_only=True, locale__language_code="fr").count() >= 4
    types = set(ToolPage.objects.values_list("tool_type__code", flat=True))
    assert types == set(ToolType.objects.values_list("code", flat=True))
    call_command("load_demo_content", stdout=_Null())
    assert ToolPage.objects.count() == fr + en


class _Null:
    def write(self, *args):
        pass

    def flush(self):
        pass
