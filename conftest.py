"""Fixtures shared by every app's tests.

- A bilingual site (`home_pages`): the French home page and its English translation.
- Users in each group (`make_user`, `staff_user`, `trainer_user`, `editor_user`, …).
- The demo content once per test module: `demo_site` (the whole of `load_demo_content`;
  its value is the command's output) and `hub_demo` (the home pages and the hub's demo
  only; its value is the home pages). Loading the demo takes up to a minute, so a module's
  first test that asks for it loads it inside a transaction that stays open until the
  module's last test and is then rolled back; each test runs in a savepoint within it
  (pytest-django's `db`; not for `transactional_db`), so what a test changes is gone for
  the next one (Django's TestCase.setUpTestData pattern). The demo's files go to a media
  directory of the module's own. Caches are still emptied per test (they rebuild from the
  database). Two rules, applied at collection, keep it honest: in a module, the tests
  without the demo run before those with it (they never see it; a test that would run
  while it is loaded without asking for it fails), and under pytest-xdist (--dist
  loadgroup) such a module runs on one worker, its tests in a row, so it loads the demo
  once. A test of idempotency loads it once more itself and compares with what the module
  loaded.
- Browser tests (marker `browser`): `live_site` serves the demo site (load_demo_content)
  from a separate database in a real server process; `browser_page` is a fresh page in
  Debian's headless Chromium; `core.testing.assert_accessible(page)` runs axe-core.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.utils import translation

BASE_DIR = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
E2E_PASSWORD = "e2e-Password-2026"  # noqa: S105 (test accounts in a throwaway database)
E2E_ACCOUNTS = {
    "staff": ["Staff"],
    "trainer": ["Trainers"],
    "editor": ["Editors"],
    "moderator": ["Moderators"],
    "office": ["Bureau du partenariat"],
}


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # a pytest-xdist worker: the controller compiled them before starting it
    from core.management.commands.compile_translations import compile_all

    compile_all(BASE_DIR)


# The fixtures that give a test the demo loaded once for its module (below).
MODULE_DEMOS = ("demo_site", "hub_demo")


def _uses_module_demo(node):
    """Whether a test (an item, or a fixture's request) asks for a module's demo."""
    return any(name in getattr(node, "fixturenames", ()) for name in MODULE_DEMOS)


# Before pytest-xdist's own hook, which reads the xdist_group markers into the test ids.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (--dist loadgroup), the browser tests share one worker: one demo
    site to load and serve rather than one per worker. So does a module with tests of the
    module demo (see the module's docstring)."""
    for module, indices in _positions_by_module(items).items():
        tests = [items[index] for index in indices]
        if any(_uses_module_demo(item) for item in tests):
            # The whole module: xdist runs a group's tests in a row, on one worker.
            for item in tests:
                item.add_marker(pytest.mark.xdist_group(f"demo:{module}"))
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.hookimpl(trylast=True, specname="pytest_collection_modifyitems")
def pytest_collection_modifyitems_module_demo_last(items):
    """In a module that uses the module demo, its other tests run first. After pytest-django's
    own reordering (database tests before the others), which would otherwise send a test
    without the database behind the module's demo tests."""
    for indices in _positions_by_module(items).values():
        tests = [items[index] for index in indices]
        with_demo = [item for item in tests if _uses_module_demo(item)]
        if with_demo:
            ordered = [item for item in tests if not _uses_module_demo(item)] + with_demo
            for index, item in zip(indices, ordered, strict=True):
                items[index] = item


def _positions_by_module(items):
    """{test module's path: the positions of its tests in `items`} (ids may end in `@group`)."""
    modules = {}
    for index, item in enumerate(items):
        modules.setdefault(item.nodeid.split("::")[0].split("@")[0], []).append(index)
    return modules


@pytest.hookimpl(trylast=True, specname="pytest_collection_modifyitems")
def pytest_collection_modifyitems_xdist_group_ids(config, items):
    """pytest-xdist 3.8 gives its scheduler a test's group through the test's id (`…@group`),
    written to `item._nodeid`; pytest 9.2 builds ids from `item._id`, so that write is lost
    and --dist loadgroup groups nothing (pytest-xdist issue #1386). Write it where pytest
    reads it, after xdist's hook and only where that hook's write did not take."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(names))
        if names and not item.nodeid.endswith(suffix):
            from _pytest.nodeid import NodeId

            item._id = NodeId.parse(item.nodeid + suffix)


@pytest.fixture(autouse=True)
def _reset_language():
    """Each test starts in French (the site's default) whatever the previous one did."""
    translation.activate("fr")
    yield
    translation.activate("fr")


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    """A media directory per test; a module's demo keeps its own, where its files are."""
    if not _uses_module_demo(request):
        settings.MEDIA_ROOT = tmp_path / "media"


# --- The demo content, once per test module (see the module's docstring) ---------------

_loaded_module_demo = None  # the module whose demo is loaded, while it is


def _demo_for_the_module(request, django_db_blocker, tmp_path_factory, load):
    """Load the demo in a transaction kept open for the module's tests, then roll it back."""
    global _loaded_module_demo
    from django.db import transaction
    from django.test import override_settings

    media = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media"))
    with media, django_db_blocker.unblock(), transaction.atomic():
        with translation.override("fr"):
            loaded = load()
        _loaded_module_demo = request.module.__name__
        try:
            yield loaded
        finally:
            _loaded_module_demo = None
            transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _no_module_demo_unasked(request):
    """A test that does not ask for the module's demo never runs while it is loaded."""
    if _loaded_module_demo and not _uses_module_demo(request):
        pytest.fail(f"{_loaded_module_demo}'s demo is loaded: this test would run on it.")


def _load_demo_site():
    import io

    from django.core.management import call_command

    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def _load_hub_demo():
    from home.factories import home_pair
    from hub.demo import load

    pages = home_pair()
    load(lambda message: None)
    return pages


@pytest.fixture(scope="module")
def _module_demo_site(request, django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _demo_for_the_module(request, django_db_blocker, tmp_path_factory, _load_demo_site)


@pytest.fixture(scope="module")
def _module_hub_demo(request, django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _demo_for_the_module(request, django_db_blocker, tmp_path_factory, _load_hub_demo)


@pytest.fixture
def demo_site(_module_demo_site, db):
    """The whole demo (`load_demo_content`), loaded once for the module: its output."""
    return _module_demo_site


@pytest.fixture
def hub_demo(_module_hub_demo, db):
    """The home pages and the hub's demo (French and English), loaded once for the module:
    (French home, English home)."""
    return _module_hub_demo


@pytest.fixture
def home_pages(db):
    """(French home, English home), the site's root pointing at the French one."""
    from home.factories import home_pair  # models load after pytest-django's setup

    return home_pair()


@pytest.fixture
def make_user(db):
    from django.contrib.auth.models import Group, User

    def make(username, groups=(), **extra):
        user = User.objects.create_user(username, f"{username}@example.org", "pw", **extra)
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


@pytest.fixture
def staff_user(make_user):
    return make_user("staff", ["Staff"])


@pytest.fixture
def trainer_user(make_user):
    return make_user("trainer", ["Trainers"])


@pytest.fixture
def editor_user(make_user):
    return make_user("editor", ["Editors"])


@pytest.fixture
def moderator_user(make_user):
    return make_user("moderator", ["Moderators"])


# --- Browser tests -----------------------------------------------------------


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _e2e_suffix():
    """The checkout's suffix and, under pytest-xdist, the worker's (each serves its own site)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return os.environ.get("CARREFOUR_DB_SUFFIX", "") + (f"_{worker}" if worker else "")


def _e2e_database_url():
    """A separate database for the served demo site, on the same engine as the suite."""
    suffix = _e2e_suffix()
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg2
        from django.db import connection

        params = connection.settings_dict
        name = f"carrefour_e2e{suffix}"
        conn = psycopg2.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"],
            password=params["PASSWORD"], dbname="postgres",
        )  # fmt: skip
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()
        return url.rsplit("/", 1)[0] + f"/{name}"
    path = BASE_DIR / ".e2e" / f"db{suffix}.sqlite3"
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def live_site(django_db_blocker):
    """The demo site served by a real server process: migrate, demo content, test accounts."""
    with django_db_blocker.unblock():
        database_url = _e2e_database_url()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "carrefour.settings.test",
        "MEDIA_ROOT": str(BASE_DIR / ".e2e" / f"media{_e2e_suffix()}"),
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    # A fresh clone has no .e2e/ (it is ignored); on PostgreSQL nothing else makes it.
    (BASE_DIR / ".e2e").mkdir(exist_ok=True)
    log = open(BASE_DIR / ".e2e" / f"server{_e2e_suffix()}.log", "w")  # noqa: SIM115
    for command in (["migrate", "--no-input", "-v0"], ["load_demo_content"]):
        subprocess.run([*manage, *command], env=env, check=True, stdout=log, stderr=log)
    accounts = "; ".join(
        f"u = User.objects.create_user({name!r}, password={E2E_PASSWORD!r}); "
        f"u.groups.set(Group.objects.filter(name__in={groups!r}))"
        for name, groups in E2E_ACCOUNTS.items()
    )
    script = f"from django.contrib.auth.models import Group, User; {accounts}"
    subprocess.run([*manage, "shell", "-c", script], env=env, check=True, stdout=log, stderr=log)
    port = _free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        stdout=log,
        stderr=log,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            raise RuntimeError(f"The test server did not start; see {log.name}")
        time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="module")
def chromium():
    """Per module: while Playwright's sync API is open its event loop counts as running in
    the thread, and Django then refuses to open a database connection (SynchronousOnly-
    Operation). A worker may run database tests after its browser tests: under pytest-xdist
    the browser group, the largest, is sent first."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make browser` (Debian's chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_site):
    """A fresh browser page (own cookies) that records console errors and other hosts asked."""
    context = chromium.new_context(base_url=live_site, locale="fr-CA")
    page = context.new_page()
    page.console_errors = []
    page.external_requests = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))

    def record(request):
        if not request.url.startswith((live_site, "data:", "about:")):
            page.external_requests.append(request.url)

    page.on("request", record)
    yield page
    context.close()


@pytest.fixture
def login(live_site):
    """Sign a browser page in as one of the test accounts (staff, trainer, editor, moderator)."""

    def sign_in(page, username):
        page.goto(f"{live_site}/fr/connexion/")
        page.fill("#id_username", username)
        page.fill("#id_password", E2E_PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_load_state()

    return sign_in


@pytest.fixture(autouse=True)
def _fresh_default_cache():
    """Rate-limit counts and cached values never leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_snapshots():
    """Each test builds its own snapshots (core.snapshots), as a new process would."""
    from core import snapshots

    snapshots.clear()
    yield
    snapshots.clear()
