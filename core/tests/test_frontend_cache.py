"""A proxy cache or CDN in front is purged on publication (Wagtail's frontend cache, HTTP PURGE)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.contrib.frontend_cache.utils import get_backends

from hub.factories import ContentPageFactory, HubPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def proxy(settings):
    """A real HTTP server on loopback standing for the proxy: it records what is purged."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()


def test_without_a_purge_url_no_backend_is_configured(settings):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    assert get_backends() == {}


def test_publishing_purges_the_page_and_the_listings_above_it(
    proxy, home_pages, django_capture_on_commit_callbacks
):
    home, _english = home_pages
    section = HubPageFactory(parent=home, title="Partenariat", slug="partenariat")
    page = ContentPageFactory(parent=section, title="Politique", slug="politique")
    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Politique révisée"
        page.save_revision().publish()
    paths = {path for _host, path in proxy}
    assert {"/fr/partenariat/politique/", "/fr/partenariat/", "/fr/"} <= paths
    assert {host for host, _path in proxy} == {"localhost"}


def test_unpublishing_purges_the_page_too(proxy, home_pages, django_capture_on_commit_callbacks):
    home, _english = home_pages
    page = ContentPageFactory(parent=home, title="Politique", slug="politique")
    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert ("localhost", "/fr/politique/") in proxy
