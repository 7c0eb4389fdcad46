"""Acts told by a noun (session 20): the sides of a meeting named by a "between" phrase the parser
hangs on the verb that holds or plans it ("meetings are scheduled for Monday in Kaesong between
..."), a war named by its possessive pronoun and its victim inside a setting ("to support Riyadh in
its war on Yemen"), an agreement qualified by a relative clause that names its parties ("the
funding deal Moreno reached with the IMF"), and the halves of a divided country named with one
shared word ("South and North Korea"). The near misses name no sides, a war on no one, a possible
war, a relative clause on a place or with a clause of its own, or compass words that make no
country's name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.actors.elided_names import elided_country_matches
from newsevents.actors.lexicon import lexicon


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return country_triples(code(nlp, text))


# ---- "between" on the verb that holds or plans a meeting ----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triples"), [
    ("Talks are scheduled for Monday in Geneva between Israel and Syria.",
     {("ISR", "SYR", "036"), ("SYR", "ISR", "036")}),
    ("A meeting was planned for Friday between the Kenyan and Ugandan presidents.",
     {("KEN", "UGA", "036"), ("UGA", "KEN", "036")}),
    ("Talks were held in Geneva on Monday between Israel and Syria.",
     {("ISR", "SYR", "040"), ("SYR", "ISR", "040")}),
])
def test_nominal_acts20_between_on_the_holding_verb_names_the_sides(nlp: Language, text: str,
                                                                   triples: set[tuple[str, str, str]]) -> None:
    assert triples <= _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Meetings were scheduled between Monday and Friday.",  # a stretch of time, no sides
    "Meetings of the Kenyan cabinet were scheduled between the two rounds of voting.",
])
def test_nominal_acts20_between_without_sides_codes_no_meeting_dyad(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("03") or e.cameo.startswith("04") for e in code(nlp, text)
                   if e.source is not None and e.target is not None)


# ---- a war named by its possessive pronoun and its victim -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Sudan sent troops to support Saudi Arabia in its war on Yemen.", ("SAU", "YEM", "190")),
    ("Sudan has agreed to send troops to help Saudi Arabia in its war on Yemen, which started this morning.",
     ("SAU", "YEM", "190")),
])
def test_nominal_acts20_a_war_named_by_its_pronoun_is_its_owners(nlp: Language, text: str,
                                                                  triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudan sent troops to support Saudi Arabia in its war on drugs.",  # no one fought
    "Sudan may send troops to help Saudi Arabia in a possible war on Yemen.",  # a prospect
])
def test_nominal_acts20_no_war_on_an_actor_is_told(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("19") for e in code(nlp, text))


@pytest.mark.model
def test_nominal_acts20_a_pronoun_beside_an_arrest_is_no_doer(nlp: Language) -> None:
    # "his arrest on charges": the possessor of coercion is its victim, not its doer
    events = code(nlp, "Police in Nairobi freed the Kenyan activist a day after his arrest on charges of treason.")
    assert not any(e.cameo.startswith("17") and e.source is not None and e.source.code == "KENCVL" for e in events)


# ---- the halves of a divided country named with one shared word -----------------------------------


@pytest.mark.model
def test_nominal_acts20_south_and_north_korea_are_two_countries(nlp: Language) -> None:
    text = "Meetings are scheduled for Monday in Kaesong between vice-ministers of South and North Korea."
    assert {("KOR", "PRK", "036"), ("PRK", "KOR", "036")} <= _codes(nlp, text)


def _elided(words: str) -> list[tuple[int, str]]:
    texts = words.split()
    found = elided_country_matches(texts, list(lexicon().matches(texts)), lexicon())
    return [(m.start, m.entries[0].code) for m in found]


@pytest.mark.parametrize(("words", "found"), [
    ("ministers of South and North Korea", [(2, "KOR")]),
    ("leaders of North and South Korea met", [(2, "PRK")]),
    ("the north and south of Sudan", []),  # regions of one country
    ("officials of North and South Dakota", []),  # no country's name
    ("South and South Korea", []),  # the same compass word twice
])
def test_nominal_acts20_elided_country_names(words: str, found: list[tuple[int, str]]) -> None:
    assert _elided(words) == found


# ---- an agreement qualified by the clause of its parties --------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Protesters oppose the funding deal that Ecuador signed with the International Monetary Fund.",
     ("ECU", "IGOIMF", "057")),
    ("Farmers protested against the trade accord Peru reached with Chile.", ("PER", "CHL", "057")),
])
def test_nominal_acts20_object_relative_clause_names_the_parties(nlp: Language, text: str,
                                                                 triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # a relative clause on a place: Istanbul is where the offer was made, not what was offered
    ("Russia said it would scale back military activity after peace talks with Ukraine in Istanbul, where "
     "Ukrainian negotiators offered to adopt neutral status in exchange for security guarantees.", "offered"),
    # a negated modal clause tells no act
    ("Thousands marched against the debt the country cannot pay back to the IMF.", "pay"),
])
def test_nominal_acts20_object_relative_near_misses(nlp: Language, text: str, trigger: str) -> None:
    assert not any(e.trigger.startswith(trigger) for e in code(nlp, text))
