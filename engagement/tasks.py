"""The requester's e-mail at each change of status, sent as a background task (django-tasks).

Inline with the default backend; with TASKS_BACKEND=database the office does not wait on
the mail server. Arguments are plain text (they are stored as JSON).
"""

from django_tasks import task
from wagtail.admin.mail import send_mail


@task()
def send_status_email(subject, body, addresses):
    send_mail(subject, body, addresses)
