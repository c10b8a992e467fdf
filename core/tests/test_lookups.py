"""core.lookups: `id__any_of`, the id test `visible_pages` uses for staff-only leaves."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from hub.factories import ContentPageFactory
from hub.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_pages(home_pages):
    home, _ = home_pages
    return [ContentPageFactory(parent=home, title=f"Page {n}", slug=f"page-{n}") for n in range(3)]


def test_any_of_matches_the_ids_given_on_pages_and_their_specific_models(three_pages):
    first, second, third = three_pages
    chosen = [first.pk, third.pk]
    assert set(Page.objects.filter(id__any_of=chosen)) == {first.page_ptr, third.page_ptr}
    # On a page type the id is the parent table's: the exclusion keeps the other page.
    assert list(ContentPage.objects.exclude(id__any_of=chosen)) == [second]
    assert not Page.objects.filter(id__any_of=[]).exists()
    assert ContentPage.objects.exclude(id__any_of=[]).count() == 3


def test_the_query_does_not_grow_with_the_number_of_ids(three_pages):
    """On PostgreSQL the ids travel as one array parameter: the SQL Django writes is the
    same for 3 ids or 3,000 (an `IN` list had one placeholder each)."""
    if connection.vendor != "postgresql":
        pytest.skip("one array parameter on PostgreSQL only")
    sql = []
    for ids in ([p.pk for p in three_pages], list(range(100_000, 103_000))):
        queryset = ContentPage.objects.exclude(id__any_of=ids)
        sql.append(str(queryset.query.sql_with_params()[0]))
        with CaptureQueriesContext(connection) as queries:
            count = queryset.count()
        assert len(queries) == 1
        assert count == (0 if len(ids) == 3 else 3)
    assert sql[0] == sql[1]
