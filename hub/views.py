"""Admin views: the report of live pages past their review date, the forms' submissions."""

import datetime

from django.apps import apps
from django.db.models import DateField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Page

from core.exports import SafeSpreadsheetExportMixin
from core.models import ReviewDateMixin


def review_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ReviewDateMixin) and issubclass(model, Page)
    ]


def overdue_pages(today=None):
    """Live pages of every type with a review date, whose date has passed (one query)."""
    today = today or timezone.localdate()
    query = Q(pk__in=[])
    for model in review_page_models():
        overdue = model.objects.filter(review_date__lt=today).values("pk")
        query |= Q(pk__in=overdue)
    # Each model keeps review_date in its own table: gather it for sorting in one query.
    review_date = Coalesce(
        *[
            Subquery(model.objects.filter(pk=OuterRef("pk")).values("review_date")[:1])
            for model in review_page_models()
        ],
        Value(None, output_field=DateField()),
    )
    return Page.objects.live().filter(query).annotate(due=review_date)


class ReviewReportView(SafeSpreadsheetExportMixin, PageReportView):
    page_title = _("Pages à réviser")
    header_icon = "date"
    results_template_name = "hub/admin/review_report_results.html"
    index_url_name = "hub_review_report"
    index_results_url_name = "hub_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "review_date",
        "url_path",
        "content_type.model_class._meta.verbose_name.title",
    ]
    export_headings = {
        **PageReportView.export_headings,
        "review_date": _("Date de révision"),
        "url_path": _("Chemin"),
    }

    def get_filename(self):
        return f"pages-a-reviser-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "publish"]
        )
        self.queryset = (
            overdue_pages()
            .filter(pk__in=editable.values("pk"))
            .select_related("locale", "content_type")
            .specific()
            .order_by("due", "title")
        )
        return super().get_queryset()


class SafeSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """A request form's submissions: visitors typed them, so exports neutralise formulas."""
