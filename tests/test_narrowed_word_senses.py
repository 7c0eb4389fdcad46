"""Words of this session's rules narrowed to the sense the rule means (from the session's review).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code(nlp, text)}


@pytest.mark.parametrize("text", [
    "Kenyan police gathered evidence at the scene of the crash.",  # gathering things, not forces
    "The Kenyan president put the military in charge of the election.",  # an appointment
    "The Kenyan trade minister said Germany's new import policy would reward Kenyan farmers.",
    # people moved out of a storm's path: protection, not a military retreat (session 16)
    "Philippine authorities evacuated about 3,000 residents from coastal villages in Luzon.",
    "The Taiwanese government evacuated thousands of people from Hualien before the typhoon.",
    "Philippine authorities evacuated coastal villages in Luzon before the storm.",
])
def test_narrowed_word_senses_code_no_event(nlp: Language, text: str) -> None:
    assert _codes(nlp, text) == set()


@pytest.mark.parametrize(("text", "event"), [
    ("The Malian junta put troops on the streets of Bamako.", ("MLIGOV", "154", "MLI")),
    ("Malian soldiers gathered at the presidential palace in Bamako.", ("MLIMIL", "150", "MLIGOV")),
    ("The Kenyan trade minister said Germany's new import policy would hurt Kenyan farmers.",
     ("KENGOV", "111", "DEU")),
    ("Kenyan troops evacuated Kismayo after heavy fighting.", ("KENMIL", "0874", "SOM")),
    ("Israel evacuated 21 settlements in the Gaza Strip.", ("ISR", "0874", "PSE")),
])
def test_narrowed_word_senses_keep_the_meant_sense(nlp: Language, text: str,
                                                   event: tuple[str, str, str]) -> None:
    assert event in _codes(nlp, text)


def test_narrowed_word_senses_a_vetoed_bill_is_still_a_threat(nlp: Language) -> None:
    assert not any(cameo.startswith("12") for _, cameo, _ in _codes(nlp, "Obama said he would veto the bill."))


@pytest.mark.parametrize("text", [
    "The Non-Aligned Movement criticized Israel on Monday.",  # a body of states, no party
    "The Kenya Football Association suspended its coach on Monday.",  # no civic body
])
def test_narrowed_word_senses_names_that_are_no_party_or_ngo(nlp: Language, text: str) -> None:
    codes = {c for e in _codes(nlp, text) for c in (e[0], e[2]) if c}
    assert not any(c.endswith(("PTY", "NGO")) for c in codes)


def test_narrowed_word_senses_a_rights_association_is_an_ngo(nlp: Language) -> None:
    assert ("KENNGO", "112", "KENCOP") in _codes(
        nlp, "The Kenya Human Rights Association accused the police of torture.")


def test_narrowed_word_senses_a_regional_body_in_a_place_is_no_igo(nlp: Language) -> None:
    text = ("The Shanghai Cooperation Organisation met in Beijing. "
            "The regional body in Catalonia rejected the Spanish government's plan.")
    assert not any((s or "").startswith("IGO") for s, cameo, _ in _codes(nlp, text) if cameo.startswith("12"))
