from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared ground: media models, site settings, access rules, blocks, demo content."""

    name = "core"
    verbose_name = _("Fondations du site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import signals

        signals.connect()
