"""Spreadsheet exports that never run what a visitor typed (CSV / formula injection).

A cell that begins with « = », « + », « - », « @ », a tab or a carriage return is read
by Excel, LibreOffice and Google Sheets as a formula: `=HYPERLINK("http://…","clic")`
typed into the search box would become a live link in the editors' report. Every
export of the site passes its text cells through `safe_cell()`, which prefixes such a
cell with an apostrophe (« ' »), the spreadsheet's own « this is text » mark; numbers,
dates and empty cells are left alone. `unsafe_cell()` undoes it for an import of the
site's own exports (outils.inventory).

Wagtail's admin exports (reports, form submissions) use `SafeSpreadsheetExportMixin`.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def starts_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell(value):
    """The value, with an apostrophe in front when a spreadsheet would read a formula.

    A text that already begins with « ' » and a formula character gets one more, so that
    `unsafe_cell(safe_cell(value)) == value` for every value.
    """
    if starts_like_formula(value) or _marked(value):
        return TEXT_MARK + value
    return value


def _marked(value):
    """« '=… », « ''=… »: apostrophes, then a formula character."""
    return (
        isinstance(value, str)
        and value.startswith(TEXT_MARK)
        and starts_like_formula(value.lstrip(TEXT_MARK))
    )


def unsafe_cell(value):
    """Undo `safe_cell`: « '=1+1 » read back from an export is the text « =1+1 »."""
    return value[1:] if _marked(value) else value


class SafeSpreadsheetExportMixin:
    """For a view built on Wagtail's SpreadsheetExportMixin: CSV and XLSX cells, headings too."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))
