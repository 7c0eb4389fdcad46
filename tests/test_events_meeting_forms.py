"""Session 15 consultation, cooperation and yielding forms: engaged in talks, releases from state
custody, acts done at a meeting, and commitments to an agreement told earlier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

DATE = "2018-05-14"


def _dyads(events: list, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo.startswith(root)}


# ---- events/consult_forms.py ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Malawian president is engaged in talks with Zambian officials.", "MWIGOV", "ZMBGOV"),
    ("Peru entered into negotiations with Chile over the fishing dispute.", "PER", "CHL"),
    ("The Nepali government is involved in a dialogue with the Maoist rebels.", "NPLGOV", "REB"),
    ("The Colombian government and the guerrillas have been locked in negotiations for a year.", "COLGOV", "REB"),
])
def test_consult_forms_engaged_in_talks_is_a_consultation(nlp: Language, text: str, source: str,
                                                          target: str) -> None:
    events = code(nlp, text, DATE)
    assert any(s == source and t is not None and t.endswith(target) for s, t in _dyads(events, "04")), events


@pytest.mark.parametrize("text", [
    "The Sudanese army is engaged in fierce fighting with the rebels.",
    "Sudanese troops were engaged in heavy clashes with the rebels.",
])
def test_consult_forms_engaged_in_fighting_is_a_fight(nlp: Language, text: str) -> None:
    assert any(d[0] == "SDNMIL" for d in _dyads(code(nlp, text, DATE), "19"))


@pytest.mark.parametrize("text", [
    "The Malawian president is engaged to a Zambian singer.",  # no talks
    "The new Malawian law entered into force on Monday.",
    "The Malawian minister is involved in the talks.",  # no partner named
])
def test_consult_forms_no_consultation_without_talks_and_partner(nlp: Language, text: str) -> None:
    assert not _dyads(code(nlp, text, DATE), "04")


# ---- events/state_releases.py -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "held"), [
    ("Ugandan police arrested the opposition leader on Monday. The opposition leader was freed from house "
     "arrest on Friday.", "UGAOPP"),
    ("Ugandan police detained six students at the rally. The students were released on bail the next day.",
     "UGAEDU"),
    ("The jailed Ugandan activists were released on Sunday.", "UGAOPP"),
    ("More than 300 Ugandan prisoners were released under an amnesty.", "UGACVL"),
])
def test_state_releases_release_from_custody_is_the_authorities(nlp: Language, text: str, held: str) -> None:
    releases = [e for e in code(nlp, text, DATE) if e.cameo == "0841"]
    assert any(e.source is not None and e.source.code == "UGAGOV" and e.target is not None
               and e.target.code == held and e.rule.endswith("+state-release") for e in releases), releases


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two Ugandan engineers last month. The two engineers were released on Sunday.",
    "Two Ugandan journalists were released after a week in captivity.",
    "The Ugandan hostages were released from a rebel camp.",
    "Two Ugandan journalists were released on Monday.",  # no mark of state custody
    "The new Ugandan film was released on Friday.",
])
def test_state_releases_no_implied_authorities(nlp: Language, text: str) -> None:
    events = code(nlp, text, DATE)
    assert not any(e.rule.endswith("+state-release") for e in events), events


def test_state_releases_retold_release_codes_once(nlp: Language) -> None:
    text = ("Ugandan authorities released the opposition leader and other detained activists on Monday. "
            "The police had held them for a week. The detained activists were released without charge.")
    releases = [e for e in code(nlp, text, DATE) if e.cameo == "0841"]
    assert not any(e.rule.endswith("+state-release") for e in releases), releases


# ---- events/meeting_acts.py ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "root"), [
    ("The Indian prime minister met the Ghanaian president and offered a loan of $1 billion.", "07"),
    ("The Indian prime minister visited Ghana and promised aid.", "03"),
    ("During his talks with the Ghanaian president, the Indian prime minister pledged more aid.", "03"),
    ("In talks with the Ghanaian president, the Indian prime minister agreed to boost trade.", "03"),
])
def test_meeting_acts_act_at_a_meeting_is_aimed_at_the_partner(nlp: Language, text: str, root: str) -> None:
    events = [e for e in code(nlp, text, DATE) if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.code == "INDGOV" and e.target is not None
               and e.target.country == "GHA" and e.rule.endswith("+meeting-partner") for e in events), events


@pytest.mark.parametrize("text", [
    # the pledge is told apart from the meeting, in its own sentence
    "The Indian prime minister met the Ghanaian president. Later he pledged more aid.",
    # the meeting is someone else's
    "The Ghanaian president met the Nigerian president, and the Indian prime minister pledged more aid.",
])
def test_meeting_acts_no_partner_apart_from_the_meeting(nlp: Language, text: str) -> None:
    events = code(nlp, text, DATE)
    assert not any(e.rule.endswith("+meeting-partner") for e in events), events


# ---- events/agreement_parties.py ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The Yemeni government opened peace talks with the Houthi rebels on Monday. The government said it "
     "remained committed to the talks.", "YEMGOV", "YEMREB", "03"),
    ("The United States urged the Nigerian government to free the detainees. The Nigerian government "
     "agreed to the proposal.", "NGAGOV", "USA", "03"),
])
def test_agreement_parties_commitment_is_aimed_at_the_other_party(nlp: Language, text: str, source: str,
                                                                  target: str, root: str) -> None:
    events = [e for e in code(nlp, text, DATE) if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.code == source and e.target is not None
               and e.target.code == target and e.rule.endswith("+agreement-party") for e in events), events


@pytest.mark.parametrize("text", [
    # no earlier talks: the commitment names no one, and codes nothing
    "The Yemeni government said it remained committed to the talks.",
    # the talks are between others: the doer is no party
    "The Omani government opened peace talks with the Houthi rebels. The Saudi government said it remained "
    "committed to the talks.",
])
def test_agreement_parties_no_party_no_target(nlp: Language, text: str) -> None:
    events = code(nlp, text, DATE)
    assert not any(e.rule.endswith("+agreement-party") for e in events), events


def test_agreement_parties_third_party_welcome_keeps_its_doer_target(nlp: Language) -> None:
    text = ("The Sudanese government signed a peace agreement with the rebels on Monday. The United States "
            "welcomed the agreement.")
    events = [e for e in code(nlp, text, DATE) if e.cameo.startswith("05") and e.source is not None
              and e.source.code == "USA"]
    assert events and all(e.target is not None and "pending" not in e.rule for e in events), events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Houthi rebels fired missiles at Saudi Arabia last week. On Monday the Houthi rebels declared a unilateral "
     "ceasefire.", "YEMREB", "SAU"),
    ("Saudi warplanes bombed Houthi positions in Yemen. The Houthi rebels later announced a truce.",
     "YEMREB", "SAUMIL"),
    ("The Sudanese government and the rebels signed a ceasefire in June. The rebels said they would honour the "
     "ceasefire.", "SDNREB", "SDNGOV"),
])
def test_agreement_parties_truce_is_aimed_at_the_enemy(nlp: Language, text: str, source: str, target: str) -> None:
    events = [e for e in code(nlp, text, DATE) if e.cameo.startswith(("087", "035"))]
    assert any(e.source is not None and e.source.code == source and e.target is not None
               and e.target.code == target and e.rule.endswith("+agreement-party") for e in events), events


def test_agreement_parties_truce_with_no_fighting_told_codes_nothing(nlp: Language) -> None:
    events = code(nlp, "The Houthi rebels declared a unilateral ceasefire on Monday.", DATE)
    assert not any(e.cameo.startswith("087") for e in events), events


# ---- events/aid_recipients.py -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("Norway will give $5 million in aid to people affected by the earthquake in Nepal.", "NPLCVL"),
    ("Norway sent relief supplies to victims of the floods in Bangladesh.", "BGDCVL"),
    ("Norway pledged 10 million crowns to help refugees fleeing the fighting in Sudan.", "SDNREF"),
])
def test_aid_recipients_recipients_take_the_country_of_their_place(nlp: Language, text: str, target: str) -> None:
    events = [e for e in code(nlp, text, DATE) if e.cameo.startswith(("07", "033"))]
    assert any(e.source is not None and e.source.code == "NOR" and e.target is not None
               and e.target.code == target for e in events), events


def test_aid_recipients_story_setting_is_no_recipients_place(nlp: Language) -> None:
    # the place is the giver's clause's, not the recipients' phrase
    events = code(nlp, "Speaking in Nepal, the Norwegian minister said Norway sent aid to flood victims.", DATE)
    assert not any(e.rule.endswith("+recipients-place") for e in events), events
