from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Carrefour (politique, axes, méthode)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import register_parameters
        from hub.models import RequestFormPage
        from hub.models.forms import THANKS_PARAMETER
        from hub.views import SafeSubmissionsListView
        from hub.workflow import connect_signals

        # Visitors typed the submissions: their export neutralises formula cells.
        RequestFormPage.submissions_list_view_class = SafeSubmissionsListView

        # The query parameters its pages read: part of the page cache's key.
        register_parameters("axis", "direction", "status", THANKS_PARAMETER)

        # The workflow's and task's French names show in the admin's language (hub/workflow.py).
        connect_signals()
