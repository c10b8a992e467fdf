"""Background work of the hub: the office's e-mail for each request form submission.

A task (django-tasks): inline with the default backend, run by `manage.py db_worker`
when TASKS_BACKEND=database, so the visitor's answer does not wait on the mail server.
Arguments are plain text, as a task's must be (they are stored as JSON).
"""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_submission_email(subject, body, addresses, from_address):
    send_mail(subject, body, addresses, from_address)
