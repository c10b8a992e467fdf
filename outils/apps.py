from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutilsConfig(AppConfig):
    name = "outils"
    verbose_name = _("Banque d’outils")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from taggit.models import Tag

        from core.signals import watch
        from outils.models import ToolPageTag
        from vocabulary.models import Audience, Axis, ToolType

        # The listing's vocabulary and facet index are snapshots (core.snapshots).
        watch(Axis, Audience, ToolType, Tag, ToolPageTag)
