"""Snapshots (core.snapshots) are rebuilt whenever an editor's change could show in them.

A stale snapshot would show a visitor yesterday's menu, or count a tool that has just
become staff-only: each test changes something the way an editor does, then looks
at what the next visitor sees.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail import wagtail_hooks as wagtail_core_hooks
from wagtail.models import Page, PageViewRestriction

from core import snapshots
from core.access import sync_staff_restriction
from core.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_pages):
    home_fr, _ = home_pages
    page = Page(title="Section témoin", slug="section-temoin", show_in_menus=True)
    home_fr.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_snapshot_is_rebuilt_only_when_the_token_changes():
    built = []

    def build():
        built.append(1)
        return len(built)

    assert snapshots.get(snapshots.FRAME, "test", "key", build) == 1
    assert snapshots.get(snapshots.FRAME, "test", "key", build) == 1
    snapshots.bump()
    assert snapshots.get(snapshots.FRAME, "test", "key", build) == 2


def test_a_change_in_one_scope_keeps_the_other_scopes_snapshots():
    built = {"frame": 0, "access": 0}

    def builder(scope):
        def build():
            built[scope] += 1
            return built[scope]

        return build

    snapshots.get(snapshots.FRAME, "test", "k", builder("frame"))
    snapshots.get(snapshots.ACCESS, "test", "k", builder("access"))
    snapshots.bump(snapshots.ACCESS)
    assert snapshots.get(snapshots.FRAME, "test", "k", builder("frame")) == 1
    assert snapshots.get(snapshots.ACCESS, "test", "k", builder("access")) == 2


def test_snapshots_are_entries_of_the_django_cache():
    from django.core.cache import caches

    snapshots.get(snapshots.FRAME, "test", "in-cache", lambda: "valeur")
    token = snapshots.tokens()[snapshots.FRAME]
    assert caches["snapshots"].get("test:'in-cache'", version=token) == "valeur"


def test_a_draft_save_changes_no_token(section):
    before = snapshots.tokens()
    section.title = "Titre du brouillon"
    section.save_revision()
    assert snapshots.tokens() == before
    section.get_latest_revision().publish()
    after = snapshots.tokens()
    assert after[snapshots.FRAME] != before[snapshots.FRAME]


def test_each_request_reads_the_token_once(client, section):
    client.get("/fr/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/fr/section-temoin/").status_code == 200
    tokens = [q for q in captured.captured_queries if "core_contentversion" in q["sql"]]
    assert len(tokens) == 1


def test_publishing_a_menu_page_shows_it_at_once(client, home_pages, section):
    assert "Section témoin" in client.get("/fr/").content.decode()
    home_fr, _ = home_pages
    later = Page(title="Nouvelle rubrique", slug="nouvelle-rubrique", show_in_menus=True)
    home_fr.add_child(instance=later)
    later.save_revision().publish()
    assert "Nouvelle rubrique" in client.get("/fr/").content.decode()


def test_unpublishing_a_menu_page_removes_it_at_once(client, section):
    assert "Section témoin" in client.get("/fr/").content.decode()
    section.unpublish()
    assert "Section témoin" not in client.get("/fr/").content.decode()


def test_renaming_a_page_changes_menu_and_breadcrumbs(client, section):
    child = Page(title="Sous-page", slug="sous-page")
    section.add_child(instance=child)
    child.save_revision().publish()
    assert "Section témoin" in client.get("/fr/section-temoin/sous-page/").content.decode()
    section.title = "Section renommée"
    section.save_revision().publish()
    html = client.get("/fr/section-temoin/sous-page/").content.decode()
    assert "Section renommée" in html
    assert "Section témoin" not in html


def test_making_a_page_staff_only_hides_it_at_once(client, section):
    assert client.get("/fr/section-temoin/").status_code == 200
    assert "Section témoin" in client.get("/fr/").content.decode()
    sync_staff_restriction(section, True)
    assert client.get("/fr/section-temoin/").status_code == 404
    assert "Section témoin" not in client.get("/fr/").content.decode()
    PageViewRestriction.objects.filter(page=section).delete()
    assert client.get("/fr/section-temoin/").status_code == 200


def test_site_settings_changes_show_in_the_footer(client, home_pages):
    client.get("/fr/")
    settings = SiteSettings.objects.get()
    settings.phone = "418 555-0199"
    settings.save()
    assert "418 555-0199" in client.get("/fr/").content.decode()


def test_no_private_state_rides_on_the_request_or_the_user(client, section, staff_user):
    client.force_login(staff_user)
    response = client.get("/fr/section-temoin/")
    assert response.status_code == 200
    request = response.wsgi_request
    assert not [name for name in vars(request) if name.startswith("_carrefour")]
    assert not [name for name in vars(request.user) if name.startswith("_carrefour")]


def test_our_view_restriction_hook_runs_before_wagtails():
    serve_hooks = hooks.get_hooks("on_serve_page")
    ours = [i for i, fn in enumerate(serve_hooks) if fn.__name__ == "enforce_view_restrictions"]
    wagtails = serve_hooks.index(wagtail_core_hooks.check_view_restrictions)
    assert ours and ours[0] < wagtails


def test_a_restricted_page_answers_404_not_wagtails_login_redirect(client, section):
    sync_staff_restriction(section, True)
    response = client.get("/fr/section-temoin/")
    assert response.status_code == 404
    assert "Location" not in response


def test_restricted_page_shown_to_staff_is_never_cached(client, section, staff_user):
    sync_staff_restriction(section, True)
    client.force_login(staff_user)
    response = client.get("/fr/section-temoin/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
