"""Session 22's cuts of our steps' cost give the answers spaCy's own calls gave: the text a ``Doc``
was made from, the view's strings spelled once per distinct hash, subtrees and split words read
from the view, ``Doc`` attributes read without ``doc._``, and each CAMEO code's root parsed once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.elided_names import elided_country_matches
from newsevents.actors.lexicon import lexicon
from newsevents.events.codebook import root_of
from newsevents.extraction import make_doc
from newsevents.nlp.docview import TEXT_KEY, doc_view, made_text
from newsevents.nlp.extensions import doc_attribute
from newsevents.nlp.hyphenated import whole_words, whole_words_at
from newsevents.records import Article

ARTICLE = (
    "Rebels Seize Town In North\n\n"
    "KINSHASA (Reuters) - Rebels seized the town of Goma on Tuesday, officials said, and the army "
    "called for a cease-fire. South and North Korea held talks, while the provocative actions taken "
    "by the militia drew a rebuke from the state’s governor.\n\n"
    "“We will not leave,” a commander said."
)
SENTENCES = [
    "The brutal acts carried out by the militants, which the envoy condemned, shocked the region.",
    "Officials said that police, who had fired tear gas, detained dozens of protesters near the square.",
    "",
]


@pytest.mark.model
def test_make_doc_keeps_its_text_and_the_view_reads_it(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="a", text=ARTICLE, date="2020-03-03")))
    assert doc.user_data[TEXT_KEY] == doc.text == made_text(doc)
    assert doc_view(doc).text == doc.text
    plain = nlp(ARTICLE)  # a Doc not made by make_doc: spaCy's own text, joined from the tokens
    assert TEXT_KEY not in plain.user_data and made_text(plain) == plain.text == ARTICLE


@pytest.mark.model
def test_view_strings_spelled_once_match_each_token(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="a", text=ARTICLE, date="2020-03-03")))
    view = doc_view(doc)
    assert view.texts == [t.text for t in doc] and view.lower == [t.lower_ for t in doc]
    assert view.lemmas == [t.lemma_ for t in doc] and view.ent_types == [t.ent_type_ for t in doc]
    assert (view.deps, view.pos, view.tags) == ([t.dep_ for t in doc], [t.pos_ for t in doc], [t.tag_ for t in doc])


@pytest.mark.model
@pytest.mark.parametrize("text", [ARTICLE, *SENTENCES])
def test_view_subtree_keeps_spacy_order(nlp: Language, text: str) -> None:
    doc = nlp(text)
    view = doc_view(doc)
    assert [view.subtree(t.i) for t in doc] == [[w.i for w in t.subtree] for t in doc]


@pytest.mark.model
def test_split_words_found_only_after_a_hyphen(nlp: Language) -> None:
    doc = nlp("The army called for a cease-fire, and rebels re-imposed a curfew in the east - west corridor.")
    view = doc_view(doc)
    fire = next(t for t in doc if t.text == "fire")
    assert "cease-fire" in whole_words_at(view, fire.i) and "ceasefire" in whole_words_at(view, fire.i)
    assert [whole_words_at(view, t.i) for t in doc] == [whole_words(t) for t in doc]
    west = next(t for t in doc if t.text == "west")
    assert whole_words_at(view, west.i) == ()  # "east - west", spaced: no split word


@pytest.mark.model
def test_doc_attribute_reads_what_doc_underscore_gives(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, Article(id="a", text=ARTICLE, date="2020-03-03")))
    for name in ("ne_article", "ne_story", "ne_mentions", "ne_actors", "ne_dates", "ne_events"):
        assert doc_attribute(doc, name) is getattr(doc._, name)
    assert doc_attribute(doc, "ne_article").id == "a"
    assert doc_attribute(nlp.make_doc("No attributes set."), "ne_story") is None


def test_compass_words_only_with_a_shared_country_name() -> None:
    lex = lexicon()
    texts = ["South", "and", "North", "Korea", "held", "talks"]
    matches = list(lex.matches(texts))
    found = elided_country_matches(texts, matches, lex)
    assert [(m.start, m.end) for m in found] == [(0, 1)]
    assert found[0].first("country") is not None
    near = ["north", "and", "south", "of", "the", "river"]  # no country after the pair
    assert elided_country_matches(near, list(lex.matches(near)), lex) == []
    assert elided_country_matches(["talks", "were", "held"], [], lex) == []


def test_root_of_parses_each_code_the_same_every_time() -> None:
    assert [root_of(c) for c in ("042", "1123", "20", "042", "1123")] == [4, 11, 20, 4, 11]
    with pytest.raises(ValueError):
        root_of("_x")
