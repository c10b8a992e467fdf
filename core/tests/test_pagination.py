"""One pagination component for every listing: filters survive, long ranges are elided."""

from django.template import RequestContext, Template
from django.test import RequestFactory

from core.pagination import paginate

TEMPLATE = Template("{% load pagination_tags %}{% pagination page_obj 'Pages' %}")


def render(query, count=300, per_page=10):
    request = RequestFactory().get(f"/fr/outils/?{query}")
    page_obj = paginate(request, list(range(count)), per_page)
    return page_obj, TEMPLATE.render(RequestContext(request, {"page_obj": page_obj}))


def test_links_keep_the_filters_and_replace_the_page():
    _page, html = render("axis=care&audience=managers&page=5")
    assert 'href="?axis=care&amp;audience=managers&amp;page=6" rel="next"' in html
    assert 'href="?axis=care&amp;audience=managers&amp;page=4" rel="prev"' in html
    assert "page=5&amp;page" not in html


def test_a_long_range_is_elided_around_the_current_page():
    _page, html = render("page=15")
    assert html.count("…") == 2
    for number in (1, 13, 14, 16, 17, 30):
        assert f'page={number}"' in html
    assert 'page=8"' not in html
    assert '<span aria-current="page">15</span>' in html


def test_a_bad_page_number_gives_the_first_page_and_too_large_the_last():
    assert render("page=abc")[0].number == 1
    assert render("page=99999")[0].number == 30
    assert render("page=" + "9" * 5000)[0].number == 30


def test_a_single_page_shows_no_pagination():
    _page, html = render("", count=5)
    assert "pagination" not in html


def test_the_label_names_the_navigation():
    _page, html = render("")
    assert '<nav class="pagination" aria-label="Pages">' in html
