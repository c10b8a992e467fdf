from django.utils.functional import SimpleLazyObject

from core import sites, snapshots
from core.models import SiteSettings


def _settings_for(request):
    site = sites.site_for_request(request)
    if site is None:
        return None
    # Read on every page (footer, English notice); changes only when an editor saves it.
    return snapshots.get(
        snapshots.FRAME, "site-settings", site.pk, lambda: SiteSettings.for_site(site)
    )


def site_settings(request):
    """`site_settings`: this site's SiteSettings, loaded only if a template uses it."""
    return {"site_settings": SimpleLazyObject(lambda: _settings_for(request))}
