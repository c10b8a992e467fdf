"""The base pages every page type is built on (core.models.BasePage, BaseIndexPage)."""

import pytest
from django.apps import apps
from wagtail.models import Page

from core.pages import SUMMARY_WORDS, BaseIndexPage, BasePage
from hub.models import ContentPage, NewsPage
from outils.models import ToolPage

pytestmark = pytest.mark.django_db


def test_every_site_page_type_is_built_on_the_base_page():
    """The review date and its report, and the summaries in search, hold for every type."""
    ours = [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model.__module__.split(".")[0]
        in ("home", "hub", "outils", "formations", "videos", "nouveautes")
    ]
    assert len(ours) >= 15
    assert [m.__name__ for m in ours if not issubclass(m, BasePage)] == []
    for model in ours:
        panels = [getattr(p, "field_name", None) for p in model.settings_panels]
        flat = str(model.settings_panels) + str(getattr(model, "edit_handler", ""))
        assert "review_date" in panels or "review_date" in flat, model.__name__


def test_index_pages_share_the_introduction_and_search_it():
    for model in apps.get_models():
        if issubclass(model, BaseIndexPage):
            assert model._meta.get_field("introduction").blank
            assert "introduction" in [f.field_name for f in model.search_fields], model


def test_summary_prefers_the_pages_own_summary_then_its_description():
    tool = ToolPage(title="Outil", summary="Le résumé de l’outil.", search_description="Autre")
    assert tool.listing_summary() == "Le résumé de l’outil."
    tool.summary = ""
    assert tool.listing_summary() == "Autre"


def test_summary_falls_back_on_the_introduction_then_the_first_paragraph():
    page = ContentPage(title="Page", introduction="<p>Une <b>introduction</b> &amp; plus.</p>")
    assert page.listing_summary() == "Une introduction & plus."
    page.introduction = ""
    page.body = [
        {"type": "heading", "value": "Titre"},
        {"type": "paragraph", "value": "<p>Premier paragraphe.</p>"},
    ]
    assert page.listing_summary() == "Premier paragraphe."
    page.body = []
    assert page.listing_summary() == ""


def test_summary_is_cut_to_a_card_length():
    news = NewsPage(title="Nouvelle", summary=" ".join(["mot"] * 100))
    words = news.listing_summary().split()
    assert len(words) == SUMMARY_WORDS
    assert words[-1].endswith("…")


def test_wagtails_restriction_check_costs_no_query_on_a_public_page(home_pages, staff_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import PageViewRestriction

    from core.access import all_restrictions
    from core.request_state import RequestStateMiddleware
    from outils.factories import ToolIndexPageFactory, ToolPageFactory

    bank = ToolIndexPageFactory(parent=home_pages[0])
    public = ToolPageFactory(parent=bank)
    restricted = ToolPageFactory(parent=bank)
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.LOGIN
    )

    # As in a request (RequestStateMiddleware): the tokens are read once, the snapshot built.
    def in_a_request():
        all_restrictions()
        with CaptureQueriesContext(connection) as queries:
            assert list(public.get_view_restrictions()) == []
        return len(queries.captured_queries)

    assert RequestStateMiddleware(lambda request: in_a_request())(None) == 0
    # A restricted page still gets Wagtail's own answer (the admin's privacy status uses it).
    assert list(restricted.get_view_restrictions()) == [restriction]
