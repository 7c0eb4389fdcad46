"""Session 31's fresh-news census (fp31): the African Union's Peace and Security Council read as the
UN's Security Council (actors/data/orgs.tsv), and a meeting "on the sidelines of" a gathering of an
international body read as a visit to the town's country (events/meetings_abroad._body_gathering).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str) -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2023-08-22", nlp=nlp).events]


def _actor_codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date="2023-08-22", nlp=nlp).actors}


# --- the AU's Peace and Security Council is the AU's (actors/data/orgs.tsv) -------------------------


@pytest.mark.parametrize("text, name", [
    ("The AU Peace and Security Council met in Addis Ababa on Tuesday.", "The AU Peace and Security Council"),
    ("The African Union Peace and Security Council met on Tuesday.",
     "The African Union Peace and Security Council"),
])
def test_fp31_peace_and_security_council_is_the_au(nlp: Language, text: str, name: str) -> None:
    assert _actor_codes(nlp, text).get(name) == "IGOAU"


def test_fp31_pronoun_after_the_au_council_stays_with_the_au(nlp: Language) -> None:
    dyads = _dyads(nlp, "The AU Peace and Security Council condemned the coup in Gabon on Monday. It called on the "
                        "coup leaders to free the president.")
    assert not any(src == "IGOUNO" for src, _, _ in dyads)
    assert any(src == "IGOAU" and cameo.startswith("10") for src, _, cameo in dyads)


@pytest.mark.parametrize("text", [
    "The UN Security Council met in New York on Tuesday.",
    "The Security Council met in New York on Tuesday.",
])
def test_fp31_security_council_near_miss_stays_the_un(nlp: Language, text: str) -> None:
    assert "IGOUNO" in _actor_codes(nlp, text).values()


# --- a meeting at a body's gathering is no visit to its town (meetings_abroad._body_gathering) ---------


@pytest.mark.parametrize("text", [
    "European and Iranian foreign ministers met on Tuesday in New York on the sidelines of the U.N. General "
    "Assembly to resume discussions.",
    "The Pakistani foreign minister held talks in New York on the sidelines of the UN General Assembly on Monday.",
])
def test_fp31_meeting_at_a_body_gathering_visits_no_host(nlp: Language, text: str) -> None:
    assert not any(cameo in ("042", "043") and "USA" in (src, tgt) for src, tgt, cameo in _dyads(nlp, text))


@pytest.mark.parametrize("text, visit", [
    # a gathering with no body named: the town's country, as before
    ("The Indian foreign minister met in Colombo on the sidelines of a regional summit on Monday.",
     ("INDGOV", "LKA", "042")),
    # one side and a foreign town: a visit, as before
    ("The Kenyan foreign minister held talks in Moscow on Monday.", ("KENGOV", "RUS", "042")),
])
def test_fp31_body_gathering_near_misses_keep_the_visit(nlp: Language, text: str, visit: Dyad) -> None:
    assert visit in _dyads(nlp, text)


# --- "the three countries" are countries, never bodies (events/groups.STATE_NOUNS) ----------------------


def test_fp31_counted_countries_skip_bodies(nlp: Language) -> None:
    dyads = _dyads(nlp, "The sanctions would be imposed by the UN Security Council if Iran does not resume "
                        "cooperation with IAEA inspectors. Iran said its talks with the three European countries "
                        "would continue next week.")
    assert not any(tgt in ("IGOUNO", "IGOIAE") for _, tgt, _ in dyads)


def test_fp31_counted_countries_near_miss_finds_the_three(nlp: Language) -> None:
    dyads = _dyads(nlp, "Foreign ministers of Britain, France and Germany met in Brussels on Monday. The Iranian "
                        "foreign minister said he would hold talks with the three countries next week.")
    assert {tgt[:3] for src, tgt, cameo in dyads if src == "IRNGOV" and cameo == "036"} == {"GBR", "FRA", "DEU"}


def test_fp31_counted_countries_beside_a_body_are_read(nlp: Language) -> None:
    # the UN envoy named with them is no fourth country
    dyads = _dyads(nlp, "The UN envoy visited Britain, France and Germany on Monday. The three countries pledged "
                        "aid to Sudan.")
    assert {src for src, tgt, cameo in dyads if tgt == "SDN"} == {"GBR", "FRA", "DEU"}
