"""Admin and home page integration of the tool bank."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import sites
from home.models import HOME_SECTIONS_HOOK
from nouveautes.sources import WHATS_NEW_HOOK, Source
from outils.admin_views import (
    InventoryExportView,
    InventoryImportView,
    can_export,
    french_tool_bank,
)
from outils.listing import load_vocabulary
from outils.models import ToolFeedback, ToolIndexPage, ToolPage
from outils.reports import ToolFeedbackReport

# « Je veux… »: one need per axis, in words a staff member would use.
AXIS_NEEDS = {
    "care": _("impliquer un usager dans ses propres soins"),
    "experience": _("recueillir l’expérience des usagers"),
    "improvement": _("améliorer un service avec des usagers"),
}


@hooks.register(HOME_SECTIONS_HOOK)
def guided_entry(request, home_page):
    """« Je suis… » / « Je veux… » leading to the tool bank already filtered."""
    index = sites.section_page(request, home_page, ToolIndexPage)
    if index is None:
        return None
    url = sites.page_url(index, request)
    vocabulary = load_vocabulary()
    axes = [
        {"label": AXIS_NEEDS.get(axis["code"], axis["label"]), "url": f"{url}?axis={axis['code']}"}
        for axis in vocabulary["axis"]
    ]
    audiences = [
        {"label": audience["label"], "url": f"{url}?audience={audience['code']}"}
        for audience in vocabulary["audience"]
    ]
    return {
        "template": "outils/includes/guided_entry.html",
        "order": 10,
        "tool_bank_url": url,
        "audiences": audiences,
        "needs": axes,
    }


@hooks.register(WHATS_NEW_HOOK)
def whats_new_tools():
    """Tools in « Quoi de neuf »: new, published again, or reviewed (« dernière révision »)."""
    return Source(ToolPage, _("Outil"), reviewed_field="last_reviewed")


class ToolFeedbackViewSet(SnippetViewSet):
    """Every answer, filterable: editors read the comments here."""

    model = ToolFeedback
    icon = "comment"
    menu_label = _("Rétroaction (réponses)")
    menu_order = 300
    add_to_admin_menu = False
    list_display = ["tool", "useful", "comment", "created_at"]
    list_filter = ["useful"]
    search_fields = ["comment"]
    ordering = ["-created_at"]


register_snippet(ToolFeedbackViewSet)


@hooks.register("register_admin_urls")
def feedback_urls():
    return [
        path("rapports/utilite-des-outils/", ToolFeedbackReport.as_view(),
             name="outils_feedback_report"),
        path("rapports/utilite-des-outils/resultats/",
             ToolFeedbackReport.as_view(results_only=True),
             name="outils_feedback_report_results"),
    ]  # fmt: skip


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("outils.view_toolfeedback")


@hooks.register("register_reports_menu_item")
def feedback_menu_item():
    return FeedbackReportMenuItem(
        _("Utilité des outils"), reverse("outils_feedback_report"), icon_name="comment", order=700
    )


@hooks.register("register_admin_urls")
def inventory_urls():
    return [
        path("outils/inventaire/", InventoryImportView.as_view(), name="outils_inventory"),
        path("outils/inventaire/export/", InventoryExportView.as_view(),
             name="outils_inventory_export"),
    ]  # fmt: skip


class InventoryMenuItem(MenuItem):
    def is_shown(self, request):
        index = french_tool_bank()
        return index is not None and can_export(request.user, index)


@hooks.register("register_admin_menu_item")
def inventory_menu_item():
    return InventoryMenuItem(
        _("Inventaire des outils"),
        reverse("outils_inventory"),
        name="tool-inventory",
        icon_name="doc-full-inverse",
        order=250,
    )
