from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabularyConfig(AppConfig):
    """The controlled, bilingual vocabulary: axes, audiences, tool types (stable codes)."""

    name = "vocabulary"
    verbose_name = _("Vocabulaire")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from core import snapshots
        from core.signals import watch
        from vocabulary.models import Audience, Axis, ToolType
        from vocabulary.views import FixedAxesPermissionPolicy

        register_permission_policy(Axis, FixedAxesPermissionPolicy(Axis))
        # Labels show in the frame's snapshots (the home's cards): a renamed axis shows
        # at the next request.
        watch(snapshots.FRAME, Axis, Audience, ToolType)
