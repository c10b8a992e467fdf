import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_load_demo_content_is_idempotent():
    call_command("load_demo_content", stdout=io.StringIO())
    counts = (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count()) == counts
    assert HomePage.objects.filter(locale__language_code="fr").count() == 1
    assert HomePage.objects.filter(locale__language_code="en").count() == 1


def test_site_root_is_the_french_home(home_pages, client):
    home_fr, _ = home_pages
    response = client.get("/fr/")
    assert response.status_code == 200
    assert response.context["page"].pk == home_fr.pk
    assert client.get("/en/").context["page"].title == "Partnership Crossroads"


def test_featured_pages_hide_what_the_visitor_may_not_see(home_pages, client, staff_user):
    from core.access import sync_staff_restriction
    from home.models import HomeFeaturedPage

    home_fr, _ = home_pages
    public = Page(title="Outil public vedette", slug="outil-public")
    internal = Page(title="Outil interne vedette", slug="outil-interne")
    for page in (public, internal):
        home_fr.add_child(instance=page)
        page.save_revision().publish()
    sync_staff_restriction(internal, True)
    HomeFeaturedPage.objects.create(home=home_fr, page=public, sort_order=0)
    HomeFeaturedPage.objects.create(home=home_fr, page=internal, sort_order=1)
    html = client.get("/fr/").content.decode()
    assert "Outil public vedette" in html
    assert "Outil interne vedette" not in html
    client.force_login(staff_user)
    assert "Outil interne vedette" in client.get("/fr/").content.decode()


class TestHomeTree(WagtailPageTestCase):
    def test_home_only_under_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)


def test_english_home_features_the_translations_of_the_french_choices(home_pages, client):
    from core.pagetree import ensure_translation
    from home.models import HomeFeaturedPage

    home_fr, home_en = home_pages
    tool = Page(title="Guide d’intégration", slug="guide-integration")
    home_fr.add_child(instance=tool)
    tool.save_revision().publish()
    ensure_translation(tool, title="Integration guide", slug="integration-guide")
    HomeFeaturedPage.objects.create(home=home_en, page=tool, sort_order=0)
    html = client.get("/en/").content.decode()
    assert "Integration guide" in html
    assert "Guide d’intégration" not in html
