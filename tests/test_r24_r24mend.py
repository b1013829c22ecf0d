"""Round 24 mend (r24mend): the lemmatizer's word tables are read once per process, by one
cached loader (`language.lemma_table`) that `language.english_verbs` and
`truecase.default_lexicon` both use."""

from __future__ import annotations

from wirecoder import language, truecase


def _clear() -> None:
    for f in (language.lemma_table, language.english_verbs, truecase.default_lexicon):
        f.cache_clear()


def test_the_word_table_is_read_once_for_verbs_and_the_english_word_list(monkeypatch):
    lookups = language.load_nlp().get_pipe("lemmatizer").lookups
    reads: list[str] = []
    real = lookups.get_table

    def counting(name, *args):
        reads.append(name)
        return real(name, *args)

    monkeypatch.setattr(lookups, "get_table", counting)
    _clear()
    try:
        verbs = language.english_verbs()
        lex = truecase.default_lexicon()
    finally:
        monkeypatch.undo()
        _clear()
    assert reads.count("lemma_index") == 1, reads
    # the same words as before: "attack" is a verb and English, "kidnapped" English by rule
    assert "attack" in verbs and "kidnap" in verbs
    assert lex.is_english("attack") and lex.is_english("kidnapped")
