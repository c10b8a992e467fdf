"""Whatever arrives in the query string: a normal page or a 400 (as listed), never a 500."""

import pytest

from search.query import normalise_query

pytestmark = pytest.mark.django_db

MARKUP = '<script>alert("x")</script>'

BAD_QUERIES = [
    ("very long query", "q=" + "usager%20" * 2000, 200),
    ("markup", "q=%3Cscript%3Ealert(%22x%22)%3C%2Fscript%3E", 200),
    ("attribute breakout", "q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", 200),
    ("SQL fragment", "q=%27%20OR%201%3D1%3B%20DROP%20TABLE%20wagtailcore_page%3B--", 200),
    ("tsquery operators", "q=plan%20%26%20!%7C%20%3A*%20(%20)%20%3C-%3E", 200),
    ("FTS5 syntax", "q=usager%20NEAR(%22a%22%20b)%20OR%20%2A%20%22%20%5E", 200),
    ("quotes only", "q=%22%22%22%27%27", 200),
    ("NUL byte", "q=us%00ager", 400),
    ("only a NUL byte", "q=%00", 400),
    ("RTL override and zero-width", "q=%E2%80%AEusager%E2%80%8B%E2%80%8F", 200),
    ("emoji", "q=%F0%9F%A7%91%E2%80%8D%E2%9A%95%EF%B8%8F%20soins", 200),
    ("invalid UTF-8", "q=%FF%FE%FD", 200),
    ("lone surrogate escape", "q=%ED%A0%80", 200),
    ("control characters", "q=%01%02%1B%5B31m", 200),
    ("only spaces", "q=%20%20%20", 200),
    ("stop words only", "q=le%20la%20de%20des", 200),
    ("page not a number", "q=usager&page=abc", 200),
    ("page out of range", "q=usager&page=99999", 200),
    ("page negative", "q=usager&page=-1", 200),
    ("page huge", "q=usager&page=" + "9" * 5000, 400),
    ("page past 64 bits", "q=usager&page=9223372036854775808", 400),
    ("page at the 64-bit limit", "q=usager&page=9223372036854775807", 200),
    ("NUL in a parameter name", "q=usager&ty%00pe=tool", 400),
    ("page float", "q=usager&page=1.5", 200),
    ("page infinity", "q=usager&page=1e999", 200),
    ("unknown type", "q=usager&type=%3Cb%3E", 200),
    ("repeated params", "q=usager&q=plan&type=tool&type=page&page=1&page=2", 200),
    ("empty with junk type", "type=zzz&page=-5", 200),
    ("param without value", "q&type&page", 200),
]


@pytest.fixture
def some_pages(add_page):
    for n in range(3):
        add_page(f"Usager partenaire {n}", slug=f"usager-{n}")


@pytest.mark.parametrize("prefix", ["/fr/recherche/", "/en/search/"])
@pytest.mark.parametrize(
    ("label", "query_string", "status"), BAD_QUERIES, ids=[b[0] for b in BAD_QUERIES]
)
def test_bad_input_gives_a_normal_page_never_raw_markup(
    client, some_pages, prefix, label, query_string, status
):
    response = client.get(f"{prefix}?{query_string}")
    # Bad values are cleaned or ignored: the search page answers. A NUL character or an
    # integer beyond 64 bits is refused (400, core.guards) before the database sees it.
    assert response.status_code == status, label
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "\x00" not in html
    assert "\u202e" not in html


def test_markup_is_shown_as_text_in_the_form_and_the_summary(client, some_pages):
    html = client.get("/fr/recherche/", {"q": MARKUP}).content.decode()
    assert MARKUP not in html
    assert 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in html
    assert "« &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; »" in html


def test_repeated_parameters_use_the_last_value(client, some_pages):
    html = client.get("/fr/recherche/?q=licorne&q=usager").content.decode()
    assert "résultats pour « usager »" in html
    assert "licorne" not in html.split("</header>")[1]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  plan   intégration  ", "plan intégration"),
        ("us\x00ager", "usager"),
        ("\u202eusager\u200b\u200f", "usager"),
        ("plan\tintégration\nusager", "plan intégration usager"),
        ("ＦＵＬＬＷＩＤＴＨ", "FULLWIDTH"),  # NFKC: what a Japanese keyboard may send
        ("x" * 1000, "x" * 200),
        (None, ""),
    ],
)
def test_queries_are_normalised(raw, expected):
    assert normalise_query(raw) == expected
