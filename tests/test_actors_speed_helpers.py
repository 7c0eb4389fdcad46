"""The bulk readers the actor finder uses instead of spaCy objects give what spaCy would."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.actors.lexicon import lexicon, norm, tokenizer_split
from newsevents.actors.persons import load_persons
from newsevents.nlp.docview import doc_view


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def _hand_doc(blank: spacy.language.Language) -> Doc:
    # "Mr. Ruto met Ecuador's envoy in Nairobi-West on Tuesday .  Zoë Okafor-Bell spoke ."
    words = ["Mr.", "Ruto", "met", "Ecuador", "'s", "envoy", "in", "Nairobi", "-", "West", "on", "Tuesday", ".",
             " ", "Zoë", "Okafor", "-", "Bell", "spoke", "."]
    spaces = [True, True, True, False, True, True, True, False, False, True, True, False, True,
              False, True, False, False, True, False, False]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN",
           "PUNCT", "SPACE", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "O", "B-GPE", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-DATE", "O",
            "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    return Doc(blank.vocab, words=words, spaces=spaces, pos=pos, ents=ents)


def test_actors_token_table_reads_what_tokens_say(blank: spacy.language.Language) -> None:
    doc = _hand_doc(blank)
    table = doc_view(doc)
    assert table.texts == [t.text for t in doc]
    assert table.normed == [norm(t.text) for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.spaces == [bool(t.whitespace_) for t in doc]
    assert table.propn == [t.pos_ == "PROPN" for t in doc]
    assert table.propn[1] and not table.propn[2]
    assert [e.text for e in table.ents] == ["Ruto", "Ecuador", "Nairobi-West", "Tuesday", "Zoë Okafor-Bell"]


def test_actors_token_table_spans_equal_spacy_spans(blank: spacy.language.Language) -> None:
    doc = _hand_doc(blank)
    table = doc_view(doc)
    for start in range(len(doc)):
        assert table.entity_at(start) == next((e for e in doc.ents if e.start <= start < e.end), None)
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert table.span_text(start, end) == span.text
            assert table.ents_within(start, end) == list(span.ents)
            if end > start:
                assert table.end_char(end) == span.end_char
    assert table.span_text(14, 18) == "Zoë Okafor-Bell"


def test_actors_token_table_of_empty_doc(blank: spacy.language.Language) -> None:
    table = doc_view(blank.make_doc(""))
    assert (table.texts, table.normed, table.ents) == ([], [], ())


@pytest.mark.parametrize("phrase", [
    "Kenya", "New York", "Rio de Janeiro", "Ministry of Foreign Affairs", "cannot", "Ministry cannot",
    "U.S. Army", "al-Shabaab", "People's Liberation Army", "G7", "Côte d'Ivoire", "No. 10", "two  spaces",
    " leading", "trailing ", "Washington DC", "A.U.",
])
def test_actors_split_cuts_like_the_tokenizer(blank: spacy.language.Language, phrase: str) -> None:
    assert tokenizer_split()(phrase) == [t.text for t in blank.tokenizer(phrase)]


@pytest.mark.parametrize("words", [
    ["The", "United", "Nations", "Security", "Council", "met", "in", "New", "York", "."],
    ["the", "who", "said", "WHO", "officials", "and", "the", "French", "foreign", "minister", "agreed"],
    [],
])
def test_actors_lexicon_matches_same_with_given_normal_forms(words: list[str]) -> None:
    lex = lexicon()
    given = list(lex.matches(words, [norm(w) for w in words]))
    assert given == list(lex.matches(words))
    for left, right in itertools.pairwise(given):
        assert left.end <= right.start


def test_actors_lexicon_matches_longest_first() -> None:
    words = ["The", "United", "Nations", "Security", "Council", "met", "in", "New", "York", "."]
    spans = [(m.start, m.end) for m in lexicon().matches(words)]
    assert (1, 5) in spans  # the council, not "United Nations" then "Security Council"
    assert not any(s < 5 and e > 5 for s, e in spans)


@pytest.mark.parametrize("day", [dt.date(2019, 3, 1), dt.date(2024, 5, 2), None])
@pytest.mark.parametrize("countries", [{"USA"}, {"CHN", "RUS"}, {"BLR", "FRA", "DEU"}, set()])
def test_actors_holders_of_countries_keep_everyone_of_them(day: dt.date | None, countries: set[str]) -> None:
    table = load_persons()
    everyone = table.holders(day)
    chosen = table.holders(day, countries)
    expected = [(p, r) for p, r in everyone if any(role.code[:3] in countries for role in p.roles)]
    assert chosen == expected
    if countries == {"USA"} and day is not None:
        assert any(role.code.startswith("USA") for _, role in chosen)
