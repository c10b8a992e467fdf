import pytest
from django.core.cache import cache

from core.factories import translate
from hub.factories import HubPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    """The forms' rate limit lives in the cache: each test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(home_pages):
    """The hub's demo content (French and English), as `load_demo_content` builds it."""
    from hub.demo import load

    load(lambda message: None)
    return home_pages


@pytest.fixture
def hub_pages(home_pages):
    """(French hub section, English translation) with nothing under them."""
    home_fr, _ = home_pages
    hub = HubPageFactory(parent=home_fr)
    return hub, translate(hub, title="Partnership", slug="partnership")


def add_live(parent, page):
    """Add a live page without revisions: fast enough to build 200 items."""
    page.live = True
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    return page
