"""The pattern file and its loader, and the gazetteer behind event places (no spaCy model)."""

from __future__ import annotations

import pytest

from newsevents.errors import PatternError
from newsevents.events import codebook
from newsevents.events.patterns import BLOCK, Lexicon, Pattern, lexicon, read_lexicon
from newsevents.places import geocode


def all_patterns(lex: Lexicon) -> list[Pattern]:
    return [p for patterns in lex.patterns.values() for p in patterns]


def test_events_patterns_file_loads_with_examples_and_valid_codes() -> None:
    patterns = all_patterns(lexicon())
    assert len({p.id for p in patterns}) > 150
    for pattern in patterns:
        assert pattern.example.strip(), pattern.id
        assert pattern.cameo == BLOCK or codebook.is_valid(pattern.cameo), pattern.id
        assert 0 < pattern.confidence <= 1, pattern.id


def test_events_patterns_cover_every_cameo_root_and_plover_type() -> None:
    codes = {p.cameo for p in all_patterns(lexicon()) if p.cameo != BLOCK}
    roots = {c[:2] for c in codes}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
    plover = {codebook.lookup(c).plover for c in codes}
    assert set(codebook.PLOVER_TYPES) <= plover


def test_events_patterns_on_is_a_preposition_not_a_boolean() -> None:
    impose = next(p for p in lexicon().for_token("verb", "impose") if p.id == "sanction.impose")
    assert "on" in impose.target


@pytest.mark.parametrize(("code", "table", "expected"), [
    ("042", "intent", "036"),     # will visit -> intent to meet
    ("0871", "appeal", "0256"),   # call for a ceasefire
    ("195", "threat", "1384"),    # vow to bomb -> threaten conventional attack
    ("040", "refuse", "125"),     # refuse to meet
    ("19", "intent", None),       # no intent code for force
])
def test_events_patterns_code_maps_fall_back_to_prefixes(code: str, table: str, expected: str | None) -> None:
    assert lexicon().map_code(table, code) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("patterns:\n  - {id: x, verbs: [meet], cameo: '999', example: 'A met B.'}\n", "not in the codebook"),
    ("patterns:\n  - {id: x, verbs: [meet], cameo: '040'}\n", "needs an example"),
    ("patterns:\n  - {id: x, cameo: '040', example: 'A met B.'}\n", "needs 'verbs:' or 'nouns:'"),
    ("patterns:\n  - {id: x, verbs: [$nope], cameo: '040', example: 'A met B.'}\n", "unknown word class"),
    ("patterns:\n  - {id: x, verbs: [meet], cameo: '040', example: 'A.'}\n"
     "  - {id: x, verbs: [see], cameo: '040', example: 'B.'}\n", "duplicate pattern id"),
    ("patterns:\n  - {id: x, verbs: [meet\n", "not valid YAML"),
])
def test_events_patterns_bad_entry_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(PatternError, match=message) as info:
        read_lexicon(text, "my.yaml")
    assert str(info.value).startswith("my.yaml:")


def test_events_patterns_most_specific_first() -> None:
    meet = lexicon().for_token("verb", "meet")
    assert meet[0].objects and meet[-1].specificity <= meet[0].specificity


@pytest.mark.parametrize(("name", "country", "lat"), [
    ("Beijing", "CHN", 39.9),
    ("Minsk", "BLR", 53.9),
    ("Germany", "DEU", 51.1),        # a country geocodes to its centroid, not its capital (52.5)
    ("the United States", "USA", 39.5),
])
def test_places_geocode_cities_and_countries(name: str, country: str, lat: float) -> None:
    place = geocode(name)
    assert place is not None and place.country == country
    assert place.lat is not None and abs(place.lat - lat) < 0.5
    assert place.name == name


def test_places_geocode_unknown_is_none() -> None:
    assert geocode("Nowhereville Upon Zzz") is None
    assert geocode("") is None
