import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError, connection

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_down_when_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_a_page_answers_503_in_french_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("could not connect to server")

    client.raise_request_exception = False
    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/fr/outils/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Site momentanément indisponible" in response.content.decode()
    english = client.get("/en/tools/")
    assert english.status_code == 503
    assert "Site temporarily unavailable" in english.content.decode()


def test_any_other_error_is_still_a_500(client, monkeypatch):
    client.raise_request_exception = False

    def broken(self, request):
        raise RuntimeError("un bogue")

    monkeypatch.setattr("core.page_cache.PageCacheMiddleware.__call__", broken)
    response = client.get("/fr/")
    assert response.status_code == 500
    assert "Erreur du serveur" in response.content.decode()


def _manage(*args, env_extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _manage(
        "check",
        env_extra={"DJANGO_SETTINGS_MODULE": "carrefour.settings.production"},
        drop=("SECRET_KEY",),
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_check_deploy_without_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "carrefour.settings.production",
            "SECRET_KEY": "x8#Lq2!vR9zT4mWc7Yp0Nd3Hs6Kf1Gb5Je8Ua2Xo4Ri7Qt9Vl3Zw6Mn0Cy5Ph1Bg",
            "ALLOWED_HOSTS": "partenariat.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_migrations_are_complete():
    result = _manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client, home_pages):
    response = client.get("/fr/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
