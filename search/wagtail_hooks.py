from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("rapports/recherche/", include(admin_urls, namespace="search_reports"))]


# Every admin user (Editors, Moderators) sees what the site's visitors look for:
# the office uses it to write what is missing and to choose promoted results.
@hooks.register("register_reports_menu_item")
def register_frequent_searches_report():
    return MenuItem(
        _("Recherches fréquentes"),
        reverse("search_reports:frequent"),
        name="frequent-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_zero_result_searches_report():
    return MenuItem(
        _("Recherches sans résultat"),
        reverse("search_reports:zero"),
        name="zero-result-searches",
        icon_name="search",
        order=1320,
    )
