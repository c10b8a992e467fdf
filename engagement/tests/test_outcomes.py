"""What it changed: project pages' computed indicators, tool usage for staff only."""

import datetime

import pytest
from django.utils import timezone

from engagement.models import Assignment, Involvement, ToolUse
from hub.factories import HubPageFactory, ProjectIndexPageFactory, ProjectPageFactory
from outils.factories import ToolIndexPageFactory, ToolPageFactory


@pytest.fixture
def project_and_tool(home_pages, make_request, make_partner):
    home_fr, _ = home_pages
    hub = HubPageFactory(parent=home_fr)
    index = ProjectIndexPageFactory(parent=hub)
    project = ProjectPageFactory(parent=index, title="Projet Boussole")
    tool = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_fr), title="Plan d’intégration")
    request = make_request(project_page=project)
    request.received_at = timezone.now() - datetime.timedelta(days=10)
    request.save()
    for status in ("analysis", "matched"):
        request.change_status(status)
    for name in ("Un", "Deux"):
        partner = make_partner(name, "Fictif-Secret")
        Assignment.objects.create(request=request, partner_user=partner)
        Involvement.objects.create(partner_user=partner, request=request, hours=3)
    ToolUse.objects.create(request=request, tool=tool, helped="yes")
    return project, tool, request


@pytest.mark.django_db
def test_the_project_page_shows_figures_computed_from_requests(client, project_and_tool):
    project, _tool, _request = project_and_tool
    page = client.get(project.url).content.decode()
    assert 'data-indicator="partners">2<' in page
    assert 'data-indicator="hours">6<' in page
    assert 'data-indicator="days_to_match">10<' in page
    assert "Fictif-Secret" not in page
    index_page = client.get(project.get_parent().url).content.decode()
    assert 'data-indicator="requests">1<' in index_page


@pytest.mark.django_db
def test_the_figures_follow_new_hours_despite_the_page_cache(client, project_and_tool, settings):
    settings.PAGE_CACHE_ENABLED = True
    project, _tool, request = project_and_tool
    client.get(project.url)
    Involvement.objects.create(
        partner_user=request.assignments.first().partner_user, hours=4, request=request
    )
    assert 'data-indicator="hours">10<' in client.get(project.url).content.decode()


@pytest.mark.django_db
def test_the_tool_page_shows_project_usage_to_staff_only(client, project_and_tool, staff_user):
    _project, tool, _request = project_and_tool
    anonymous = client.get(tool.url).content.decode()
    assert 'data-usage="projects"' not in anonymous
    client.force_login(staff_user)
    page = client.get(tool.url).content.decode()
    assert 'data-usage="projects">1<' in page
    assert "oui : 1" in page
    assert "Fictif-Secret" not in page


@pytest.mark.django_db
def test_the_editor_panel_shows_the_computed_figures(client, project_and_tool, make_user):
    project, _tool, _request = project_and_tool
    client.force_login(make_user("admin", is_superuser=True))
    page = client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "Indicateurs calculés à partir des demandes" in page
    assert "Heures d’implication des usagers" in page
