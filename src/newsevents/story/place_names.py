"""Names that contain a country's or a city's name but name something else.

"Lake Chad" is a lake shared by four countries, "the Niger Delta" a region of Nigeria, "the
Jordan River" a border; "Milan Petrovic" and "Chad Smith" are persons. Counted as places, they
would give the story a country it is not about (Chad, Niger, Italy). Two cheap tests, both run
only where a dictionary match was found: a capitalized geographic word beside the match ("Lake",
"Mount", "River", "Delta") makes it a feature's name; and a person's name the recogniser found
(two words or more) is blanked out of the lead before its places are counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newsevents.nlp.docview import doc_view

#: Words that open a natural feature's name ("Lake Chad", "Mount Lebanon", "Gulf of Aden").
FEATURE_BEFORE = frozenset({"lake", "mount", "mt", "cape", "river", "gulf", "bay", "sea", "lakes"})
#: Words that close a feature's or a region's name ("Niger Delta", "Congo Basin", "Jordan River").
FEATURE_AFTER = frozenset({"river", "delta", "basin", "valley", "lake", "desert", "mountains",
                           "mountain", "sea", "bay", "gulf", "plateau", "plain", "plains", "highlands",
                           "rift", "falls", "strait", "straits", "ocean", "channel"})


#: Places that are also common first names: before a capitalized word no dictionary knows, they
#: open a person's name ("Chad Morris", "Jordan Peterson", "Paris Hilton"), not a place.
FIRST_NAME_PLACES = frozenset({"chad", "jordan", "georgia", "paris", "sydney", "austin", "houston",
                               "florence", "victoria", "milan", "madison", "lincoln", "regina", "jackson"})


def first_name_place(words: Sequence[str], start: int, end: int, covered: Sequence[bool]) -> bool:
    """Whether the one-word place ``words[start:end]`` opens a person's name: a place that is a
    common first name, followed by a capitalized word that no dictionary match covers."""
    if end - start != 1 or words[start].lower() not in FIRST_NAME_PLACES or end >= len(words):
        return False
    after = words[end]
    return after[:1].isupper() and after.isalpha() and not covered[end] and after.lower() not in FEATURE_AFTER


def _capital_word(words: Sequence[str], i: int, vocabulary: frozenset[str]) -> bool:
    return 0 <= i < len(words) and words[i][:1].isupper() and words[i].lower() in vocabulary


def inside_feature_name(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` (a place's name) is part of a natural feature's name."""
    if start >= 2 and words[start - 1] == "of" and _capital_word(words, start - 2, FEATURE_BEFORE):
        return True  # "the Gulf of Aden", "the Sea of Japan" (session 16)
    return _capital_word(words, start - 1, FEATURE_BEFORE) or _capital_word(words, end, FEATURE_AFTER)


def person_spans(span: Span, offset: int) -> list[tuple[int, int]]:
    """Character spans (counted from ``offset``, clipped at 0) of the persons' names of two words or more that the
    recogniser found in ``span``: "Milan Petrovic" names a man, not the city of Milan."""
    out = []
    for ent in doc_view(span.doc).ents_within(span.start, span.end):  # span.ents, without rebuilding doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2:
            out.append((max(ent.start_char - offset, 0), ent.end_char - offset))
    return out


def without_persons(doc: Doc, start: int, end: int, text: str) -> str:
    """``text`` (the doc's characters ``start:end``) with its persons' names blanked, when the doc
    has that piece; else ``text`` as it is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or doc.text[start:end] != text:
        return text
    for a, b in person_spans(span, start):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
