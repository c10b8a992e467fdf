from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutilsConfig(AppConfig):
    name = "outils"
    verbose_name = _("Banque d’outils")
    default_auto_field = "django.db.models.BigAutoField"
