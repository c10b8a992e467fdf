"""Who may see the office's records: the « Bureau du partenariat » group and superusers.

Partner users' and requesters' personal data stays in the admin, for the office only
(DESIGN.md, access rules). Every admin view of this app goes through `is_office_member`,
directly or through `OfficePermissionPolicy`; a Moderator outside the group gets nothing.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

OFFICE_GROUP = "Bureau du partenariat"


def is_office_member(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=OFFICE_GROUP).exists()


class OfficePermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, and only for members of the office (or superusers).

    A permission granted to someone outside the group by mistake opens nothing.
    """

    def user_has_permission(self, user, action):
        return is_office_member(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        model = get_user_model()
        return users.filter(
            pk__in=model.objects.filter(groups__name=OFFICE_GROUP).values("pk")
        ) | users.filter(is_superuser=True)
