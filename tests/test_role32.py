"""Role nouns and plural references given their own side, not a venue's (session 32).

- A country named only as the owner of a venue's town ("signed in Gabon's capital", "talks began in
  the Saudi port city of Jeddah") is where the sides met, not whose they are: it is no evidence of
  the story's country, no reason to keep a dateline abroad, and not "the country" told of next
  (``actors/place_clues.place_head``, ``story/named_countries.venue_tokens``).
- "Both politicians", "the two men": a counted plural of persons stands for the two persons named
  before, even when a role noun gave it the story's country (``events/groups.counted_people``).

Near misses: police placed in a foreign capital keep that capital's country; a minister at home and
abroad; a body's envoy and a country's envoy; three persons named before "both politicians".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2012-03-05"


def _codes(nlp: Language, text: str, date: str = DATE) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=date, nlp=nlp).actors}


def _dyads(nlp: Language, text: str, date: str = DATE) -> set[tuple[str | None, str | None, str]]:
    events = extract(text, date=date, nlp=nlp).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2]) for e in events}


@pytest.mark.model
def test_a_dateline_at_the_venue_of_a_signing_is_not_the_story_country(nlp: Language) -> None:
    text = ("LIBREVILLE (Wire) - Chad's government and rebels agreed to a ceasefire on Friday to end a year of "
            "fighting near the border.\nThe accord, signed in Gabon's coastal capital after four days of "
            "negotiations, also envisages the dissolution of the country's parliament.\n"
            "The rebels had demanded the release of prisoners before any deal.")
    codes = _codes(nlp, text)
    assert codes["rebels"] in ("REB", "TCDREB"), codes  # Chad's, or none with one telling of Chad; never Gabon's
    assert not any(code and code.startswith("GAB") for text_, code in codes.items() if text_ != "Gabon"), codes


@pytest.mark.model
def test_the_country_after_a_venue_is_not_the_venue(nlp: Language) -> None:
    text = ("Mali's government and Tuareg rebels signed a truce in Algeria's capital on Monday.\n"
            "The country's parliament approved the truce on Tuesday.")
    codes = _codes(nlp, text)
    assert codes["parliament"] == "MLILEG" and codes["rebels"] == "MLIREB", codes


@pytest.mark.model
def test_police_placed_in_a_foreign_capital_keep_its_country(nlp: Language) -> None:
    # near miss: a town owned by a country where something other than a meeting happens places its police
    text = ("Kenyan Foreign Minister John Kamau arrived in Paris on Monday for talks.\n"
            "Police in France's capital arrested five protesters outside his hotel.")
    codes = _codes(nlp, text)
    assert codes["Police in France"] == "FRACOP", codes


@pytest.mark.model
@pytest.mark.parametrize("text, date, sides", [
    ("President Mwai Kibaki and opposition leader Raila Odinga met in Nairobi on Thursday. "
     "Both politicians urged their supporters to end the violence.", "2007-12-30", {"KENGOV"}),
    ("President Mwai Kibaki met opposition leader Raila Odinga in Nairobi on Thursday. "
     "Both men condemned the killing of protesters by police.", "2007-12-30", {"KENGOV", "KENOPP"}),
])
def test_a_counted_plural_of_persons_is_the_two_named(nlp: Language, text: str, date: str,
                                                     sides: set[str]) -> None:
    dyads = _dyads(nlp, text, date)
    sources = {s for s, _, root in dyads if root in ("02", "11")}
    assert sides <= sources, dyads
    assert "KENPTY" not in sources, dyads


@pytest.mark.model
def test_three_persons_named_leave_both_politicians_unread(nlp: Language) -> None:
    # near miss: three persons named before; "both" could be any two of them, so none is guessed
    text = ("President Mwai Kibaki, opposition leader Raila Odinga and former president Daniel arap Moi met "
            "in Nairobi on Thursday. Both politicians urged their supporters to end the violence.")
    sources = {s for s, _, root in _dyads(nlp, text, "2007-12-30") if root == "02"}
    assert not {"KENGOV", "KENOPP"} <= sources, sources


@pytest.mark.model
@pytest.mark.parametrize("text, actor, code", [
    # a minister abroad keeps his own country; at home he is his country's too
    ("Ugandan Foreign Minister Sam Okello arrived in Paris on Monday for a two-day visit. The foreign minister "
     "met French President Jacques Dupont.", "Ugandan Foreign Minister Sam Okello", "UGAGOV"),
    ("Ugandan Foreign Minister Sam Okello met the French ambassador in Kampala on Monday.",
     "Ugandan Foreign Minister Sam Okello", "UGAGOV"),
    # a body's envoy is the body's, whatever his nationality; a country's envoy is his country's
    ("The United Nations envoy, Ibrahim Sule of Nigeria, met Myanmar's junta leader on Tuesday.",
     "The United Nations envoy", "IGOUNO"),
    ("Nigeria's envoy, Ibrahim Sule, met Myanmar's junta leader on Tuesday.", "Nigeria's envoy", "NGAGOV"),
])
def test_a_visitor_and_an_envoy_keep_their_own_side(nlp: Language, text: str, actor: str, code: str) -> None:
    codes = _codes(nlp, text)
    assert codes.get(actor) == code, codes


@pytest.mark.model
def test_a_title_holder_beside_another_countrys_holder_is_his_counterpart(nlp: Language) -> None:
    text = ("Ghana and Togo hold border talks\n\nThe foreign ministers of Ghana and Togo met in Accra on Monday.\n"
            "Foreign Minister Kofi Mensah and Togolese Foreign Minister Paul Adjo told reporters that the talks "
            "had gone well.")
    codes = _codes(nlp, text)
    assert codes["Foreign Minister Kofi Mensah"] == "GHAGOV", codes
    assert codes["Togolese Foreign Minister Paul Adjo"] == "TGOGOV", codes


@pytest.mark.model
@pytest.mark.parametrize("text, code", [
    # near misses: another title beside the Togolese minister says nothing of its holder (the story
    # rules decide, as before); with three countries named the counterpart is left without a country
    ("Ghana and Togo hold border talks\n\nThe foreign ministers of Ghana and Togo met in Accra on Monday.\n"
     "Trade Minister Kofi Mensah and Togolese Foreign Minister Paul Adjo told reporters that the talks "
     "had gone well.", None),
    ("Talks in Lome\n\nThe foreign ministers of Ghana, Benin and Togo met in Lome on Monday.\n"
     "Foreign Minister Kofi Mensah and Togolese Foreign Minister Paul Adjo told reporters that the talks "
     "had gone well.", "GOV"),
])
def test_a_counterpart_is_read_only_beside_the_same_title(nlp: Language, text: str, code: str | None) -> None:
    ex = extract(text, date=DATE, nlp=nlp)
    mensah = next(a for a in ex.actors if "Kofi Mensah" in a.text)
    assert code is None or mensah.code == code, mensah
    assert not any("holder of the same title" in w for w in ex.warnings) if code is None else True, ex.warnings
    assert {a.text: a.code for a in ex.actors}["Togolese Foreign Minister Paul Adjo"] == "TGOGOV"
