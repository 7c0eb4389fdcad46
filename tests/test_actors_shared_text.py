"""The actor finder's shortcuts give what the plain way gives: the Doc's text joined from the
token table, and dictionary matches that try only the phrase lengths a first word has."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
import spacy

from newsevents.actors.lexicon import Entry, Lexicon, Match, case_ok, norm
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", [
    "The Sahel  Monitor said on Friday:  talks in N'Djamena ended.\n\nNew round next week. ",
    "Ms. Añez, Bolivia's former interim president,left La Paz",
    "",
])
def test_actors_token_table_text_is_doc_text(blank: spacy.language.Language, text: str) -> None:
    doc = blank(text)
    table = doc_view(doc)
    assert table.text == doc.text
    assert doc_text(doc) is table.text  # kept for the later components
    assert doc_view(doc).text is table.text


def _every_length_matches(lex: Lexicon, texts: Sequence[str]) -> Iterator[Match]:
    """The reference: at each start try every length from the longest phrase down."""
    normed = [norm(t) for t in texts]
    i = 0
    while i < len(texts):
        for length in range(min(lex.longest, len(texts) - i), 0, -1):
            candidates = lex._phrases.get(tuple(normed[i:i + length]), [])
            entries = [e for e in candidates if case_ok(e, texts[i:i + length])]
            if entries:
                yield Match(i, i + length, tuple(entries))
                i += length
                break
        else:
            i += 1


def _small_lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add(["the", "United", "Nations", "Security", "Council"], Entry("igo", "IGOUNO", "UN Security Council"))
    lex.add(["United", "Nations"], Entry("igo", "IGOUNO", "United Nations"))
    lex.add(["United", "States"], Entry("country", "USA", "United States", "proper"))
    lex.add(["the", "army"], Entry("body", "MIL", "army"))
    lex.add(["army"], Entry("body", "MIL", "army"))
    lex.add(["prime", "minister"], Entry("title", "GOV", "prime minister"))
    lex.add(["minister"], Entry("title", "GOV", "minister"))
    lex.add(["WHO"], Entry("igo", "IGOWHO", "WHO", "exact", surface="WHO"))
    return lex


@pytest.mark.parametrize("sentence", [
    "the United Nations Security Council met as the United Nations said",
    "the army and the prime minister who met WHO officials in the United States",
    "the United Nations the army minister prime minister the",
    "united states officials said who knows",
])
def test_actors_lexicon_matches_equal_trying_every_length(sentence: str) -> None:
    lex = _small_lexicon()
    texts = sentence.split()
    assert list(lex.matches(texts)) == list(_every_length_matches(lex, texts))


def test_actors_lexicon_matches_longest_phrase_first() -> None:
    lex = _small_lexicon()
    found = list(lex.matches(["the", "United", "Nations", "Security", "Council", "met"]))
    assert [(m.start, m.end, m.entries[0].name) for m in found] == [(0, 5, "UN Security Council")]
