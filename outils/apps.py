from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutilsConfig(AppConfig):
    name = "outils"
    verbose_name = _("Banque d’outils")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from taggit.models import Tag

        from core.page_cache import register_parameters
        from core.signals import watch, watch_pages
        from outils.facet_index import TOOLS
        from outils.models import ToolIndexPage, ToolPage, ToolPageTag
        from vocabulary.models import Audience, Axis, ToolType

        # The listing's vocabulary and facet index are snapshots of the `tools` scope.
        watch(TOOLS, Axis, Audience, ToolType, Tag, ToolPageTag)
        watch_pages(TOOLS, ToolPage, ToolIndexPage)
        # The tool bank's query parameters: part of the page cache's key.
        register_parameters("q", "sort", "axis", "audience", "type", "tag", "lang")
