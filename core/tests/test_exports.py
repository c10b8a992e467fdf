"""safe_cell: the one neutraliser of formula cells every export uses (core.exports)."""

import pytest

from core.exports import safe_cell, unsafe_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil.example","clic")', '\'=HYPERLINK("http://evil.example","clic")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("=1+1 outil", "'=1+1 outil"),
        ("Guide = outil", "Guide = outil"),
        ("'déjà du texte", "'déjà du texte"),
        ("", ""),
        (None, None),
        (-5, -5),
        (3.5, 3.5),
    ],
)
def test_cells_that_a_spreadsheet_would_run_get_an_apostrophe(value, expected):
    assert safe_cell(value) == expected


@pytest.mark.parametrize("value", ["=1+1 outil", "-", "@x", "\tx", "'=1", "texte", "", None, 7])
def test_unsafe_cell_gives_back_what_safe_cell_was_given(value):
    assert unsafe_cell(safe_cell(value)) == value
