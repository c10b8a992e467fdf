from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    name = "videos"
    verbose_name = _("Vidéos")
    default_auto_field = "django.db.models.BigAutoField"
