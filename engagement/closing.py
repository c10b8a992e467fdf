"""Closing a request can create its project page in the hub, as a draft.

Only what the request says about the project goes in (its name, direction, axis,
audience, start year): never the requester, the partner users or the outcome text, which
may name people. Editors complete the draft and publish it through the usual workflow;
its indicators are then computed from the request (engagement.indicators).
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

from hub.models import ProjectPage, ProjectStatus


def draft_project_page(partnership_request, index, user):
    """A new, unpublished ProjectPage under `index` (the French projects index)."""
    title = partnership_request.project[:255]
    page = ProjectPage(
        title=title,
        slug=find_available_slug(index, slugify(title)[:200] or "projet"),
        locale=index.locale,
        direction=partnership_request.direction[:200],
        start_year=partnership_request.start_date.year if partnership_request.start_date else None,
        status=ProjectStatus.COMPLETED,
        live=False,
        owner=user,
    )
    if partnership_request.axis_id:
        page.axes = [partnership_request.axis]
    if partnership_request.audience_id:
        page.audiences = [partnership_request.audience]
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page
