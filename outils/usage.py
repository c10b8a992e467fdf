"""How a tool was used in the office's projects, for staff on the tool's page.

An app that records project closings (engagement) registers the Wagtail hook
`outils_tool_usage`: a function taking a tool page and returning a list of
{"label", "value"} aggregates (never a person). Staff see them; the public sees nothing.
"""

from wagtail import hooks

from core.access import is_staff_member

HOOK = "outils_tool_usage"


def usage_for(tool, user):
    if not is_staff_member(user):
        return []
    rows = []
    for provider in hooks.get_hooks(HOOK):
        rows.extend(provider(tool))
    return rows
