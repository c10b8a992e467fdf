"""Admin views: the report of live pages by review date (overdue first), the forms' submissions."""

import datetime

from django.apps import apps
from django.db.models import BooleanField, Case, DateField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.exports import SafeSpreadsheetExportMixin
from core.models import ReviewDateMixin


def review_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ReviewDateMixin) and issubclass(model, Page)
    ]


def review_date_expression():
    """Each model keeps review_date in its own table: gather it in one query."""
    return Coalesce(
        *[
            Subquery(model.objects.filter(pk=OuterRef("pk")).values("review_date")[:1])
            for model in review_page_models()
        ],
        Value(None, output_field=DateField()),
    )


def dated_pages(today=None):
    """Live pages of every type with a review date, annotated with it (``due``) and
    whether it has passed (``overdue``), overdue first, then by date (one query)."""
    today = today or timezone.localdate()
    query = Q(pk__in=[])
    for model in review_page_models():
        query |= Q(pk__in=model.objects.filter(review_date__isnull=False).values("pk"))
    return (
        Page.objects.live()
        .filter(query)
        .annotate(due=review_date_expression())
        .annotate(
            overdue=Case(
                When(due__lt=today, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("-overdue", "due", "title")
    )


def overdue_pages(today=None):
    """Live pages of every type with a review date, whose date has passed (one query)."""
    today = today or timezone.localdate()
    query = Q(pk__in=[])
    for model in review_page_models():
        overdue = model.objects.filter(review_date__lt=today).values("pk")
        query |= Q(pk__in=overdue)
    return Page.objects.live().filter(query).annotate(due=review_date_expression())


def editable_pages(user):
    """The pages a user may add to, change or publish: what the review report shows them."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["add", "change", "publish"]
    )


def overdue_count(user):
    """How many pages this user looks after are past their review date (one query)."""
    return overdue_pages().filter(pk__in=editable_pages(user).values("pk")).count()


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
        self.queryset = (
            dated_pages()
            .filter(pk__in=editable_pages(self.request.user).values("pk"))
            .select_related("locale", "content_type")
            .specific()
        )
        return super().get_queryset()


class SafeSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """A request form's submissions: visitors typed them, so exports neutralise formulas."""
