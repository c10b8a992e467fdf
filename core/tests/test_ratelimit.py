"""One rate limiter (core.ratelimit), on the shared cache, keyed by the real client address."""

import pytest
from django.test import RequestFactory

from core import ratelimit


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxy_a_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_address(request_from("192.0.2.1", "203.0.113.7")) == "192.0.2.1"


def test_behind_one_proxy_the_client_is_the_address_it_received_from(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # A visitor who sends their own X-Forwarded-For cannot choose their address.
    request = request_from("10.0.0.2", "6.6.6.6, 203.0.113.7")
    assert ratelimit.client_address(request) == "203.0.113.7"


def test_behind_two_proxies(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    request = request_from("10.0.0.3", "203.0.113.7, 10.0.0.2")
    assert ratelimit.client_address(request) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["", "pas-une-adresse", "999.1.1.1", ",,,"])
def test_a_malformed_or_short_chain_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_address(request_from("10.0.0.2", forwarded)) == "10.0.0.2"


def test_hits_count_up_to_the_limit_then_refuse(settings):
    settings.RATE_LIMITS = {"essai": (3, 60)}
    assert [ratelimit.hit("essai", "203.0.113.7") for _ in range(4)] == [
        False, False, False, True,
    ]  # fmt: skip
    assert ratelimit.is_limited("essai", "203.0.113.7")
    assert not ratelimit.is_limited("essai", "203.0.113.8")


def test_two_visitors_behind_the_same_proxy_have_their_own_count(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.RATE_LIMITS = {"essai": (1, 60)}
    first = ratelimit.client_address(request_from("10.0.0.2", "203.0.113.7"))
    second = ratelimit.client_address(request_from("10.0.0.2", "203.0.113.8"))
    assert not ratelimit.hit("essai", first)
    assert not ratelimit.hit("essai", second)
    assert ratelimit.hit("essai", first)
