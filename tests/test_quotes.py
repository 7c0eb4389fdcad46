"""Quotes: pairing quotation marks, and attributing each quote to its speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import make_doc
from newsevents.quotes import find_quoted_spans
from newsevents.records import Article, Quote


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" and left.', ["we will go"]),
        ("“We will go,” she said. “Tomorrow.”", ["We will go", "Tomorrow."]),
        ("It's \"fine,\" she said, \"isn't it?\"", ["fine", "isn't it?"]),
        ("\"They told us 'wait and see' twice,\" he said.", ["They told us 'wait and see' twice"]),
        ("“[The talks] went well,” he said.", ["[The talks] went well"]),
        ("The minister’s aides said ‘no comment,’ and left.", ["no comment"]),
        ("Ankara’s and Athens’ leaders met.", []),
        ("a “peaceful” neighbour", ["peaceful"]),
    ],
)
def test_quotes_marks_pair_straight_curly_and_single(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    ['He said "we will see and left.', "” a stray closer", '"', "“”", "“ ”", "'", "He said “"],
)
def test_quotes_marks_unbalanced_are_dropped(text: str) -> None:
    assert find_quoted_spans(text) == []


def test_quotes_marks_paragraph_left_open_continues() -> None:
    text = "“We will rebuild every school.\n“And every hospital,” the mayor said."
    spans = find_quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["We will rebuild every school.", "And every hospital"]
    assert spans[0].close_mark is None and spans[1].close_mark is not None


def test_quotes_marks_open_paragraph_without_continuation_is_dropped() -> None:
    assert find_quoted_spans("“We will rebuild every school.\nThe mayor left.") == []


def test_quotes_marks_spans_point_into_text() -> None:
    text = "Before. “Quoted words here,” he said."
    (span,) = find_quoted_spans(text)
    assert text[span.open_mark] == "“" and span.close_mark is not None and text[span.close_mark] == "”"
    assert text[span.start : span.end] == "Quoted words here"


def test_quotes_without_parse_are_kept_unattributed() -> None:
    import spacy

    from newsevents.quotes import find_quotes

    doc = spacy.blank("en")("“We will stay,” she said.")
    assert [(q.text, q.speaker, q.rule) for q in find_quotes(doc)] == [("We will stay", None, "unattributed")]


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(make_doc(nlp, Article(id="t", text=text, date="2024-05-02")))
    quotes: list[Quote] = doc._.ne_quotes
    for q in quotes:
        assert text[q.span[0] : q.span[1]] == q.text
    return quotes


# (text, a word of the quote, a word of the speaker's name, rule)
ATTRIBUTED = [
    ("Chancellor Olaf Scholz met reporters in Berlin. “We will not send fighter jets,” he said.",
     "fighter jets", "Scholz", "cue-after"),
    ('Finance Minister Maria Lopez said: "The budget will be balanced next year."',
     "budget will be balanced", "Lopez", "cue-before"),
    ('"The talks were useful and frank," said Kenyan Foreign Minister Alfred Mutua.',
     "talks were useful", "Mutua", "cue-after"),
    ('"We are ready to talk to anyone," Moroccan Prime Minister Aziz Akhannouch told reporters.',
     "ready to talk", "Akhannouch", "cue-after"),
    ('"The border will stay closed until further notice," according to Polish Interior Minister '
     "Mariusz Kaminski.", "border will stay closed", "Kaminski", "according-to"),
    ("“Our doors remain open to every neighbour,” Turkish President Recep Tayyip Erdogan was quoted as "
     "saying.", "doors remain open", "Erdogan", "quoted-as-saying"),
    ('The state news agency quoted Prime Minister Shehbaz Sharif as saying that "Pakistan will honour '
     'every commitment it has made".', "honour every commitment", "Sharif", "quoted-as-saying"),
    ('Australian Prime Minister Anthony Albanese said the agreement was "a landmark moment for the '
     'Pacific region".', "landmark moment", "Albanese", "cue-before"),
    ('"We have done our part. Now it is their turn. The offer will not stay on the table forever," '
     "Japanese Foreign Minister Yoko Kamikawa said.", "Now it is their turn", "Kamikawa", "cue-after"),
    ("Hungarian Prime Minister Viktor Orban met the envoy on Monday. “The sanctions have failed "
     "everyone,” he said, according to the prime minister’s press office.", "sanctions have failed",
     "Orban", "cue-after"),
    ("Canadian Prime Minister Justin Trudeau said the decision was “deeply disappointing”.",
     "deeply disappointing", "Trudeau", "cue-before"),
    ("Chilean President Gabriel Boric warned that the reform would be “the work of a generation” and "
     "asked for patience.", "work of a generation", "Boric", "cue-before"),
    ("‘We will not be intimidated by anyone,’ Philippine President Ferdinand Marcos told a rally.",
     "not be intimidated", "Marcos", "cue-after"),
    ('Beijing rejected the report, saying it was "a groundless smear against the Chinese people".',
     "groundless smear", "Beijing", "cue-before"),
    ("Greek Prime Minister Kyriakos Mitsotakis smiled and added: “The islands are not for sale.”",
     "not for sale", "Mitsotakis", "cue-before"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "speaker", "rule"), ATTRIBUTED)
def test_quotes_attribution(nlp: Language, text: str, words: str, speaker: str, rule: str) -> None:
    (quote,) = (q for q in _quotes(nlp, text) if words in q.text)
    assert quote.speaker is not None and speaker in quote.speaker.name
    assert quote.rule == rule


@pytest.mark.model
def test_quotes_quoted_y_as_saying_names_y_not_the_quoter(nlp: Language) -> None:
    text = ("The official news agency IRNA quoted Iranian President Ebrahim Raisi as saying that "
            "“the region needs no foreign forces”.")
    (quote,) = _quotes(nlp, text)
    assert quote.speaker is not None and "Raisi" in quote.speaker.name
    assert quote.cue == "quoted"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Greek Prime Minister Kyriakos Mitsotakis spoke on Tuesday. “Nobody wants a war,” he said. "
        "“But we will defend every island.”",
        "“Nobody wants a war,” Greek Prime Minister Kyriakos Mitsotakis said.\n“But we will defend "
        "every island.”",
    ],
)
def test_quotes_continuation_inherits_speaker(nlp: Language, text: str) -> None:
    first, second = _quotes(nlp, text)
    assert first.speaker is not None and "Mitsotakis" in first.speaker.name
    assert second.speaker == first.speaker and second.rule == "continuation"
    assert second.text == "But we will defend every island."


@pytest.mark.model
def test_quotes_paragraph_left_open_takes_next_speaker(nlp: Language) -> None:
    text = ("“We will rebuild every school.\n“And every hospital,” Ukrainian Prime Minister Denys "
            "Shmyhal said.")
    first, second = _quotes(nlp, text)
    assert second.speaker is not None and "Shmyhal" in second.speaker.name
    assert first.speaker == second.speaker and first.rule == "continuation"


@pytest.mark.model
def test_quotes_continuation_stops_after_a_narrative_sentence(nlp: Language) -> None:
    text = ("“Nobody wants a war,” Greek Prime Minister Kyriakos Mitsotakis said. Turkey sent a patrol "
            "boat to the area later on Tuesday. “We will defend every island.”")
    first, second = _quotes(nlp, text)
    assert first.speaker is not None and second.speaker is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'The two countries signed an "ironclad" defence pact and praised the "golden era" of ties.',
        "Moscow calls the operation a “special” one, while Kyiv plans “new content” for schools.",
        "The envoy hailed the “all-weather” friendship between the two capitals.",
    ],
)
def test_quotes_scare_quotes_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.model
def test_quotes_short_quote_in_speech_complement_counts(nlp: Language) -> None:
    (quote,) = _quotes(nlp, 'Mexican President Andres Manuel Lopez Obrador said the vote was "historic".')
    assert quote.text == "historic" and quote.speaker is not None and "Obrador" in quote.speaker.name


@pytest.mark.model
def test_quotes_full_quote_without_cue_has_no_speaker(nlp: Language) -> None:
    (quote,) = _quotes(nlp, "Floods hit the valley on Sunday. “Everything is gone.”")
    assert quote.speaker is None and quote.rule == "unattributed"


@pytest.mark.model
def test_quotes_speaker_without_actor_mention_keeps_its_words(nlp: Language) -> None:
    (quote,) = _quotes(nlp, '"The water came at night," the old fisherman said.')
    assert quote.speaker is not None and quote.speaker.name == "old fisherman"
    assert quote.speaker.code is None and quote.speaker.text == "the old fisherman"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ['He said "we will see and left the room.', "“Unclosed.\n” Stray closer, he said.", '""',
     "“”,” he said."],
)
def test_quotes_unbalanced_marks_do_not_crash(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []
