"""Staff sign-in (site and admin) throttled per address and per account: 429, French, input kept."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SITE_LOGIN = "/fr/connexion/"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def limits(settings):
    settings.RATE_LIMITS = {"login_address": (4, 900), "login_account": (2, 900)}


def attempt(client, url, username, password="mauvais", **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_an_account_is_locked_after_its_failed_attempts_even_from_elsewhere(
    url, limits, editor_user, home_pages
):
    first, second = Client(REMOTE_ADDR="203.0.113.1"), Client(REMOTE_ADDR="203.0.113.2")
    assert attempt(first, url, editor_user.username).status_code == 200
    assert attempt(second, url, editor_user.username).status_code == 200
    # Third try, from yet another address, with the right password: still refused.
    third = Client(REMOTE_ADDR="203.0.113.3")
    response = attempt(third, url, editor_user.username, password="pw")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de tentatives de connexion" in html
    assert "15 minutes" in html
    assert f'value="{editor_user.username}"' in html  # what the visitor typed is kept
    assert "_auth_user_id" not in third.session


def test_an_address_is_limited_whatever_account_it_tries(limits, staff_user, home_pages):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for name in ("a", "b", "c", "d"):
        assert attempt(client, SITE_LOGIN, name).status_code == 200
    assert attempt(client, SITE_LOGIN, staff_user.username, password="pw").status_code == 429
    # Another address signs the same account in.
    other = Client(REMOTE_ADDR="203.0.113.10")
    assert attempt(other, SITE_LOGIN, staff_user.username, password="pw").status_code == 302


def test_behind_the_proxy_each_visitor_has_their_own_count(limits, settings, home_pages):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = Client(REMOTE_ADDR="10.0.0.2")
    for name in ("a", "b", "c", "d"):
        attempt(proxy, SITE_LOGIN, name, HTTP_X_FORWARDED_FOR="203.0.113.7")
    limited = attempt(proxy, SITE_LOGIN, "e", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert limited.status_code == 429
    other = attempt(proxy, SITE_LOGIN, "e", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert other.status_code == 200


def test_a_successful_sign_in_is_not_counted(limits, staff_user, home_pages):
    for _ in range(5):
        client = Client(REMOTE_ADDR="203.0.113.20")
        assert attempt(client, SITE_LOGIN, staff_user.username, password="pw").status_code == 302


def test_the_english_form_says_it_in_english(limits, staff_user, home_pages):
    client = Client(REMOTE_ADDR="203.0.113.30")
    for _ in range(2):
        attempt(client, "/en/login/", staff_user.username)
    response = attempt(client, "/en/login/", staff_user.username)
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
