"""Editors and Moderators may clear the search reports (test noise, before a date).

The reports hold what visitors typed, nothing anyone publishes: deleting rows there
changes no page, so the people who write the site may do it.
"""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="search", codename="delete_searchquerystat"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *group.permissions.filter(
                content_type__app_label="search", codename="delete_searchquerystat"
            )
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_moderators_manage_promotions")]

    operations = [migrations.RunPython(grant, revoke)]
