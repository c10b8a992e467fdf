import pytest

from engagement.access import OFFICE_GROUP
from engagement.models import PartnershipRequest, PartnerStatus, PartnerUser


@pytest.fixture
def office_user(make_user):
    return make_user("bureau", [OFFICE_GROUP])


@pytest.fixture
def office_moderator(make_user):
    """A Moderator outside the office: publishes pages, sees no personal data."""
    return make_user("moderatrice", ["Moderators"])


@pytest.fixture
def make_request(db):
    def make(**fields):
        values = {
            "direction": "Direction des programmes santé mentale",
            "project": "Révision du guide d’accueil",
            "involvement_kind": "committee",
            "requester_name": "Fictive Demandeuse",
            "requester_email": "demandeuse@example.org",
        }
        values.update(fields)
        return PartnershipRequest.objects.create(**values)

    return make


@pytest.fixture
def make_partner(db):
    def make(first_name="Alex", last_name="Fictif", **fields):
        fields.setdefault("status", PartnerStatus.ACTIVE)
        fields.setdefault("email", f"{first_name.lower()}@example.org")
        return PartnerUser.objects.create(first_name=first_name, last_name=last_name, **fields)

    return make
