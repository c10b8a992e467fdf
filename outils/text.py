"""Text helpers of the tool bank that the listing and the models share."""

import unicodedata

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANG_FR = "fr"
LANG_EN = "en"

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def sort_key(text):
    """« Échelle » → "echelle": sorts the way a French reader expects, on any database.

    Stored on the page (`sort_title`) so SQLite and PostgreSQL order the same way
    without depending on the database's collations.
    """
    text = (text or "").translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").casefold()
    return " ".join(stripped.split())[:255]


def language_badge(material_languages):
    """« French only » on the English site, « En anglais seulement » on the French one."""
    if get_language() == LANG_EN and material_languages == LANG_FR:
        return _("Matériel en français seulement")
    if get_language() != LANG_EN and material_languages == LANG_EN:
        return _("Matériel en anglais seulement")
    return None
