"""Give the default Wagtail site the public host name and port (`SITE_BASE_URL`).

Every absolute link Wagtail builds — the news feed, the sitemap, the API's `html_url`,
the printed facilitator guides — starts with the site's `root_url`, made of its host name
and port. `make run` and the production build run this command after `migrate`; it is
idempotent (a second run changes nothing and says so).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_base_url(url):
    """(host name, port) from `https://host[:port]`; CommandError when it is not usable."""
    if not url:
        raise CommandError(
            "SITE_BASE_URL n’est pas défini : indiquez l’adresse publique du site, "
            "par exemple SITE_BASE_URL=https://partenariat.example.org"
        )
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise CommandError(f"SITE_BASE_URL invalide ({url}) : {error}") from error
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise CommandError(
            f"SITE_BASE_URL invalide ({url}) : attendu http:// ou https:// suivi d’un nom d’hôte."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise CommandError(f"SITE_BASE_URL invalide ({url}) : rien après le nom d’hôte et le port.")
    port = port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        # Wagtail's Site.root_url writes https:// for port 443 only.
        raise CommandError(
            f"SITE_BASE_URL invalide ({url}) : en https, Wagtail n’accepte que le port 443."
        )
    if parts.scheme == "http" and port == 443:
        raise CommandError(f"SITE_BASE_URL invalide ({url}) : le port 443 suppose https://.")
    return parts.hostname, port


class Command(BaseCommand):
    help = (
        "Donne au site Wagtail par défaut le nom d’hôte et le port de SITE_BASE_URL "
        "(liens absolus du fil RSS, du plan du site, de l’API et des guides imprimés)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", help="l’adresse publique, au lieu du réglage SITE_BASE_URL"
        )

    def handle(self, *args, **options):
        hostname, port = parse_base_url(options["base_url"] or settings.SITE_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("Aucun site Wagtail par défaut : lancez d’abord « migrate ».")
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"Site déjà configuré : {site.root_url} — rien à faire.")
            return
        # A save, not an update(): the frame snapshot's token follows (core.signals).
        site.hostname, site.port = hostname, port
        site.save()
        self.stdout.write(self.style.SUCCESS(f"Site configuré : {site.root_url}"))
