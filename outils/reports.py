"""The « Utilité des outils » admin report: Wagtail's ReportView, like the site's other reports.

Tallies of « Cet outil vous a-t-il été utile ? » per tool, with the latest comments;
no personal data is collected. Exportable to CSV and Excel like every report.
"""

import datetime

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from core.exports import SafeSpreadsheetExportMixin
from outils.models import ToolFeedback, ToolPage

COMMENTS_SHOWN = 10


class ToolFeedbackReport(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Utilité des outils")
    header_icon = "comment"
    index_url_name = "outils_feedback_report"
    index_results_url_name = "outils_feedback_report_results"
    permission_policy = ModelPermissionPolicy(ToolFeedback)
    permission_required = "view"
    columns = [
        TitleColumn("title", label=_("Outil"), url_name="wagtailadmin_pages:edit"),
        Column("language", label=_("Langue"), accessor="locale.language_code"),
        NumberColumn("yes", label=_("Oui")),
        NumberColumn("no", label=_("Non")),
        Column("recent_comments", label=_("Commentaires récents")),
    ]
    list_export = ["title", "locale.language_code", "yes", "no", "recent_comments"]
    export_headings = {
        "title": _("Outil"),
        "locale.language_code": _("Langue"),
        "yes": _("Oui"),
        "no": _("Non"),
        "recent_comments": _("Commentaires récents"),
    }

    def get_filename(self):
        return f"utilite-des-outils-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            ToolPage.objects.filter(feedback__isnull=False)
            .annotate(
                yes=Count("feedback", filter=Q(feedback__useful=True), distinct=True),
                no=Count("feedback", filter=Q(feedback__useful=False), distinct=True),
            )
            .select_related("locale")
            .order_by("-yes", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        """The latest comments of the tools shown, in one query."""
        tools = list(object_list)
        comments = {}
        latest = (
            ToolFeedback.objects.filter(tool__in=tools).exclude(comment="").order_by("-created_at")
        )
        for item in latest:
            comments.setdefault(item.tool_id, []).append(item)
        for tool in tools:
            tool.recent_comments = " · ".join(
                f"{_('Oui') if item.useful else _('Non')} — {item.comment} "
                f"({item.created_at:%Y-%m-%d})"
                for item in comments.get(tool.pk, [])[:COMMENTS_SHOWN]
            )
        return tools
