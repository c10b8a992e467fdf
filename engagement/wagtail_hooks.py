from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.search import SearchArea
from wagtail.permissions import register_permission_policy

from . import admin_urls, indicators
from .access import OfficePermissionPolicy, is_office_member
from .models import (
    Assignment,
    Expense,
    Involvement,
    OnboardingItem,
    PartnershipRequest,
    PartnerUser,
    RequestStatusChange,
    TariffLevel,
    ToolUse,
)
from .viewsets import PartnershipGroup

# Every model of the app: its permissions open nothing outside the office.
for _model in (
    PartnerUser,
    OnboardingItem,
    PartnershipRequest,
    RequestStatusChange,
    Assignment,
    Involvement,
    ToolUse,
    TariffLevel,
    Expense,
):
    register_permission_policy(_model, OfficePermissionPolicy(_model), exact_class=True)


@hooks.register("register_admin_viewset")
def register_partnership_group():
    return PartnershipGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("partenariat/bureau/", include(admin_urls, namespace="engagement"))]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_office_member(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return OfficeMenuItem(
        _("Tableau de bord du partenariat"),
        reverse("engagement:dashboard"),
        name="engagement-dashboard",
        icon_name="table",
        order=251,
    )


@hooks.register("register_admin_menu_item")
def register_intake_menu_item():
    return OfficeMenuItem(
        _("Formulaires reçus"),
        reverse("engagement:intake"),
        name="engagement-intake",
        icon_name="form",
        order=250,
    )


@hooks.register("register_admin_menu_item")
def register_recognition_menu_item():
    return OfficeMenuItem(
        _("Reconnaissance"),
        reverse("engagement:recognition"),
        name="engagement-recognition",
        icon_name="pick",
        order=252,
    )


class OfficeSearchArea(SearchArea):
    def is_shown(self, request):
        return is_office_member(request.user)


@hooks.register("register_admin_search_area")
def register_partner_search_area():
    return OfficeSearchArea(
        _("Usagers partenaires"),
        reverse("engagement_partners:index"),
        name="engagement-partners",
        icon_name="user",
        order=600,
    )


@hooks.register("register_admin_search_area")
def register_request_search_area():
    return OfficeSearchArea(
        _("Demandes de partenariat"),
        reverse("engagement_requests:index"),
        name="engagement-requests",
        icon_name="form",
        order=610,
    )


# Aggregates for the hub's project pages and, for staff, the tool pages (no names).
hooks.register("hub_project_indicators", indicators.project_indicators)
hooks.register("outils_tool_usage", indicators.tool_usage)
