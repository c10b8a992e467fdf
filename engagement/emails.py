"""The French e-mail a requester receives when their request changes status."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .tasks import send_status_email


def status_url(partnership_request, language="fr"):
    with translation.override(language):
        path = reverse("engagement-request-status", args=[partnership_request.token])
    return settings.SITE_BASE_URL.rstrip("/") + path


def notify_requester(partnership_request):
    with translation.override("fr"):
        context = {
            "request": partnership_request,
            "status": partnership_request.get_status_display(),
            "url": status_url(partnership_request),
        }
        subject = _("Votre demande de partenariat : %(status)s") % {"status": context["status"]}
        body = render_to_string("engagement/emails/status_changed.txt", context)
    send_status_email.enqueue(subject, body, [partnership_request.requester_email])
