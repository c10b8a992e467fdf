"""Groups, the English locale, and PostgreSQL's unaccented French search configuration."""

from django.db import migrations

GROUPS = {
    # Wagtail's own migrations create Editors and Moderators with page permissions
    # (Editors: add and edit; Moderators: also publish) and the default workflow.
    "Editors": ["wagtailadmin.access_admin"],
    "Moderators": ["wagtailadmin.access_admin"],
    # Site readers with more access: they never need the admin.
    "Trainers": [],
    "Staff": [],
}

SNIPPET_PERMISSIONS = {
    "Editors": [
        ("vocabulary", "audience", ["add", "change"]),
        ("vocabulary", "tooltype", ["add", "change"]),
    ],
    "Moderators": [
        ("vocabulary", "axis", ["change"]),
        ("vocabulary", "audience", ["add", "change", "delete"]),
        ("vocabulary", "tooltype", ["add", "change", "delete"]),
        ("core", "sitesettings", ["change"]),
    ],
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm:
                group.permissions.add(perm)
    for name, entries in SNIPPET_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for app_label, model, actions in entries:
            for action in actions:
                perm = Permission.objects.filter(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ).first()
                if perm:
                    group.permissions.add(perm)


def create_english_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


FRENCH_UNACCENT_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
"""


def create_search_configuration(apps, schema_editor):
    # French stemming that ignores accents (« evaluation » finds « évaluation »).
    # SQLite's FTS5 backend ignores SEARCH_CONFIG, so this runs on PostgreSQL only.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FRENCH_UNACCENT_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("vocabulary", "0002_initial_terms"),
        ("wagtailcore", "0054_initial_locale"), ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_groups, migrations.RunPython.noop),
        migrations.RunPython(create_english_locale, migrations.RunPython.noop),
        migrations.RunPython(create_search_configuration, migrations.RunPython.noop),
    ]
