"""Figures about partnership projects that other apps compute from their own records.

An app that keeps records about projects (engagement: requests, matches, hours) registers
the Wagtail hook `hub_project_indicators`: a function taking a queryset of project pages
and returning a list of {"code", "label", "value"} aggregates, never anything personal.
The hub shows them on the project page and its index, and in a read-only panel of the
project page's editor, beside the typed fields (which stay as they are).
"""

from wagtail import hooks

HOOK = "hub_project_indicators"


def computed_indicators(projects):
    rows = []
    for provider in hooks.get_hooks(HOOK):
        rows.extend(provider(projects))
    return rows
