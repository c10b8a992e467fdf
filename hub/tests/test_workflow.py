"""Editorial workflow (Editors submit, Moderators publish) and the review report."""

import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from hub.models import ContentPage, PolicyPage
from hub.views import overdue_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(hub_pages):
    hub_fr, _ = hub_pages
    page = ContentPage(title="Brouillon", slug="brouillon", live=False)
    hub_fr.add_child(instance=page)
    page.save_revision()
    return page


def edit_data(page, action, title="Brouillon modifié"):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": rich_text("<p>Intro</p>"),
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data[action] = action
    return data


def test_editors_have_no_publish_permission_and_moderators_do():
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    editor_perms = set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page"} <= editor_perms
    assert "publish_page" not in editor_perms
    assert GroupPagePermission.objects.filter(
        group=moderators, permission__codename="publish_page"
    ).exists()


def test_a_moderation_workflow_covers_every_page(hub_pages):
    hub_fr, hub_en = hub_pages
    for page in (hub_fr, hub_en, Page.get_first_root_node()):
        workflow = page.get_workflow()
        assert workflow is not None and workflow.active
        task = workflow.tasks.first().specific
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_editor_cannot_publish_directly(client, draft, editor_user):
    client.force_login(editor_user)
    response = client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-publish"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.get_latest_revision().content["title"] == "Brouillon modifié"


def test_editor_submits_and_moderator_approves(client, draft, editor_user, moderator_user):
    client.force_login(editor_user)
    response = client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-submit"))
    assert response.status_code == 302
    draft.refresh_from_db()
    state = draft.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not draft.live

    client.force_login(moderator_user)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "Brouillon modifié"


def test_editors_and_moderators_can_use_the_admin_and_form_submissions(editor_user, moderator_user):
    for user in (editor_user, moderator_user):
        assert user.has_perm("wagtailadmin.access_admin")
        assert user.has_perm("wagtailforms.view_formsubmission")


# --- Review report --------------------------------------------------------------------


@pytest.fixture
def reviewed_pages(hub_pages):
    hub_fr, _ = hub_pages
    today = datetime.date.today()
    overdue = PolicyPage(title="Politique à relire", slug="vieille",
                         review_date=today - datetime.timedelta(days=1))  # fmt: skip
    future = ContentPage(title="Page à jour", slug="a-jour",
                         review_date=today + datetime.timedelta(days=30))  # fmt: skip
    undated = ContentPage(title="Page sans date", slug="sans-date")
    for page in (overdue, future, undated):
        hub_fr.add_child(instance=page)
        page.save_revision().publish()
    return overdue, future, undated


def test_overdue_pages_cover_every_model_with_a_review_date(reviewed_pages, home_pages):
    overdue, future, undated = reviewed_pages
    home_fr, _ = home_pages
    home_fr.review_date = datetime.date(2000, 1, 1)
    home_fr.save()
    ids = set(overdue_pages().values_list("pk", flat=True))
    assert overdue.pk in ids and home_fr.pk in ids
    assert future.pk not in ids and undated.pk not in ids


def report_rows(html):
    """The report's rows as (title, overdue marker shown) in order."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (row.select_one("td.title a").get_text(strip=True), "En retard depuis" in row.get_text())
        for row in soup.select("table.listing tbody tr")
    ]


def test_review_report_lists_overdue_pages_first_with_a_marker_then_upcoming_ones(
    client, reviewed_pages, editor_user
):
    client.force_login(editor_user)
    response = client.get("/admin/rapports/a-reviser/")
    assert response.status_code == 200
    html = response.content.decode()
    assert report_rows(html) == [("Politique à relire", True), ("Page à jour", False)]
    assert "Page sans date" not in html
    assert "En retard depuis 1\xa0jour" in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select("tr.review-overdue td.title a")[0].get_text() == "Politique à relire"
    older = ContentPage(title="Page très ancienne", slug="ancienne",
                        review_date=datetime.date(2020, 1, 1))  # fmt: skip
    reviewed_pages[0].get_parent().add_child(instance=older)
    older.save_revision().publish()
    html = client.get("/admin/rapports/a-reviser/").content.decode()
    assert [title for title, _ in report_rows(html)] == [
        "Page très ancienne",
        "Politique à relire",
        "Page à jour",
    ]
    export = client.get("/admin/rapports/a-reviser/?export=csv")
    assert export.status_code == 200
    # An editor's title that a spreadsheet would run comes out as text (core.exports).
    formula = ContentPage(title="=1+1 à relire", slug="formule",
                          review_date=datetime.date(2020, 1, 2))  # fmt: skip
    reviewed_pages[0].get_parent().add_child(instance=formula)
    formula.save_revision().publish()
    export = client.get("/admin/rapports/a-reviser/?export=csv")
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert any(line.startswith("'=1+1 à relire,") for line in lines)


def test_review_report_is_in_the_reports_menu(client, editor_user):
    client.force_login(editor_user)
    html = client.get("/admin/").content.decode()
    assert "/admin/rapports/a-reviser/" in html


def test_review_report_needs_admin_access(client, reviewed_pages, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/rapports/a-reviser/")
    assert response.status_code == 302


def test_the_workflow_has_french_names_shown_in_english_to_an_english_admin(
    client, draft, editor_user
):
    workflow = draft.get_workflow()
    assert workflow.name == "Approbation par les modérateurs"
    assert workflow.tasks.first().name == "Approbation des modérateurs"
    client.force_login(editor_user)
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Soumettre à Approbation par les modérateurs" in html
    assert "Moderators approval" not in html

    profile = UserProfile.get_for_user(editor_user)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Submit to Moderators approval" in html
    assert "modérateurs" not in html


def test_a_page_sent_back_offers_to_resubmit_to_the_task_by_its_translated_name(
    client, draft, editor_user, moderator_user
):
    client.force_login(editor_user)
    client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-submit"))
    task_state = draft.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator_user, "reject")
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Resoumettre à Approbation des modérateurs" in html
    profile = UserProfile.get_for_user(editor_user)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Resubmit to Moderators approval" in html


def dashboard_panel(client):
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    panel = soup.select_one("#overdue-pages-content") or soup.select_one("[id^=overdue-pages]")
    return panel


def test_the_dashboard_counts_the_overdue_pages_and_links_to_the_report(
    client, reviewed_pages, editor_user
):
    client.force_login(editor_user)
    panel = dashboard_panel(client)
    assert panel is not None
    assert "1 page a dépassé sa date de révision." in panel.get_text(" ", strip=True)
    assert panel.find("a", href="/admin/rapports/a-reviser/")
    second = ContentPage(title="Autre retard", slug="autre",
                         review_date=datetime.date(2021, 5, 1))  # fmt: skip
    reviewed_pages[0].get_parent().add_child(instance=second)
    second.save_revision().publish()
    assert "2 pages ont dépassé leur date de révision." in dashboard_panel(client).get_text(
        " ", strip=True
    )


def test_the_dashboard_counts_only_the_pages_the_user_may_edit(
    client, reviewed_pages, make_user, hub_pages
):
    """An editor limited to another branch sees no count for pages they cannot edit."""
    _, hub_en = hub_pages
    group = Group.objects.create(name="English editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=hub_en, permission=Permission.objects.get(codename="change_page")
    )
    group_editors = Group.objects.get(name="Editors")
    user = make_user("english-editor")
    user.groups.add(group)
    client.force_login(user)
    # Not in Editors/Moderators: no panel at all.
    assert dashboard_panel(client) is None
    user.groups.add(group_editors)
    GroupPagePermission.objects.filter(group=group_editors).delete()
    text = dashboard_panel(client).get_text(" ", strip=True)
    assert "Aucune de vos pages n’a dépassé sa date de révision." in text
    html = client.get("/admin/rapports/a-reviser/").content.decode()
    assert "Politique à relire" not in html


def test_the_dashboard_panel_is_not_shown_to_staff(client, reviewed_pages, staff_user):
    client.force_login(staff_user)
    assert client.get("/admin/").status_code == 302


# --- Workflow and task names in the admin's language ----------------------------------

WORKFLOW_FR = "Approbation par les modérateurs"
TASK_FR = "Approbation des modérateurs"
ENGLISH = "Moderators approval"


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def submitted(draft, editor_user):
    """The draft submitted to the workflow by the editor."""
    draft.get_workflow().start(draft, editor_user)
    draft.refresh_from_db()
    return draft


@pytest.fixture
def admin_user(make_user):
    return make_user("admin", is_superuser=True)


def shown_in_english(html):
    return ENGLISH in html and "modérateurs" not in html


def form_fields(html, selector="form[method=post]"):
    """A rendered form's fields as a browser would submit them (first submit button excluded)."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") != "submit":
            data[name] = field.get("value", "")
    return data


def test_the_status_side_panel_names_the_workflow_and_task_in_the_admins_language(
    client, submitted, editor_user
):
    client.force_login(editor_user)
    html = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    dialog = BeautifulSoup(html, "html.parser").find(id="workflow-status-dialog")  # in a <template>
    assert WORKFLOW_FR in str(dialog) and TASK_FR in str(dialog)

    prefer(editor_user, "en")
    html = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    dialog = BeautifulSoup(html, "html.parser").find(id="workflow-status-dialog")  # in a <template>
    assert ENGLISH in str(dialog)
    assert shown_in_english(html)


def test_the_workflow_history_names_the_workflow_and_task_in_the_admins_language(
    client, submitted, editor_user
):
    state = submitted.current_workflow_state
    client.force_login(editor_user)
    urls = [
        f"/admin/pages/{submitted.pk}/workflow_history/",
        f"/admin/pages/{submitted.pk}/workflow_history/detail/{state.pk}/",
        f"/admin/pages/{submitted.pk}/history/",  # the log: « 'workflow' started. Next step… »
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert WORKFLOW_FR in html or TASK_FR in html, url
    prefer(editor_user, "en")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        assert shown_in_english(response.content.decode()), url


def test_the_workflow_settings_show_the_names_in_the_admins_language(client, submitted, admin_user):
    workflow = submitted.get_workflow()
    task = workflow.tasks.first()
    urls = [
        "/admin/workflows/list/",
        f"/admin/workflows/edit/{workflow.pk}/",
        "/admin/workflows/tasks/index/",
        f"/admin/workflows/tasks/edit/{task.pk}/",
        "/admin/workflows/task_chooser/",
    ]
    client.force_login(prefer(admin_user, "en"))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.json()["html"] if url.endswith("chooser/") else response.content.decode()
        assert shown_in_english(html), url
    form = BeautifulSoup(client.get(urls[1]).content.decode(), "html.parser")
    assert form.select_one("input[name=name]")["value"] == ENGLISH


def test_the_workflow_report_names_the_workflow_in_the_admins_language(
    client, submitted, admin_user
):
    client.force_login(prefer(admin_user, "en"))
    for url in ("/admin/reports/workflow/", "/admin/reports/workflow_tasks/"):
        html = client.get(url).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        assert ENGLISH in soup.select_one("table.listing").get_text(), url
        assert ENGLISH in soup.select_one("#id_workflow").get_text(), url  # the filter
        assert shown_in_english(html), url
        export = client.get(f"{url}?export=csv")
        assert shown_in_english(b"".join(export.streaming_content).decode()), url
        export = client.get(f"{url}?export=xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
        cells = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
        assert shown_in_english(cells), url


def test_the_dashboard_names_the_task_in_the_admins_language(
    client, submitted, editor_user, moderator_user
):
    client.force_login(prefer(moderator_user, "en"))
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    panel = str(soup.select_one("#awaiting-review-content") or soup.select_one("#awaiting-review"))
    assert submitted.title in panel
    assert shown_in_english(panel)

    client.force_login(prefer(editor_user, "en"))
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    panel = str(
        soup.select_one("#objects-in-workflow-content") or soup.select_one("#objects-in-workflow")
    )
    assert submitted.title in panel
    assert shown_in_english(panel)


def test_notification_emails_name_the_workflow_in_each_recipients_language(
    client, draft, editor_user, moderator_user, make_user, mailoutbox
):
    prefer(moderator_user, "en")
    # Without a preference, Wagtail writes in the language of whoever triggers the e-mail.
    french_moderator = prefer(make_user("moderatrice", ["Moderators"]), "fr")
    prefer(editor_user, "fr")
    client.force_login(editor_user)
    client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-submit"))
    english = [m for m in mailoutbox if m.to == [moderator_user.email]]
    french = [m for m in mailoutbox if m.to == [french_moderator.email]]
    assert english and french
    for message in english:
        html = message.alternatives[0][0] if message.alternatives else ""
        assert ENGLISH in message.subject
        assert shown_in_english(message.subject + message.body + html)
    for message in french:
        assert TASK_FR in message.subject
        assert ENGLISH not in message.subject + message.body

    # The English moderator sends the page back: the French editor reads French, though the
    # workflow and task were loaded in the moderator's English.
    mailoutbox.clear()
    draft.refresh_from_db()
    client.force_login(moderator_user)
    task_state = draft.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{draft.pk}/reject/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    to_editor = [m for m in mailoutbox if m.to == [editor_user.email]]
    assert to_editor
    for message in to_editor:
        html = message.alternatives[0][0] if message.alternatives else ""
        assert TASK_FR in message.subject + message.body
        assert ENGLISH not in message.subject + message.body + html


def test_the_english_admin_saving_the_workflow_keeps_its_french_name(client, submitted, admin_user):
    workflow = submitted.get_workflow()
    task = workflow.tasks.first()
    client.force_login(prefer(admin_user, "en"))
    for url in (f"/admin/workflows/edit/{workflow.pk}/", f"/admin/workflows/tasks/edit/{task.pk}/"):
        data = form_fields(client.get(url).content.decode())
        assert data["name"] == ENGLISH
        response = client.post(url, data)
        assert response.status_code == 302, url
        html = client.get(response.url).content.decode()
        assert shown_in_english(html), url
    workflow.refresh_from_db()
    task.refresh_from_db()
    assert (workflow.name, task.name) == (WORKFLOW_FR, TASK_FR)
    assert submitted.get_workflow().tasks.count() == 1

    # A French admin typing the English name stores the French one as well.
    client.force_login(prefer(admin_user, "fr"))
    data = form_fields(client.get(f"/admin/workflows/edit/{workflow.pk}/").content.decode())
    assert data["name"] == WORKFLOW_FR
    client.post(f"/admin/workflows/edit/{workflow.pk}/", {**data, "name": ENGLISH})
    workflow.refresh_from_db()
    assert workflow.name == WORKFLOW_FR


def test_a_name_an_administrator_types_shows_as_typed_in_both_languages(
    client, submitted, admin_user
):
    workflow = submitted.get_workflow()
    client.force_login(prefer(admin_user, "en"))
    url = f"/admin/workflows/edit/{workflow.pk}/"
    client.post(
        url, {**form_fields(client.get(url).content.decode()), "name": "Révision juridique"}
    )
    workflow.refresh_from_db()
    assert workflow.name == "Révision juridique"
    for language, task_name in (("en", ENGLISH), ("fr", TASK_FR)):
        prefer(admin_user, language)
        html = client.get("/admin/workflows/list/").content.decode()
        rows = BeautifulSoup(html, "html.parser").select("table.listing tbody tr")
        assert [row.select_one("td.title").get_text(strip=True) for row in rows] == [
            "Révision juridique"
        ]
        assert task_name in rows[0].get_text()  # its task, still a known name
        assert WORKFLOW_FR not in html


def test_the_workflow_log_keeps_the_french_names_and_the_task_chooser_translates(
    client, draft, editor_user, admin_user
):
    """The log's JSON holds the stored names (each admin reads it in their language); the
    task chooser's JSON, read by the admin's page, holds the admin's language."""
    client.force_login(prefer(editor_user, "en"))
    client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-submit"))
    entry = PageLogEntry.objects.get(page=draft, action="wagtail.workflow.start")
    raw = PageLogEntry.objects.filter(pk=entry.pk).values_list("data", flat=True).get()
    assert raw["workflow"]["title"] == WORKFLOW_FR
    assert raw["workflow"]["next"]["title"] == TASK_FR

    task = draft.get_workflow().tasks.first()
    client.force_login(prefer(admin_user, "en"))
    response = client.get(f"/admin/workflows/task_chooser/{task.pk}/")
    assert response.status_code == 200
    assert response.json()["result"]["name"] == ENGLISH
