"""French sorting and matching (core.text): what a Québec reader expects of an index."""

from core.text import fold, french_sort_key, initial_letter, readability, sort_key, syllables


def test_accented_capitals_sort_with_their_letter():
    words = ["Zone", "Échelle", "ergothérapie", "Étape", "Eau", "Île", "ordre", "Œuvre"]
    assert sorted(words, key=french_sort_key) == [
        "Eau", "Échelle", "ergothérapie", "Étape", "Île", "Œuvre", "ordre", "Zone",
    ]  # fmt: skip


def test_ligatures_are_spelled_out_and_case_is_ignored():
    assert fold("Œuvre") == fold("oeuvre") == "oeuvre"
    assert fold("Ex æquo") == "ex aequo"
    assert fold("ÉVALUATION") == fold("évaluation") == "evaluation"


def test_curly_and_straight_apostrophes_are_the_same_word():
    assert fold("L’usager") == fold("L'usager") == "l'usager"


def test_spaces_are_collapsed_and_the_stored_key_fits_its_column():
    assert fold("  plan   d’intégration ") == "plan d'integration"
    assert len(sort_key("é" * 400)) == 255


def test_terms_are_filed_under_their_plain_initial():
    assert initial_letter("Écoute") == "E"
    assert initial_letter("Œil du patient") == "O"
    assert initial_letter("« Usager partenaire »") == "U"
    assert initial_letter("3 axes") == "#"
    assert initial_letter("") == "#"


def test_missing_text_folds_to_nothing():
    assert fold(None) == ""
    assert french_sort_key(None) == ("", "")


def test_plain_french_reads_easier_than_administrative_french():
    plain = readability(
        "Votre avis compte. Vous pouvez aider une équipe. Vous choisissez votre rôle. "
        "Nous vous écoutons."
    )
    dense = readability(
        "La pérennisation des mécanismes institutionnels de co-construction nécessite une "
        "articulation interprofessionnelle des responsabilités organisationnelles."
    )
    assert plain[0] >= 60 and plain[1] in ("assez facile", "facile", "très facile")
    assert dense[0] < 30 and dense[1] == "très difficile"


def test_a_text_too_short_is_not_judged():
    assert readability("Trois mots seulement.") is None
    assert readability("") is None


def test_french_syllables_skip_the_silent_final_e():
    assert syllables("usage") == 2
    assert syllables("partenaire") == 3
    assert syllables("l’usager") == 3
    assert syllables("été") == 2
