"""Text as a French reader sorts and matches it: one place for accents, ligatures, case.

« Échelle » sorts with E, « Œuvre » as « oeuvre », « L’usager » and « L'usager » are the
same words; databases' collations differ (SQLite has none for French), so sorting and
matching happen on these keys instead.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

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


# --- Readability (« En mots simples ») ----------------------------------------------

_WORDS = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_SENTENCE_ENDS = re.compile(r"[.!?…:;]+(?:\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word):
    """French syllables, approximately: groups of vowels, a silent final « e » (« usage »)
    or « es » / « ent » after a consonant not counted; at least one."""
    word = fold(word).replace("'", "")
    groups = len(_VOWEL_GROUPS.findall(word))
    if len(word) > 3 and groups > 1 and re.search(r"[^aeiouy](e|es|ent)$", word):
        groups -= 1
    return max(groups, 1)


def readability(text):
    """Kandel and Moles' French adaptation of Flesch's reading ease, as (score, label):
    207 − 1.015 × words per sentence − 73.6 × syllables per word; higher is easier.
    None for a text too short to judge (fewer than 10 words)."""
    words = _WORDS.findall(text or "")
    if len(words) < 10:
        return None
    sentences = max(len(_SENTENCE_ENDS.findall(text.strip() + " ")), 1)
    per_sentence = len(words) / sentences
    per_word = sum(syllables(word) for word in words) / len(words)
    score = round(207 - 1.015 * per_sentence - 73.6 * per_word)
    for floor, label in READING_LEVELS:
        if score >= floor:
            return score, label
    return score, READING_LEVELS[-1][1]


# Flesch's bands, read as a French reader would: 60 and over suits the general public.
READING_LEVELS = [
    (80, _("très facile")),
    (70, _("facile")),
    (60, _("assez facile")),
    (50, _("standard")),
    (30, _("difficile")),
    (-1000, _("très difficile")),
]
