from django.urls import path

from . import admin_views

app_name = "engagement"
urlpatterns = [
    path("tableau-de-bord/", admin_views.DashboardView.as_view(), name="dashboard"),
    path("formulaires/", admin_views.IntakeView.as_view(), name="intake"),
    path("reconnaissance/", admin_views.RecognitionView.as_view(), name="recognition"),
    path(
        "reconnaissance/<int:pk>/<int:year>/lettre.pdf",
        admin_views.LetterView.as_view(),
        name="letter",
    ),
]
