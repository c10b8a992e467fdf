import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_load_demo_content_is_idempotent(demo_site):
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


def _queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # snapshots built, as on a warm server
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "staff"])
def test_the_full_home_costs_at_most_twelve_queries_none_repeated(
    client, demo_site, staff_user, signed_in
):
    """Every section filled (guided entry, axes, trainings, videos, news, featured, call to
    action): the home's budget holds for anonymous visitors and for signed-in staff, warm
    and right after a publication (every snapshot rebuilt but the frame's own)."""
    from core import snapshots

    if signed_in:
        client.force_login(staff_user)
    html = client.get("/fr/").content.decode()
    for heading in ("Formations", "Vidéos", "Dernières nouvelles"):
        assert heading in html
    queries = _queries(client, "/fr/")
    assert len(queries) <= 12, "\n".join(queries)
    assert len(set(queries)) == len(queries), "a query runs twice"
    # Just after a publication: the home's content is built again, once, and still small.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    snapshots.bump()
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/fr/").status_code == 200
    cold = [query["sql"] for query in captured.captured_queries]
    assert len(cold) <= 40, "\n".join(cold)


def test_the_kept_home_is_fresh_after_a_publication_and_per_visitor(client, home_pages, staff_user):
    from core.access import sync_staff_restriction
    from hub.factories import NewsIndexPageFactory, NewsPageFactory

    home_fr, _ = home_pages
    news = NewsIndexPageFactory(parent=home_fr)
    NewsPageFactory(parent=news, title="Première nouvelle")
    assert "Première nouvelle" in client.get("/fr/").content.decode()
    NewsPageFactory(parent=news, title="Deuxième nouvelle")
    assert "Deuxième nouvelle" in client.get("/fr/").content.decode()
    internal = NewsPageFactory(parent=news, title="Nouvelle interne")
    sync_staff_restriction(internal, True)
    assert "Nouvelle interne" not in client.get("/fr/").content.decode()
    client.force_login(staff_user)
    assert "Nouvelle interne" in client.get("/fr/").content.decode()
    client.logout()
    assert "Nouvelle interne" not in client.get("/fr/").content.decode()


def test_a_renamed_axis_shows_on_the_home_at_once(client, demo_site):
    from vocabulary.models import Axis

    client.get("/fr/")
    axis = Axis.objects.get(code="care")
    axis.label_fr = "L’usager partenaire de ses soins (libellé révisé)"
    axis.save()
    assert "(libellé révisé)" in client.get("/fr/").content.decode()


def test_more_featured_pages_cost_no_more_queries(client, home_pages):
    from home.models import HomeFeaturedPage

    home_fr, _ = home_pages
    pages = []
    for number in range(6):
        page = Page(title=f"Vedette {number}", slug=f"vedette-{number}")
        home_fr.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    HomeFeaturedPage.objects.create(home=home_fr, page=pages[0], sort_order=0)
    one = len(_queries(client, "/fr/"))
    # The editor's order, whatever the pages' own order.
    for order, page in enumerate(reversed(pages[1:]), start=1):
        HomeFeaturedPage.objects.create(home=home_fr, page=page, sort_order=order)
    assert len(_queries(client, "/fr/")) == one
    featured = [page.title for page in client.get("/fr/").context["featured"]]
    assert featured == [
        "Vedette 0",
        "Vedette 5",
        "Vedette 4",
        "Vedette 3",
        "Vedette 2",
        "Vedette 1",
    ]


def test_call_to_action_leads_to_the_page_in_the_visitors_language(client, home_pages):
    from core.pagetree import ensure_translation

    home_fr, home_en = home_pages
    target = Page(title="Banque d’outils vedette", slug="banque-vedette")
    home_fr.add_child(instance=target)
    target.save_revision().publish()
    for home in (home_fr, home_en):
        home.call_to_action_label = "Commencer"
        home.call_to_action_page = target
        home.save_revision().publish()
    assert 'href="/fr/banque-vedette/"' in client.get("/fr/").content.decode()
    # Not translated yet: the English home leads to the French page rather than nowhere.
    assert 'href="/fr/banque-vedette/"' in client.get("/en/").content.decode()
    ensure_translation(target, title="Featured tool bank", slug="featured-bank")
    assert 'href="/en/featured-bank/"' in client.get("/en/").content.decode()
