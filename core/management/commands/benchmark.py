"""`make bench`: fill the database to 5,000 tools, then time every app's scenarios.

Each installed project app may define `<app>/benchmark.py` with
`SCENARIOS = [(label, path, username_or_None), ...]`. Every path is requested
in-process (Django's test client: the full middleware stack and templates, no
network), once to warm caches, then `--repeat` times; the command prints the SQL
query count of one request and the median server time.
"""

import io
import logging
import statistics
import time
from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils.module_loading import module_has_submodule

TARGET_TOOLS = 5000
QUERY_BUDGET = 12
TIME_BUDGET_MS = 40


COLD_PATH = "/fr/outils/?axis=improvement"


def scenarios():
    found = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "benchmark"):
            module = import_module(f"{config.name}.benchmark")
            for scenario in getattr(module, "SCENARIOS", []):
                found.append((config.name, *scenario))
    return found


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
        from home.demo import ensure_home
        from outils.demo import ensure_index
        from outils.generate import generate_tools
        from outils.models import ToolPage

        call_command("migrate", interactive=False, verbosity=0)
        # Demo content first: the scenarios of every app request demo pages by slug.
        call_command("load_demo_content", stdout=io.StringIO())
        ensure_home()
        index, _ = ensure_index()
        existing = ToolPage.objects.filter(locale_id=index.locale_id).count()
        if existing < tools:
            self.stdout.write(f"Création de {tools - existing} outils…")
            generate_tools(tools - existing, index, seed=2026)
        vendor = connection.vendor
        self.stdout.write(
            f"\n{vendor} — {ToolPage.objects.filter(locale_id=index.locale_id).count()} outils "
            f"— {repeat} requêtes par scénario\n"
        )
        self.stdout.write(f"{'scénario':<44} {'statut':>6} {'requêtes':>9} {'médiane':>10}")
        over = False
        # A 404 scenario is reported in the table; no log line per request.
        logging.getLogger("django.request").setLevel(logging.ERROR)
        with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False):
            for app, label, path, username in scenarios():
                if only_apps and app not in only_apps:
                    continue
                client = client_for(username)
                client.get(path)  # warm caches (site root paths, templates)
                reset_queries()
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
                queries = len(captured.captured_queries)
                timings = []
                for _ in range(repeat):
                    start = time.perf_counter()
                    client.get(path)
                    timings.append((time.perf_counter() - start) * 1000)
                median = statistics.median(timings)
                flag = ""
                budgeted = app == "outils" and label.startswith("listing")
                if budgeted and (queries > QUERY_BUDGET or median > TIME_BUDGET_MS):
                    flag = "  > budget"
                    over = True
                self.stdout.write(
                    f"{app + ': ' + label:<44} {response.status_code:>6} {queries:>9} "
                    f"{median:>7.1f} ms{flag}"
                )
            self.cold_listing(repeat)
        self.stdout.write(
            f"\nBudget de la liste de la banque d’outils (lignes « outils: listing ») : "
            f"≤ {QUERY_BUDGET} requêtes, médiane ≤ {TIME_BUDGET_MS} ms."
            + (" Dépassé (voir > budget)." if over else "")
        )

    def cold_listing(self, repeat):
        """The first listing after a publication: every snapshot (core.snapshots) rebuilt."""
        from core import snapshots

        client = Client()
        client.get(COLD_PATH)
        timings = []
        for _ in range(max(3, repeat // 5)):
            snapshots.bump()
            start = time.perf_counter()
            client.get(COLD_PATH)
            timings.append((time.perf_counter() - start) * 1000)
        snapshots.bump()
        with CaptureQueriesContext(connection) as captured:
            client.get(COLD_PATH)
        self.stdout.write(
            f"{'(hors budget) liste juste après une publication':<44} {'':>6} "
            f"{len(captured.captured_queries):>9} {statistics.median(timings):>7.1f} ms"
        )
