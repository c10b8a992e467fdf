"""The « Partenariat » admin menu: one viewset per record, for the office only.

Each model's permission policy (engagement.access.OfficePermissionPolicy) requires
membership of « Bureau du partenariat »: the listing, its search and export, the edit,
history and usage views and the menu all go through it. None of these models is in
Wagtail's search index (the admin searches them with the ORM), the API or the sitemap.
"""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button

from core.exports import SafeSpreadsheetExportMixin

from . import admin_views
from .models import (
    Expense,
    Involvement,
    PartnershipRequest,
    PartnerUser,
    TariffLevel,
)


class SafeIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    pass


class OfficeViewSet(ModelViewSet):
    # Not in Wagtail's reference index: a tool page's « Usage » tab, which editors read,
    # would otherwise list the partner users whose onboarding plan links it, by name.
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = SafeIndexView
    search_backend_name = None


class PartnerUserViewSet(OfficeViewSet):
    model = PartnerUser
    name = "engagement_partners"
    url_prefix = "partenariat/usagers"
    icon = "user"
    menu_label = _("Usagers partenaires")
    menu_order = 100
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["id"]
    search_fields = ["first_name", "last_name", "experience_keywords"]
    list_display = ["__str__", "status", "availability", DateColumn("created_at", label=_("créée"))]
    list_filter = ["status", "availability", "axes"]
    list_export = [
        "first_name",
        "last_name",
        "status",
        "email",
        "phone",
        "availability",
        "experience_keywords",
        "consent_date",
    ]
    export_filename = "usagers-partenaires"
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
            ],
            heading=_("Personne"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("axes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("experience_keywords"),
                FieldRowPanel([FieldPanel("speaks_french"), FieldPanel("speaks_english")]),
                FieldRowPanel([FieldPanel("availability"), FieldPanel("max_assignments")]),
            ],
            heading=_("Jumelage"),
        ),
        MultiFieldPanel(
            [FieldPanel("consent_date"), FieldPanel("consent_scope")],
            heading=_("Consentement (Loi 25)"),
        ),
        InlinePanel("onboarding_items", heading=_("Plan d’accueil"), label=_("étape")),
        FieldPanel("trainings", widget=forms.CheckboxSelectMultiple),
        FieldPanel("notes"),
    ]


class RequestEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        pk = self.object.pk
        for label, name, icon, priority in (
            (_("Changer le statut"), "status", "arrow-right", 1),
            (_("Jumelage"), "match", "group", 2),
            (_("Fermer avec le bilan"), "close", "success", 3),
        ):
            buttons.append(
                Button(
                    label,
                    url=reverse(f"engagement_requests:{name}", args=[pk]),
                    icon_name=icon,
                    priority=priority,
                )
            )
        return buttons


class PartnershipRequestViewSet(OfficeViewSet):
    model = PartnershipRequest
    name = "engagement_requests"
    url_prefix = "partenariat/demandes"
    icon = "form"
    menu_label = _("Demandes de partenariat")
    menu_order = 200
    edit_view_class = RequestEditView
    search_fields = ["project", "direction", "requester_name"]
    list_display = [
        "project",
        "direction",
        Column("status", label=_("statut"), accessor="get_status_display"),
        "responsible",
        DateColumn("received_at", label=_("reçue le")),
    ]
    list_filter = ["status", "involvement_kind", "responsible"]
    list_export = [
        "project",
        "direction",
        "status",
        "involvement_kind",
        "requester_name",
        "requester_email",
        "received_at",
        "matched_at",
        "closed_at",
    ]
    export_filename = "demandes-de-partenariat"
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("project"),
                FieldPanel("direction"),
                FieldPanel("description"),
                FieldRowPanel([FieldPanel("axis"), FieldPanel("audience")]),
                FieldPanel("involvement_kind"),
                FieldPanel("experience_sought"),
                FieldRowPanel([FieldPanel("language"), FieldPanel("meeting_time")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Projet"),
        ),
        MultiFieldPanel(
            [FieldPanel("requester_name"), FieldPanel("requester_email")],
            heading=_("Demandeur"),
        ),
        FieldPanel("responsible"),
        FieldPanel("received_at"),
        FieldPanel("project_page"),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("statut/<int:pk>/", admin_views.StatusChangeView.as_view(), name="status"),
            path("jumelage/<int:pk>/", admin_views.MatchView.as_view(), name="match"),
            path("fermer/<int:pk>/", admin_views.CloseView.as_view(), name="close"),
        ]


class InvolvementViewSet(OfficeViewSet):
    model = Involvement
    name = "engagement_involvements"
    url_prefix = "partenariat/implications"
    icon = "time"
    menu_label = _("Implications (heures)")
    menu_order = 300
    search_fields = ["description", "partner_user__last_name"]
    list_display = ["partner_user", "request", "date", "hours", "tariff"]
    list_filter = ["tariff"]
    list_export = ["partner_user", "request", "date", "hours", "tariff"]
    form_fields = ["partner_user", "request", "date", "hours", "tariff", "description"]


class ExpenseViewSet(OfficeViewSet):
    model = Expense
    name = "engagement_expenses"
    url_prefix = "partenariat/depenses"
    icon = "doc-full"
    menu_label = _("Dépenses remboursées")
    menu_order = 400
    search_fields = ["description", "partner_user__last_name"]
    list_display = ["partner_user", "date", "kind", "amount"]
    list_filter = ["kind"]
    list_export = ["partner_user", "date", "kind", "amount", "description"]
    form_fields = ["partner_user", "request", "date", "kind", "amount", "description"]


class TariffViewSet(OfficeViewSet):
    model = TariffLevel
    name = "engagement_tariff"
    url_prefix = "partenariat/grille"
    icon = "list-ul"
    menu_label = _("Grille de rétribution")
    menu_order = 500
    search_fields = ["name"]
    list_display = ["name", "hourly_amount", "active"]
    form_fields = ["name", "description", "hourly_amount", "active"]


class PartnershipGroup(ModelViewSetGroup):
    menu_label = _("Partenariat")
    menu_icon = "group"
    menu_order = 250
    items = (
        PartnerUserViewSet,
        PartnershipRequestViewSet,
        InvolvementViewSet,
        ExpenseViewSet,
        TariffViewSet,
    )
