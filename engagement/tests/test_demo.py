import pytest

from engagement.demo import load
from engagement.models import PartnershipRequest, PartnerUser


@pytest.mark.django_db
def test_demo_pool_is_fictitious_and_covers_the_statuses(home_pages):
    load(lambda message: None)
    statuses = set(PartnershipRequest.objects.values_list("status", flat=True))
    assert {"received", "analysis", "matched", "in_progress", "done", "refused"} <= statuses
    assert all("Fictif" in p.last_name for p in PartnerUser.objects.all())
    assert all(p.email.endswith("@example.org") for p in PartnerUser.objects.all())
    count = PartnershipRequest.objects.count()
    load(lambda message: None)  # a second run changes nothing
    assert PartnershipRequest.objects.count() == count


def test_load_demo_content_finds_the_module():
    from core.management.commands.load_demo_content import demo_loaders

    assert "engagement" in [name for _order, name, _load in demo_loaders()]
