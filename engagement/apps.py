from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = _("Partenariat (bureau)")
    default_auto_field = "django.db.models.BigAutoField"
