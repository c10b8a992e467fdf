"""Every hub page type renders in both languages and sits where it belongs in the tree."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.text import french_sort_key, initial_letter
from home.models import HomePage
from hub.models import (
    AxisPage,
    ContentPage,
    GlossaryPage,
    HubPage,
    IntegratedModelPage,
    MethodologyPage,
    NewsIndexPage,
    NewsPage,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RequestFormPage,
)
from vocabulary.models import Axis

pytestmark = pytest.mark.django_db

PAGES = [
    # (French URL, English URL, a French phrase, an English phrase)
    ("/fr/partenariat/", "/en/partnership/", "Impliquer un usager", "Involving a user"),
    (
        "/fr/partenariat/politique-de-partenariat/",
        "/en/partnership/partnership-policy/",
        "La prépondérance du consentement aux soins et aux services",
        "The primacy of consent to care and services",
    ),
    (
        "/fr/partenariat/axe-partenaire-de-ses-soins/",
        "/en/partnership/axis-partner-in-care/",
        "Ressources associées à cet axe",
        "Resources for this axis",
    ),
    (
        "/fr/partenariat/impliquer-un-usager/",
        "/en/partnership/involving-a-user/",
        "Planifier le recrutement",
        "Plan the recruitment",
    ),
    (
        "/fr/partenariat/modele-integre/",
        "/en/partnership/integrated-model/",
        "Mesurer la qualité perçue",
        "Measure perceived quality",
    ),
    (
        "/fr/partenariat/projets/",
        "/en/partnership/projects/",
        "Filtrer les projets",
        "Filter projects",
    ),
    (
        "/fr/partenariat/projets/deploiement-partenariat-bas-saint-laurent/",
        "/en/partnership/projects/partnership-deployment-bas-saint-laurent/",
        "Ce que la contribution des usagers a changé",
        "What the users’ contribution changed",
    ),
    (
        "/fr/partenariat/glossaire/",
        "/en/partnership/glossary/",
        "Savoir expérientiel",
        "Experiential knowledge",
    ),
    (
        "/fr/partenariat/devenir-usager-partenaire/",
        "/en/partnership/become-a-partner-user/",
        "Ce que nous conservons",
        "What we keep",
    ),
    (
        "/fr/partenariat/reconnaissance-des-usagers-partenaires/",
        "/en/partnership/recognition-of-partner-users/",
        "Faire le bilan ensemble",
        "Review together",
    ),
    ("/fr/confidentialite/", "/en/privacy/", "Pendant combien de temps", "For how long"),
    ("/fr/nouvelles/", "/en/news/", "S’abonner au fil RSS", "Subscribe to the news RSS feed"),
    (
        "/fr/nouvelles/politique-partenariat-adoptee/",
        "/en/news/partnership-policy-adopted/",
        "Les étapes à venir",
        "Next steps",
    ),
]


@pytest.mark.parametrize(("fr_url", "en_url", "fr_text", "en_text"), PAGES)
def test_each_page_type_renders_in_both_languages(
    client, hub_demo, fr_url, en_url, fr_text, en_text
):
    french = client.get(fr_url)
    assert french.status_code == 200
    assert '<html lang="fr"' in french.content.decode()
    assert fr_text in french.content.decode()
    english = client.get(en_url)
    assert english.status_code == 200
    assert '<html lang="en"' in english.content.decode()
    assert en_text in english.content.decode()


def test_hub_and_news_are_in_the_main_navigation(client, hub_demo):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/partenariat/"' in html
    assert 'href="/fr/nouvelles/"' in html
    assert 'href="/en/news/"' in client.get("/en/").content.decode()


def test_footer_links_to_privacy_and_recognition_in_each_language(client, hub_demo):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/confidentialite/"' in html
    assert 'href="/fr/partenariat/reconnaissance-des-usagers-partenaires/"' in html
    assert 'href="/en/privacy/"' in client.get("/en/").content.decode()


def test_the_home_names_each_axis_with_its_vocabulary_label(client, hub_demo):
    """One English label per axis: the home's axis cards, the axis pages and the filters agree."""
    import re

    for language, field in (("en", "label_en"), ("fr", "label_fr")):
        html = client.get(f"/{language}/").content.decode()
        section = html[html.index('id="home-axes"') :]
        section = section[: section.index("</section>")]
        cards = re.findall(r"<h3><a href=\"[^\"]+\">([^<]+)</a></h3>", section)
        labels = list(Axis.objects.order_by("pk").values_list(field, flat=True))
        assert sorted(cards) == sorted(labels)
    titles = set(
        AxisPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert titles == set(Axis.objects.values_list("label_en", flat=True))


def test_the_demo_footer_gives_the_office_contact_from_the_seeds(client, hub_demo):
    html = client.get("/fr/").content.decode()
    assert 'href="tel:+14186635354;ext=11044">418 663-5354, poste 11044</a>' in html
    assert 'href="mailto:bpue.ciussscn@ssss.gouv.qc.ca"' in html
    assert "CIUSSS de la Capitale-Nationale<br>Québec (Québec)" in html
    assert (
        "<strong>Office of Partnership with Users</strong>" in client.get("/en/").content.decode()
    )


def test_policy_table_of_contents_anchors_exist(client, hub_demo):
    response = client.get("/fr/partenariat/politique-de-partenariat/")
    html = response.content.decode()
    toc = response.context["page"].table_of_contents()
    assert [anchor for anchor, _label in toc][:3] == ["pourquoi", "valeurs", "but"]
    for anchor, _label in toc:
        assert f'href="#{anchor}"' in html
        assert f'id="{anchor}"' in html
    # Version, adoption and the PDF download with its format and size.
    assert "Version" in html and "CISSS de Chaudière-Appalaches" in html
    assert "PDF" in html and "/documents/" in html


def test_policy_values_keep_their_principles(client, hub_demo):
    html = client.get("/fr/partenariat/politique-de-partenariat/").content.decode()
    for value in ("Humanisme", "Collaboration", "Équité"):
        assert value in html
    assert "Le réel partage du pouvoir décisionnel" in html
    assert "consultations publiques" in html


def test_methodology_shows_the_numbered_path_and_each_step(client, hub_demo):
    html = client.get("/fr/partenariat/impliquer-un-usager/").content.decode()
    titles = [
        "Analyser le besoin",
        "Planifier le recrutement",
        "Intégrer l’usager partenaire",
        "Travailler ensemble",
        "Évaluer et reconnaître",
    ]
    positions = [html.index(f'href="#etape-{n}"') for n in range(1, 6)]
    assert positions == sorted(positions)
    for number, title in enumerate(titles, start=1):
        assert f'id="etape-{number}"' in html
        assert title in html
    assert "Liste de vérification" in html
    assert "Qui :" in html


def test_methodology_links_tools_the_visitor_may_see_in_their_language(
    client, hub_pages, staff_user
):
    from core.access import sync_staff_restriction

    hub_fr, hub_en = hub_pages
    public = ContentPage(title="Gabarit public", slug="gabarit-public")
    internal = ContentPage(title="Gabarit interne", slug="gabarit-interne")
    for page in (public, internal):
        hub_fr.add_child(instance=page)
        page.save_revision().publish()
    sync_staff_restriction(internal, True)
    public_en = public.copy_for_translation(hub_en.locale)
    public_en.title = "Public template"
    public_en.save_revision().publish()
    step = {
        "title": "Analyser le besoin",
        "who": "L’équipe",
        "description": "<p>Préciser le besoin.</p>",
        "checklist": ["Le but est écrit."],
        "tools": [public.pk, internal.pk],
    }
    method = MethodologyPage(title="Impliquer un usager", slug="impliquer",
                             steps=[{"type": "step", "value": step}])  # fmt: skip
    hub_fr.add_child(instance=method)
    method.save_revision().publish()
    method_en = method.copy_for_translation(hub_en.locale)
    method_en.save_revision().publish()

    html = client.get("/fr/partenariat/impliquer/").content.decode()
    assert "Gabarit public" in html
    assert "Gabarit interne" not in html
    english = client.get(method_en.url).content.decode()
    assert "Public template" in english  # the English translation of the tool
    client.force_login(staff_user)
    assert "Gabarit interne" in client.get("/fr/partenariat/impliquer/").content.decode()


def test_glossary_files_terms_by_letter_with_french_collation(client, hub_demo):
    response = client.get("/fr/partenariat/glossaire/")
    letters = dict(response.context["letters"])
    e_terms = [t["term"] for t in letters["E"]]
    # « Évaluation » is filed under E, between « Employé… » and nothing accented apart.
    assert e_terms == ["Employé-partenaire", "Évaluation de l’expérience usager"]
    html = response.content.decode()
    assert 'href="#lettre-e"' in html and 'id="lettre-e"' in html
    assert 'id="terme-savoir-experientiel"' in html
    assert "Usager-ressource" in html and "(Resource user)" in html


def test_french_collation_helpers():
    words = ["Zèbre", "école", "Étape", "Eau", "Œuvre", "ordre"]
    assert sorted(words, key=french_sort_key) == ["Eau", "école", "Étape", "Œuvre", "ordre",
                                                  "Zèbre"]  # fmt: skip
    assert initial_letter("Évaluation") == "E"
    assert initial_letter("« Usager »") == "U"
    assert initial_letter("3 axes") == "#"


def test_an_axis_has_one_page_per_language(hub_pages):
    hub_fr, hub_en = hub_pages
    care = Axis.objects.get(code="care")
    first = AxisPage(title="Soins", slug="soins", axis=care)
    hub_fr.add_child(instance=first)
    with pytest.raises(ValidationError):
        hub_fr.add_child(instance=AxisPage(title="Soins bis", slug="soins-bis", axis=care))
    # The English translation of the same axis is allowed.
    translated = first.copy_for_translation(hub_en.locale)
    assert translated.axis_id == care.pk


def test_project_years_and_end_before_start(hub_pages):
    project = ProjectPage(title="P", direction="D", start_year=2021, end_year=2019)
    with pytest.raises(ValidationError):
        project.full_clean(exclude=["path", "depth", "slug"])
    assert ProjectPage(start_year=2019, end_year=2021).years == "2019–2021"
    assert ProjectPage(start_year=2019).years == "2019"


class TestTreeRules(WagtailPageTestCase):
    def test_sections_under_home(self):
        self.assertCanCreateAt(HomePage, HubPage)
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanNotCreateAt(Page, HubPage)
        self.assertCanNotCreateAt(HubPage, HubPage)
        self.assertCanNotCreateAt(HubPage, NewsIndexPage)

    def test_hub_children(self):
        for model in (
            PolicyPage,
            AxisPage,
            MethodologyPage,
            IntegratedModelPage,
            ProjectIndexPage,
            GlossaryPage,
            RequestFormPage,
            ContentPage,
        ):
            self.assertCanCreateAt(HubPage, model)
            self.assertCanNotCreateAt(HomePage, model) if model is not ContentPage else None
        self.assertCanNotCreateAt(HubPage, ProjectPage)
        self.assertCanNotCreateAt(HubPage, NewsPage)

    def test_leaves(self):
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        for leaf in (PolicyPage, AxisPage, MethodologyPage, IntegratedModelPage, ProjectPage,
                     NewsPage, GlossaryPage, RequestFormPage):  # fmt: skip
            self.assertCanNotCreateAt(leaf, ContentPage)
        self.assertCanNotCreateAt(NewsIndexPage, ContentPage)
        self.assertCanNotCreateAt(ProjectIndexPage, NewsPage)


def test_the_accessibility_statement_is_in_every_footer_in_both_languages(client, hub_demo):
    html = client.get("/fr/partenariat/").content.decode()
    assert '<a href="/fr/accessibilite/">Accessibilité</a>' in html
    statement = client.get("/fr/accessibilite/").content.decode()
    for words in ("SGQRI 008 3.0", "WCAG) 2.2", "Limites connues", "Signaler un obstacle",
                  "1<sup>er</sup> décembre 2026"):  # fmt: skip
        assert words in statement
    html = client.get("/en/partnership/").content.decode()
    assert '<a href="/en/accessibility/">Accessibility</a>' in html
    statement = client.get("/en/accessibility/").content.decode()
    assert "SGQRI 008 3.0" in statement and "Report a barrier" in statement
