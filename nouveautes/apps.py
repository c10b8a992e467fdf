from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NouveautesConfig(AppConfig):
    """« Quoi de neuf » : what the other apps added or revised lately (nouveautes.sources)."""

    name = "nouveautes"
    verbose_name = _("Quoi de neuf")
    default_auto_field = "django.db.models.BigAutoField"
