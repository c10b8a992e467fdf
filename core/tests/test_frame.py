"""The page frame: Wagtail's user bar only for those who edit, without a permission query."""

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
