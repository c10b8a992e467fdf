"""The office's e-mail for a request goes through a background task (django-tasks)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django_tasks_db.models import DBTaskResult

from hub.tests.test_forms import VALID

pytestmark = pytest.mark.django_db


def test_inline_by_default_the_office_gets_the_mail_at_once(client, form_page):
    assert client.post(form_page.url, VALID).status_code == 303
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Nouvelle demande"
    assert message.to == ["partenariat@example.org", "bureau@example.org"]
    assert "Marie Tremblay" in message.body
    assert "Laissez ce champ vide" not in message.body


# On SQLite the worker locks the database (BEGIN EXCLUSIVE), which it cannot do inside the
# test's transaction; production runs it on PostgreSQL, as this test does in that run.
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker runs on PostgreSQL")
def test_with_the_database_backend_the_worker_sends_it(client, form_page, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = client.post(form_page.url, VALID, follow=True)
    assert response.redirect_chain[0][1] == 303
    assert "Merci, votre demande est envoyée" in response.content.decode()
    assert mail.outbox == []  # the visitor did not wait on the mail server
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    # One task, then stop (before the loop would close the test's database connection).
    call_command("db_worker", max_tasks=1, startup_delay=False, reload=False, verbosity=0)
    assert len(mail.outbox) == 1
    assert "Marie Tremblay" in mail.outbox[0].body
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
