from django.urls import path

from .admin_views import FrequentSearchesReport, PurgeSearchesView, ZeroResultSearchesReport

app_name = "search_reports"
urlpatterns = [
    path("frequentes/", FrequentSearchesReport.as_view(), name="frequent"),
    path(
        "frequentes/resultats/",
        FrequentSearchesReport.as_view(results_only=True),
        name="frequent_results",
    ),
    path("effacer/", PurgeSearchesView.as_view(), name="purge"),
    path("sans-resultat/", ZeroResultSearchesReport.as_view(), name="zero"),
    path(
        "sans-resultat/resultats/",
        ZeroResultSearchesReport.as_view(results_only=True),
        name="zero_results",
    ),
]
