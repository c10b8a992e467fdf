from django.db import migrations, models


def forget_global_token(apps, schema_editor):
    # The single global token is replaced by one token per scope, created on first use.
    apps.get_model("core", "ContentVersion").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_content_version"),
    ]

    operations = [
        migrations.RunPython(forget_global_token, migrations.RunPython.noop),
        migrations.AddField(
            model_name="contentversion",
            name="scope",
            field=models.CharField(max_length=40, unique=True, default="frame"),
            preserve_default=False,
        ),
    ]
