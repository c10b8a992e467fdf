from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from vocabulary.models import Audience, Axis, ToolType


class FixedAxesPermissionPolicy(ModelPermissionPolicy):
    """The three axes are fixed: editors may reword them, never add or delete one."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AxisViewSet(SnippetViewSet):
    model = Axis
    icon = "crosshairs"
    menu_label = _("Axes")
    list_display = ["label_fr", "label_en", "code"]
    search_fields = ["label_fr", "label_en", "code"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Publics cibles")
    list_display = ["label_fr", "label_en", "code", "sort_order"]
    search_fields = ["label_fr", "label_en", "code"]


class ToolTypeViewSet(SnippetViewSet):
    model = ToolType
    icon = "tag"
    menu_label = _("Types d’outils")
    list_display = ["label_fr", "label_en", "code", "sort_order"]
    search_fields = ["label_fr", "label_en", "code"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    items = (AxisViewSet, AudienceViewSet, ToolTypeViewSet)
    menu_icon = "list-ul"
    menu_label = _("Vocabulaire")
    menu_name = "vocabulary"
