"""Admin reports: what people search for most, and what they search for without finding;
the screen that clears them of test noise."""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from core.exports import SafeSpreadsheetExportMixin

from .models import SearchQueryStat
from .purge import forget_searches_before

purge_policy = ModelPermissionPolicy(SearchQueryStat)


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

    @property
    def header_buttons(self):
        if not purge_policy.user_has_permission(self.request.user, "delete"):
            return []
        return [
            HeaderButton(
                _("Effacer des recherches"),
                url=reverse("search_reports:purge"),
                icon_name="bin",
            )
        ]


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


class PurgeForm(forms.Form):
    until = forms.DateField(
        label=_("Effacer les recherches faites jusqu’au (inclus)"),
        help_text=_(
            "Les recherches dont la dernière a eu lieu ce jour-là ou avant sont effacées des "
            "deux rapports (par exemple, les essais faits avant la mise en ligne)."
        ),
        widget=AdminDateInput,
        error_messages={
            "required": _("Indiquez une date."),
            "invalid": _("Indiquez une date valide (AAAA-MM-JJ)."),
        },
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until > timezone.localdate():
            raise forms.ValidationError(_("La date ne peut pas être dans le futur."))
        return until


class PurgeSearchesView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Clear the search reports of test noise: the searches last made on or before a day."""

    permission_policy = purge_policy
    permission_required = "delete"
    form_class = PurgeForm
    template_name = "search/admin/purge.html"
    page_title = _("Effacer des recherches")
    header_icon = "bin"
    success_url = reverse_lazy("search_reports:frequent")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("search_reports:frequent"), "label": _("Recherches fréquentes")},
            {"url": "", "label": self.page_title},
        ]

    def get_initial(self):
        return {"until": timezone.localdate()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("search_reports:purge")
        context["submit_button_label"] = _("Effacer ces recherches")
        context["total"] = SearchQueryStat.objects.count()
        return context

    def form_valid(self, form):
        day_after = form.cleaned_data["until"] + datetime.timedelta(days=1)
        moment = timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))
        deleted = forget_searches_before(moment)
        messages.success(
            self.request,
            ngettext("%(count)d recherche effacée.", "%(count)d recherches effacées.", deleted)
            % {"count": deleted},
        )
        return super().form_valid(form)
