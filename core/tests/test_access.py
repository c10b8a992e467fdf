"""The access core: restricted pages are invisible to those who may not see them."""

import pytest
from wagtail.models import Page

from core.access import page_is_visible, sync_staff_restriction, visible_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_pages):
    home_fr, _ = home_pages
    public = Page(title="Page publique", slug="publique")
    internal = Page(title="Page interne", slug="interne")
    for page in (public, internal):
        home_fr.add_child(instance=page)
        page.save_revision().publish()
    sync_staff_restriction(internal, True)
    return public, internal


def _request(rf, user=None):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/fr/")
    request.user = user or AnonymousUser()
    return request


def test_visible_pages_hides_staff_only_pages_from_anonymous(rf, pages):
    public, internal = pages
    visible = set(visible_pages(Page.objects.all(), _request(rf)).values_list("pk", flat=True))
    assert public.pk in visible
    assert internal.pk not in visible


@pytest.mark.parametrize("groups", [["Staff"], ["Trainers"], ["Editors"], ["Moderators"]])
def test_members_of_staff_groups_see_staff_only_pages(rf, pages, make_user, groups):
    _, internal = pages
    request = _request(rf, make_user("member", groups))
    assert internal.pk in visible_pages(Page.objects.all(), request).values_list("pk", flat=True)
    assert page_is_visible(internal, request)


def test_logged_in_user_outside_the_groups_does_not_see_them(rf, pages, make_user):
    _, internal = pages
    request = _request(rf, make_user("someone"))
    assert not page_is_visible(internal, request)


def test_restricted_page_answers_404_not_a_login_redirect(client, pages, staff_user):
    assert client.get("/fr/interne/").status_code == 404
    client.force_login(staff_user)
    assert client.get("/fr/interne/").status_code != 404


def test_switch_off_removes_the_restriction(rf, pages):
    _, internal = pages
    sync_staff_restriction(internal, False)
    assert page_is_visible(internal, _request(rf))


def test_sitemap_lists_both_languages_and_no_restricted_page(client, pages):
    body = client.get("/sitemap-pages.xml").content.decode()
    # Absolute URLs on the Wagtail site's own hostname.
    assert "/fr/</loc>" in body
    assert "/en/</loc>" in body
    assert "/fr/publique/" in body
    assert "/fr/interne/" not in body


def test_api_lists_no_restricted_page(client, pages):
    data = client.get("/api/v2/pages/?limit=100").json()
    titles = {item["title"] for item in data["items"]}
    assert "Page publique" in titles
    assert "Page interne" not in titles


def test_navigation_does_not_show_restricted_pages_to_anonymous(client, pages, staff_user):
    home_fr = pages[0].get_parent()
    Page.objects.filter(pk__in=[p.pk for p in pages]).update(show_in_menus=True)
    html = client.get("/fr/").content.decode()
    assert "Page publique" in html
    assert "Page interne" not in html
    client.force_login(staff_user)
    assert "Page interne" in client.get(home_fr.url).content.decode()


def test_raw_media_documents_are_never_served(client, settings, tmp_path):
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "secret.pdf").write_bytes(b"%PDF-1.4")
    assert client.get("/media/documents/secret.pdf").status_code == 404


def test_joining_or_leaving_the_staff_group_shows_at_the_next_request(
    client, home_pages, make_user
):
    """Group memberships are cached with the access token: a change replaces it."""
    from django.contrib.auth.models import Group

    from core.access import STAFF, sync_staff_restriction

    home, _ = home_pages
    internal = Page(title="Note interne", slug="note-interne")
    home.add_child(instance=internal)
    internal.save_revision().publish()
    sync_staff_restriction(internal, True)
    user = make_user("nouvelle-employee")
    client.force_login(user)
    assert client.get("/fr/note-interne/").status_code == 404
    user.groups.add(Group.objects.get(name=STAFF))
    assert client.get("/fr/note-interne/").status_code == 200
    user.groups.clear()
    assert client.get("/fr/note-interne/").status_code == 404
