from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabularyConfig(AppConfig):
    """The controlled, bilingual vocabulary: axes, audiences, tool types (stable codes)."""

    name = "vocabulary"
    verbose_name = _("Vocabulaire")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from vocabulary.models import Axis
        from vocabulary.views import FixedAxesPermissionPolicy

        register_permission_policy(Axis, FixedAxesPermissionPolicy(Axis))
