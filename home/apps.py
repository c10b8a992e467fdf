from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import snapshots
        from core.signals import watch
        from home.models import HomeFeaturedPage

        # Written when the home is published (child rows of the page): its kept content
        # (HomePage.get_context) is rebuilt then, and when a script changes them directly.
        watch(snapshots.FRAME, HomeFeaturedPage)
