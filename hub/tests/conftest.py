import pytest

from core.factories import translate
from hub.factories import HubPageFactory
from hub.models import RequestFormField, RequestFormPage


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


@pytest.fixture
def form_page(hub_pages):
    """A published request form that e-mails the office (two addresses)."""
    hub_fr, _ = hub_pages
    page = RequestFormPage(
        title="Devenir usager partenaire",
        slug="devenir",
        to_address="partenariat@example.org, bureau@example.org",
        from_address="carrefour@example.org",
        subject="Nouvelle demande",
        privacy_notice="<p>Nous conservons vos coordonnées.</p>",
        retention_months=12,
        form_fields=[
            RequestFormField(label="Prénom et nom", field_type="singleline", required=True),
            RequestFormField(label="Courriel", field_type="email", required=True),
            RequestFormField(label="Ce qui vous motive", field_type="multiline", required=False),
        ],
    )
    hub_fr.add_child(instance=page)
    page.save_revision().publish()
    return page
