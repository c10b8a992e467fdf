from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Partenariat (bureau)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import snapshots
        from core.signals import watch
        from engagement.models import Assignment, Involvement, PartnershipRequest, ToolUse

        # The project pages show figures computed from these records (aggregates):
        # a change renews the page cache's version, so no cached page shows old figures.
        watch(
            snapshots.register_scope("engagement"),
            PartnershipRequest,
            Assignment,
            Involvement,
            ToolUse,
        )
