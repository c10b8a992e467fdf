from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from core import login as core_login
from core import views as core_views
from core.api import api_router
from core.sitemap import sitemap, sitemap_index
from engagement import views as engagement_views
from hub import localize as hub_localize
from outils import views as outils_views
from search import views as search_views

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    # Wagtail's admin sign-in, throttled like the site's (core/login.py).
    path("admin/login/", core_login.AdminLoginView.as_view(), name="wagtailadmin_login"),
    # wagtail-localize's sync and « Convertir en alias de page » with the editorial
    # workflow's publish check in front (hub/localize.py): they must come before
    # Wagtail's admin URLs, whose identical paths would otherwise answer first.
    *hub_localize.urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, name="sitemap-section"),
    path("api/v2/", api_router.urls),
    re_path(r"^media/(?P<path>.*)$", core_views.media_image, name="media-image"),
]

urlpatterns += i18n_patterns(
    # Translated path: /fr/recherche/ and /en/search/.
    path(_("recherche/"), search_views.search, name="search"),
    path(_("connexion/"), core_login.LoginView.as_view(), name="login"),
    path(_("deconnexion/"), auth_views.LogoutView.as_view(), name="logout"),
    # The open catalogue of public tools (outils/catalogue.py), stable in both languages.
    path(
        _("outils/catalogue.csv"),
        outils_views.open_catalogue,
        {"fmt": "csv"},
        name="tool-catalogue-csv",
    ),
    path(
        _("outils/catalogue.json"),
        outils_views.open_catalogue,
        {"fmt": "json"},
        name="tool-catalogue-json",
    ),
    path(_("outils/fiches/<str:slug>.pdf"), outils_views.tool_card, name="tool-card-pdf"),
    # A requester's status page, by the private link of the office's e-mails (engagement).
    path(
        _("suivi-demande/<str:token>/"),
        engagement_views.request_status,
        name="engagement-request-status",
    ),
    # Pages through core's view (the site from a snapshot); the rest of Wagtail's URLs
    # (password-protected pages, its login) as Wagtail defines them.
    re_path(serve_pattern, core_views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = staticfiles_urlpatterns() + urlpatterns
