from django.db import migrations

from vocabulary.terms import AUDIENCES, AXES, TOOL_TYPES


def create_terms(apps, schema_editor):
    Axis = apps.get_model("vocabulary", "Axis")
    Audience = apps.get_model("vocabulary", "Audience")
    ToolType = apps.get_model("vocabulary", "ToolType")
    for order, (code, fr, en, desc_fr, desc_en) in enumerate(AXES):
        Axis.objects.update_or_create(
            code=code,
            defaults=dict(label_fr=fr, label_en=en, description_fr=desc_fr,
                          description_en=desc_en, sort_order=order),
        )
    for model, terms in ((Audience, AUDIENCES), (ToolType, TOOL_TYPES)):
        for order, (code, fr, en) in enumerate(terms):
            model.objects.update_or_create(
                code=code, defaults=dict(label_fr=fr, label_en=en, sort_order=order)
            )


class Migration(migrations.Migration):
    dependencies = [("vocabulary", "0001_initial")]

    operations = [migrations.RunPython(create_terms, migrations.RunPython.noop)]
