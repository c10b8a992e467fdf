"""Text as a French reader sorts and matches it: one place for accents, ligatures, case.

« Échelle » sorts with E, « Œuvre » as « oeuvre », « L’usager » and « L'usager » are the
same words; databases' collations differ (SQLite has none for French), so sorting and
matching happen on these keys instead.
"""

import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text):
    """Lower case, no accents, ligatures spelled out, straight apostrophes, single spaces."""
    text = (text or "").translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").casefold().split())


def sort_key(text):
    """The stored sort key (`sort_title`): `fold`, cut to the column's 255 characters."""
    return fold(text)[:255]


def french_sort_key(text):
    """Key for `sorted()`: folded first, then the original case-folded text to break ties."""
    return (fold(text), (text or "").casefold())


def initial_letter(text):
    """The letter a term is filed under: « Écoute » → E; digits and symbols → #."""
    for char in fold(text):
        if char.isalnum():
            return char.upper() if "a" <= char <= "z" else "#"
    return "#"
