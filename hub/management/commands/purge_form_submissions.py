"""Delete request-form submissions older than each form's retention period.

Run daily (cron or a scheduled job): the forms tell people how long their answers are kept.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from hub.models import RequestFormPage


class Command(BaseCommand):
    help = "Supprime les demandes reçues par formulaire au-delà de leur durée de conservation."

    def handle(self, *args, **options):
        total = 0
        now = timezone.now()
        for page in RequestFormPage.objects.all().only("pk", "retention_months"):
            limit = now - datetime.timedelta(days=30.5 * page.retention_months)
            deleted, _ = FormSubmission.objects.filter(page=page, submit_time__lt=limit).delete()
            total += deleted
        self.stdout.write(f"{total} demande(s) supprimée(s).")
