"""The « Bureau du partenariat » group with every permission of this app.

Only its members (and superusers) see partner users' and requesters' personal data;
Moderators and Editors are not added to it (engagement.access).
"""

from django.db import migrations

GROUP = "Bureau du partenariat"


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("engagement")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="engagement"))
    access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access:
        group.permissions.add(access)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("engagement", "0001_initial"),
        ("core", "0002_groups_locales_search_config"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
