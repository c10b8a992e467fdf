"""`make bench`: fill the database, then time every app's scenarios.

Each installed project app may define `<app>/benchmark.py` with
`SCENARIOS = [(label, path, username_or_None), ...]` and optionally:
- `prepare(tools, log)`: fill the database before measuring (outils generates tools up
  to `--tools`) and return a line for the header;
- `BUDGET = (label_prefix, max_queries, max_median_ms)`: lines flagged `> budget`;
- `COLD = [(label, path)]`: timed right after every snapshot token is replaced.
Every path is requested in-process (Django's test client: the full middleware stack and
templates, no network), once to warm caches, then `--repeat` times; the command prints
the SQL query count of one request and the median server time, with the page cache
off (what signed-in staff get), then the anonymous scenarios again through the page
cache (core/page_cache.py) on the default cache of the run. Core names no app:
the modules are found by convention, as `load_demo_content` finds `demo`.
"""

import io
import logging
import statistics
import time
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils.module_loading import module_has_submodule

from core import snapshots

TARGET_TOOLS = 5000


def benchmark_modules():
    """(app name, module) for every installed app that has a `benchmark` module."""
    found = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "benchmark"):
            found.append((config.name, import_module(f"{config.name}.benchmark")))
    return found


def scenarios():
    return [
        (name, *scenario)
        for name, module in benchmark_modules()
        for scenario in getattr(module, "SCENARIOS", [])
    ]


def client_for(username):
    client = Client()
    if username:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, f"{username}@example.org")
            group = (
                Group.objects.filter(name__iexact=username).first()
                or Group.objects.filter(name="Staff").first()
            )
            if group:
                user.groups.add(group)
        client.force_login(user)
    return client


class Command(BaseCommand):
    help = "Remplit la base à 5 000 outils et mesure requêtes SQL et temps médian par scénario."

    def add_arguments(self, parser):
        parser.add_argument("--tools", type=int, default=TARGET_TOOLS)
        parser.add_argument("--repeat", type=int, default=30)
        parser.add_argument(
            "--app", action="append", default=[], help="only this app's scenarios (repeatable)"
        )

    def handle(self, *args, tools, repeat, app, **options):
        only_apps = set(app)
        modules = benchmark_modules()
        call_command("migrate", interactive=False, verbosity=0)
        # Demo content first: the scenarios of every app request demo pages by slug.
        call_command("load_demo_content", stdout=io.StringIO())
        summaries = []
        for _name, module in modules:
            prepare = getattr(module, "prepare", None)
            if prepare is not None:
                summary = prepare(tools, self.stdout.write)
                if summary:
                    summaries.append(summary)
        header = " — ".join([connection.vendor, *summaries, f"{repeat} requêtes par scénario"])
        self.stdout.write(f"\n{header}\n")
        self.stdout.write(f"{'scénario':<44} {'statut':>6} {'requêtes':>9} {'médiane':>10}")
        budgets = {name: module.BUDGET for name, module in modules if hasattr(module, "BUDGET")}
        over = False
        # A 404 scenario is reported in the table; no log line per request.
        logging.getLogger("django.request").setLevel(logging.ERROR)
        selected = [s for s in scenarios() if not only_apps or s[0] in only_apps]
        # Uncached first: what signed-in staff always get, and anonymous visitors on a miss.
        with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False, PAGE_CACHE_ENABLED=False):
            for name, label, path, username in selected:
                status, queries, median = self.measure(path, username, repeat)
                flag = ""
                budget = budgets.get(name)
                within = not budget or not label.startswith(budget[0])
                if not within and (queries > budget[1] or median > budget[2]):
                    flag = "  > budget"
                    over = True
                self.stdout.write(
                    f"{name + ': ' + label:<44} {status:>6} {queries:>9} {median:>7.1f} ms{flag}"
                )
            for name, module in modules:
                if not only_apps or name in only_apps:
                    for label, path in getattr(module, "COLD", []):
                        self.cold(label, path, repeat)
        # The same anonymous pages from the page cache (core/page_cache.py), once warm.
        backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        self.stdout.write(f"\nCache de pages, visiteurs anonymes ({backend})")
        with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False, PAGE_CACHE_ENABLED=True):
            for name, label, path, username in selected:
                if username is None:
                    status, queries, median = self.measure(path, None, repeat)
                    self.stdout.write(
                        f"{name + ': ' + label:<44} {status:>6} {queries:>9} {median:>7.1f} ms"
                    )
        for name, (prefix, max_queries, max_ms) in budgets.items():
            self.stdout.write(
                f"\nBudget des lignes « {name}: {prefix} … » : ≤ {max_queries} requêtes, "
                f"médiane ≤ {max_ms} ms." + (" Dépassé (voir > budget)." if over else "")
            )

    @staticmethod
    def measure(path, username, repeat):
        """(status, SQL queries of one request, median milliseconds over `repeat`)."""
        client = client_for(username)
        client.get(path)  # warm caches (site root paths, templates, the page cache)
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        # Now: every request clears Django's query log (request_started → reset_queries).
        queries = len(captured.captured_queries)
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        return response.status_code, queries, statistics.median(timings)

    def cold(self, label, path, repeat):
        """A page right after a publication: every snapshot token replaced first."""
        client = Client()
        client.get(path)
        timings = []
        for _ in range(max(3, repeat // 5)):
            snapshots.bump()
            start = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        snapshots.bump()
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        self.stdout.write(
            f"{'(hors budget) ' + label:<44} {'':>6} "
            f"{len(captured.captured_queries):>9} {statistics.median(timings):>7.1f} ms"
        )
