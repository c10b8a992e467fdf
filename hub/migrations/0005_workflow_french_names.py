"""The editorial workflow and its task get French names (« Soumettre à Moderators
approval » read oddly in the French admin); the English admin translates them
(hub.workflow)."""

from django.db import migrations

OLD_NAME = "Moderators approval"
WORKFLOW_NAME = "Approbation par les modérateurs"
TASK_NAME = "Approbation des modérateurs"


def rename(apps, schema_editor, workflow_name, task_name, old_workflow, old_task):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=old_workflow).update(name=workflow_name)
    Task.objects.filter(name=old_task).update(name=task_name)


def forwards(apps, schema_editor):
    rename(apps, schema_editor, WORKFLOW_NAME, TASK_NAME, OLD_NAME, OLD_NAME)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, OLD_NAME, OLD_NAME, WORKFLOW_NAME, TASK_NAME)


class Migration(migrations.Migration):
    dependencies = [("hub", "0004_plain_summary")]

    operations = [migrations.RunPython(forwards, backwards)]
