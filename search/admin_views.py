"""Admin reports: what people search for most, and what they search for without finding."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from core.exports import SafeSpreadsheetExportMixin

from .models import SearchQueryStat


class SearchQueryStatFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Langue"), choices=settings.LANGUAGES, empty_label=_("Toutes")
    )

    class Meta:
        model = SearchQueryStat
        fields = ["language"]


class BaseSearchQueryReport(SafeSpreadsheetExportMixin, ReportView):
    """Visitors typed these queries: exports neutralise formula cells (core.exports)."""

    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = SearchQueryStatFilterSet
    columns = [
        Column("query_string", label=_("Recherche"), sort_key="query_string"),
        Column("language", label=_("Langue"), sort_key="language"),
        NumberColumn("hits", label=_("Recherches"), sort_key="hits"),
        NumberColumn("zero_result_hits", label=_("Sans résultat"), sort_key="zero_result_hits"),
        NumberColumn("last_result_count", label=_("Derniers résultats")),
        DateColumn("last_seen", label=_("Dernière recherche"), sort_key="last_seen"),
    ]
    list_export = [
        "query_string",
        "language",
        "hits",
        "zero_result_hits",
        "last_result_count",
        "last_seen",
    ]
    export_headings = {
        "query_string": _("Recherche"),
        "language": _("Langue"),
        "hits": _("Recherches"),
        "zero_result_hits": _("Sans résultat"),
        "last_result_count": _("Derniers résultats"),
        "last_seen": _("Dernière recherche"),
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


class FrequentSearchesReport(BaseSearchQueryReport):
    page_title = _("Recherches fréquentes")
    default_ordering = "-hits"
    index_url_name = "search_reports:frequent"
    index_results_url_name = "search_reports:frequent_results"

    def get_base_queryset(self):
        return SearchQueryStat.objects.all()


class ZeroResultSearchesReport(BaseSearchQueryReport):
    page_title = _("Recherches sans résultat")
    default_ordering = "-zero_result_hits"
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"

    def get_base_queryset(self):
        return SearchQueryStat.objects.filter(zero_result_hits__gt=0)
