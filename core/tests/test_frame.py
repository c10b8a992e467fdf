"""The page frame: Wagtail's user bar only for those who edit, without a permission query; the
header's « Menu » button."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

USERBAR = "wagtail-userbar"


def test_editors_get_the_user_bar(client, home_pages, editor_user):
    client.force_login(editor_user)
    assert USERBAR in client.get("/fr/").content.decode()


def test_staff_and_visitors_get_no_user_bar_and_no_permission_query(client, home_pages, staff_user):
    assert USERBAR not in client.get("/fr/").content.decode()
    client.force_login(staff_user)
    client.get("/fr/")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/fr/").content.decode()
    assert USERBAR not in html
    assert not [q for q in captured.captured_queries if "auth_permission" in q["sql"]]


def test_header_menu_button_controls_the_menu_that_holds_search_and_navigation(client, home_pages):
    """Small screens fold #site-menu behind « Menu » (site.js); without the script it stays open."""
    html = client.get("/fr/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    button = header.split('class="menu-toggle"', 1)[1].split(">", 1)[0]
    assert 'aria-controls="site-menu"' in button
    assert 'aria-expanded="true"' in button  # open until the script folds it
    menu = header.split('id="site-menu"', 1)[1]
    assert 'id="site-search-q"' in menu
    # The language switch stays on the bar, outside the folded menu.
    assert "language-switcher" in header.split('id="site-menu"', 1)[0]
