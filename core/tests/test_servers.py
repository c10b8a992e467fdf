"""Several application servers on one PostgreSQL and one Redis, and a database outage.

Real processes: a throwaway PostgreSQL cluster (started and stopped by the test), the
run's Redis, two gunicorn servers on loopback. A publication made by another process
shows on both servers at their next request, an editor's unpublication through the
first server's admin shows on the second at once, pages cached on one are fresh on both, a
rate limit counts across both; with the database stopped pages and /healthz answer 503
within two seconds, and the site comes back by itself when the database does.
Runs in the PostgreSQL run of `make test` (it needs PostgreSQL's binaries and Redis).
"""

import contextlib
import glob
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
BINDIR = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), "")
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")
pytestmark = [
    pytest.mark.skipif(
        not (ON_POSTGRES and os.environ.get("REDIS_URL") and BINDIR),
        reason="needs the PostgreSQL run (PostgreSQL's binaries) and a Redis",
    ),
    # One worker under pytest-xdist: the module's servers (`site`) are started once.
    pytest.mark.xdist_group("servers"),
]
POLICY = "/fr/partenariat/politique-de-partenariat/"
NEWS_INDEX = "/fr/nouvelles/"
NEWS_SLUG = "politique-partenariat-adoptee"
EDITOR, PASSWORD = "redactrice", "un-long-mot-de-passe-2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster of our own, so the test may stop and start it."""

    def __init__(self, root):
        self.datadir = Path(root) / "data"
        self.datadir.mkdir()
        self.port = free_port()
        self.runas = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(root, "postgres")
            shutil.chown(self.datadir, "postgres")
            self.runas = ["runuser", "-u", "postgres", "--"]
        self.run("initdb", "-D", str(self.datadir), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def run(self, program, *args):
        subprocess.run(
            [*self.runas, f"{BINDIR}/{program}", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self):
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1"
        self.run("pg_ctl", "-D", str(self.datadir), "-o", options, "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "stop")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"


def get(url, opener=None, data=None, headers=None):
    """(status, headers, body, seconds) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    started = time.monotonic()
    try:
        response = (opener or urllib.request.build_opener()).open(request, timeout=10)
        status, body, response_headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, body, response_headers = error.code, error.read(), error.headers
    return status, response_headers, body.decode(), time.monotonic() - started


def wait_until_up(base_url, server, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            if get(f"{base_url}/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"A test server did not start; see {log}")


@pytest.fixture(scope="module")
def site():
    root = tempfile.mkdtemp(prefix="carrefour-servers-")
    cluster = Cluster(root)
    cluster.start()
    env = {
        **os.environ,
        "DATABASE_URL": cluster.url,
        "DJANGO_SETTINGS_MODULE": "carrefour.settings.test",
        "DATABASE_CONN_MAX_AGE": "60",  # persistent connections, as in production
        "PAGE_CACHE_ENABLED": "true",
        "CACHE_KEY_PREFIX": f"carrefour-servers-{os.getpid()}",
        "MEDIA_ROOT": str(Path(root) / "media"),
    }
    log_path = Path(root) / "servers.log"
    log = open(log_path, "w")  # noqa: SIM115
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    editor = (
        "from django.contrib.auth.models import User; "
        f"User.objects.create_superuser({EDITOR!r}, 'redaction@example.org', {PASSWORD!r})"
    )
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_demo_content"],
        ["shell", "-c", editor],
    ):
        subprocess.run([*manage, *command], env=env, check=True, stdout=log, stderr=log)
    servers, urls = [], []
    for _ in range(2):
        port = free_port()
        servers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "carrefour.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--threads",
                    "4",
                    "--timeout",
                    "30",
                    "--chdir",
                    str(BASE_DIR),
                ],
                env=env,
                stdout=log,
                stderr=log,
            )  # fmt: skip
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url, server in zip(urls, servers, strict=True):
            wait_until_up(url, server, log_path)
        yield {"urls": urls, "cluster": cluster, "env": env, "manage": manage, "log": log}
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=10)
        with contextlib.suppress(subprocess.CalledProcessError):
            cluster.stop()
        log.close()
        shutil.rmtree(root, ignore_errors=True)


def publish_new_policy_title(site, title):
    """An editor's publication, made by another process on the same database."""
    script = (
        "from hub.models import PolicyPage; "
        "page = PolicyPage.objects.get(locale__language_code='fr'); "
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    subprocess.run(
        [*site["manage"], "shell", "-c", script],
        env=site["env"], check=True, stdout=site["log"], stderr=site["log"],
    )  # fmt: skip


def test_a_publication_shows_on_both_servers_and_their_cache_is_fresh(site):
    first, second = site["urls"]
    for url in (first, second):
        get(url + POLICY)
    hits = [get(url + POLICY)[1]["X-Cache"] for url in (first, second)]
    assert hits == ["hit", "hit"]  # one shared cache: the second server had it already

    publish_new_policy_title(site, "Politique de partenariat (version 2)")
    for url in (second, first):
        status, headers, body, _seconds = get(url + POLICY)
        assert status == 200
        assert headers["X-Cache"] == "miss"
        assert "Politique de partenariat (version 2)" in body


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_an_editor_unpublishing_on_one_server_shows_on_the_other_at_once(site):
    """Through the admin of the first server, as an editor would; the second server's
    cached news index and the page itself are fresh at its next request."""
    first, second = site["urls"]
    news_page = f"{NEWS_INDEX}{NEWS_SLUG}/"
    for _ in range(2):
        get(second + NEWS_INDEX)
    status, headers, body, _seconds = get(second + NEWS_INDEX)
    assert headers["X-Cache"] == "hit"
    assert f"{NEWS_SLUG}/" in body
    assert get(second + news_page)[0] == 200

    api = get(f"{first}/api/v2/pages/?slug={NEWS_SLUG}")[2]
    page_id = int(re.search(r'"id": ?(\d+)', api).group(1))
    editor = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    login_form = get(f"{first}/admin/login/", editor)[2]
    credentials = {"csrfmiddlewaretoken": csrf_token(login_form), "username": EDITOR}
    credentials["password"] = PASSWORD
    status, _headers, body, _seconds = get(
        f"{first}/admin/login/", editor, urllib.parse.urlencode(credentials).encode()
    )
    assert status == 200 and "wagtail" in body.lower()
    confirm = get(f"{first}/admin/pages/{page_id}/unpublish/", editor)[2]
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf_token(confirm)}).encode()
    status = get(f"{first}/admin/pages/{page_id}/unpublish/", editor, data)[0]
    assert status == 200  # redirected to the explorer

    assert get(second + news_page)[0] == 404
    status, headers, body, _seconds = get(second + NEWS_INDEX)
    assert headers["X-Cache"] == "miss"
    assert f"{NEWS_SLUG}/" not in body


def login_attempt(base_url, opener, username):
    _status, _headers, form, _seconds = get(f"{base_url}/fr/connexion/", opener)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": csrf_token(form), "username": username, "password": "mauvais"}
    ).encode()
    return get(f"{base_url}/fr/connexion/", opener, data, {"Referer": f"{base_url}/fr/connexion/"})


def test_a_rate_limit_counts_across_both_servers(site):
    first, second = site["urls"]
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    statuses = [login_attempt(first, opener, "inconnu-partage")[0] for _ in range(5)]
    assert statuses == [200] * 5
    status, _headers, body, _seconds = login_attempt(second, opener, "inconnu-partage")
    assert status == 429
    assert "Trop de tentatives de connexion" in body


def test_with_the_database_stopped_pages_answer_503_then_recover(site):
    first, second = site["urls"]
    publish_new_policy_title(site, "Politique écrite avant la panne")
    assert "Politique écrite avant la panne" in get(first + POLICY)[2]
    site["cluster"].stop()
    try:
        for url in (first + POLICY, first + "/fr/outils/", second + "/fr/", first + "/healthz"):
            status, headers, body, seconds = get(url)
            assert status == 503, url
            assert seconds < 2, (url, seconds)
        status, headers, body, _seconds = get(first + POLICY)
        assert "Site momentanément indisponible" in body
        assert headers["Retry-After"] == "30"
    finally:
        site["cluster"].start()
    # Back by itself, on both servers, with their persistent connections replaced.
    for url in (first, second):
        deadline = time.monotonic() + 10
        while get(url + POLICY)[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        status, _headers, body, _seconds = get(url + POLICY)
        assert status == 200
        assert "Politique écrite avant la panne" in body  # nothing written before is lost
    assert get(first + "/healthz")[0] == 200
