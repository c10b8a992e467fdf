"""Page types: tree rules, required classification, the tool page, the guided entry."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

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
    from django.contrib.auth.models import AnonymousUser

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
    from django.contrib.auth.models import AnonymousUser

    tool = make_tool("Principal", axes=["care"], tags=["accueil"])
    for i in range(12):
        make_tool(f"Voisin {i}", axes=["care"], tags=["accueil"])
    request = rf.get("/")
    request.user = AnonymousUser()
    with django_assert_max_num_queries(8):
        related = tool.related_tools(request)
    assert len(related) == 4


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


def test_demo_content_loads_twice_without_changes(db):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=_Null())
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
