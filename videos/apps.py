from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    name = "videos"
    verbose_name = _("Vidéos")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import register_parameters

        # The query parameters its pages read: part of the page cache's key.
        register_parameters("axis", "audience")
