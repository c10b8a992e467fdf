"""Editorial workflow: Editors write and submit, Moderators approve and publish.

Wagtail's own migrations give Editors add/edit on the root page and Moderators
publish, and create the « Moderators approval » workflow. This migration makes that
state certain (whatever happened before): no publish permission for Editors, the
workflow active and assigned to the root page (so every page, home included, goes
through it), and access to form submissions for both groups.
"""

from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add", "change"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
WORKFLOW_NAME = "Moderators approval"

MODEL_PERMISSIONS = {
    "Editors": [("wagtailforms", "formsubmission", ["view"])],
    "Moderators": [("wagtailforms", "formsubmission", ["view", "delete"])],
}


def setup_workflow(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    page_ct = ContentType.objects.get(app_label="wagtailcore", model="page")

    def grant(group, actions):
        for action in actions:
            permission = Permission.objects.filter(
                content_type=page_ct, codename=f"{action}_page"
            ).first()
            if permission is None:
                continue
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )

    grant(editors, EDITOR_PAGE_PERMISSIONS)
    grant(moderators, MODERATOR_PAGE_PERMISSIONS)
    # Editors never publish directly, anywhere.
    GroupPagePermission.objects.filter(
        group=editors, permission__codename__in=["publish_page", "bulk_delete_page"]
    ).delete()

    task_ct, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(groups=moderators, active=True).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW_NAME, content_type=task_ct, active=True
        )
        task.groups.set([moderators])
    workflow = Workflow.objects.filter(workflow_tasks__task=task, active=True).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    for group_name, entries in MODEL_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for app_label, model, actions in entries:
            for action in actions:
                permission = Permission.objects.filter(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ).first()
                if permission:
                    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
        ("core", "0002_groups_locales_search_config"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(setup_workflow, migrations.RunPython.noop)]
