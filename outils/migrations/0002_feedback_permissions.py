"""Editors and moderators read the feedback on tools (tallies and comments) in the admin."""

from django.db import migrations

GRANTS = {
    "Editors": ["view_toolfeedback"],
    "Moderators": ["view_toolfeedback", "delete_toolfeedback"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("outils")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            perm = Permission.objects.filter(
                content_type__app_label="outils", codename=codename
            ).first()
            if perm:
                group.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("outils", "0001_initial"),
        ("core", "0002_groups_locales_search_config"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
