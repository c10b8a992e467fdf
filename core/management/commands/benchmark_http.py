"""`make bench`, HTTP stage: gunicorn with production settings under wrk, on loopback.

Run after `benchmark` on the same database (it has the 5,000 tools). Two servers are
started in turn, one with the page cache off and one with it on; for every anonymous
scenario of the apps' `benchmark` modules wrk measures requests per second, and the CPU
time of the gunicorn processes **and of the PostgreSQL backends serving its database** (read
from /proc) is divided by the requests served. A static file served by whitenoise in the same
run is the physical limit of this machine; then 32 connections for 60 seconds over a mix
of pages count errors and non-2xx answers. Bounded in time, loopback only.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from core.management.commands.benchmark import client_for, scenarios

TICKS = os.sysconf("SC_CLK_TCK")
STATIC_PATH = "/static/css/site.css"
MIX_SECONDS = 60
MIX_CONNECTIONS = 32


def _processes():
    """{pid: (parent pid, command line, cpu seconds)} of every process we may read."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        found[int(entry)] = (int(fields[1]), command, (int(fields[11]) + int(fields[12])) / TICKS)
    return found


def cpu_seconds(master_pid, database):
    """CPU used so far by the gunicorn master and its workers, and by the PostgreSQL
    backends serving `database` (their command line names it: « postgres: user db … »;
    other databases' backends on the same server are left out)."""
    table = _processes()
    app = sum(cpu for pid, (ppid, _c, cpu) in table.items() if master_pid in (pid, ppid))
    marker = f" {database} "
    db = sum(
        cpu
        for _p, command, cpu in table.values()
        if command.startswith("postgres:") and marker in command
    )
    return app, db


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_wrk(url, seconds, connections, script=None, cookie=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": requests,
        "rate": rate,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


class Server:
    def __init__(self, env, workers):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "carrefour.wsgi:application",
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
             "--chdir", str(settings.BASE_DIR), "--log-level", "warning"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as r:  # noqa: S310
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise CommandError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=15)


class Command(BaseCommand):
    help = "Étape HTTP du banc d’essai : gunicorn (réglages de production) sous wrk, en local."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=5, help="per scenario")
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
        parser.add_argument("--mix-seconds", type=int, default=MIX_SECONDS)
        parser.add_argument(
            "--app", action="append", default=[], help="only this app's scenarios (repeatable)"
        )
        parser.add_argument(
            "--uncached-only",
            action="store_true",
            help="without the page cache stage and the mix (the 50,000-tool run)",
        )

    def handle(self, *args, seconds, workers, mix_seconds, app, uncached_only, **options):
        if not shutil.which("wrk"):
            raise CommandError("wrk is missing: apt-get install wrk (Debian's package)")
        static_root = tempfile.mkdtemp(prefix="carrefour-bench-static-")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "carrefour.settings.production",
            "SECRET_KEY": "benchmark-only-not-a-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": static_root,
        }
        try:
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
                env=env, check=True, cwd=settings.BASE_DIR,
            )  # fmt: skip
            self.measure(env, seconds, workers, mix_seconds, set(app), uncached_only)
        finally:
            shutil.rmtree(static_root, ignore_errors=True)

    def measure(self, env, seconds, workers, mix_seconds, only_apps, uncached_only):
        selected = [s for s in scenarios() if not only_apps or s[0] in only_apps]
        anonymous = [(f"{name}: {label}", path) for name, label, path, user in selected if not user]
        # Signed-in staff never get the page cache: measured on the uncached server with a
        # session made here for the server's secret key (same database and Redis).
        signed_in = []
        with override_settings(SECRET_KEY=env["SECRET_KEY"]):
            for name, label, path, user in selected:
                if user:
                    session = client_for(user).cookies[settings.SESSION_COOKIE_NAME].value
                    signed_in.append(
                        (f"{name}: {label}", path, f"{settings.SESSION_COOKIE_NAME}={session}")
                    )
        self.stdout.write(
            f"\nHTTP — gunicorn {workers} workers, wrk 2 threads × 4 connections, "
            f"{seconds} s each; CPU = application + PostgreSQL, per request"
        )
        self.stdout.write(f"{'scénario':<52} {'req/s':>8} {'CPU app':>9} {'CPU base':>9}")
        for cached in (False,) if uncached_only else (False, True):
            server = Server({**env, "PAGE_CACHE_ENABLED": str(cached).lower()}, workers)
            try:
                self.stdout.write("— cache de pages " + ("activé" if cached else "désactivé"))
                if not cached:
                    self.row("static file (whitenoise)", server, STATIC_PATH, seconds)
                for label, path in anonymous:
                    self.row(label, server, path, seconds)
                if not cached:
                    for label, path, cookie in signed_in:
                        self.row(label, server, path, seconds, cookie)
                if cached:
                    self.mix(server, [path for _label, path in anonymous], mix_seconds)
            finally:
                server.stop()

    def row(self, label, server, path, seconds, cookie=None):
        warm = urllib.request.Request(server.url + path, headers={"Cookie": cookie or ""})  # noqa: S310
        body = urllib.request.urlopen(warm, timeout=30).read()  # noqa: S310 (warm)
        if cookie and "Se déconnecter".encode() not in body:
            raise CommandError(f"{label}: the server did not accept the staff session")
        database = settings.DATABASES["default"]["NAME"]
        app_before, db_before = cpu_seconds(server.process.pid, database)
        result = run_wrk(server.url + path, seconds, 4, cookie=cookie)
        app_after, db_after = cpu_seconds(server.process.pid, database)
        served = max(result["requests"], 1)
        app_ms = (app_after - app_before) * 1000 / served
        db_ms = (db_after - db_before) * 1000 / served
        flag = f"  ({result['non_2xx']} non-2xx)" if result["non_2xx"] else ""
        self.stdout.write(
            f"{label[:52]:<52} {result['rate']:>8.0f} {app_ms:>6.2f} ms {db_ms:>6.2f} ms{flag}"
        )

    def mix(self, server, paths, seconds):
        script = Path(tempfile.mkstemp(suffix=".lua")[1])
        quoted = ", ".join(f'"{p}"' for p in paths)
        script.write_text(
            f"paths = {{{quoted}}}\ncounter = 0\n"
            "request = function()\n  counter = counter + 1\n"
            "  return wrk.format(nil, paths[(counter % #paths) + 1])\nend\n"
        )
        try:
            result = run_wrk(server.url + "/", seconds, MIX_CONNECTIONS, str(script))
        finally:
            script.unlink()
        self.stdout.write(
            f"\nMélange de {len(paths)} pages, {MIX_CONNECTIONS} connexions × {seconds} s : "
            f"{result['requests']} requêtes, {result['rate']:.0f} req/s, "
            f"{result['errors']} erreurs, {result['non_2xx']} réponses hors 2xx/3xx"
        )
