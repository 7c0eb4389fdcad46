"""The event coder on sentences written for these tests, one group per construction."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extract import extract
from newsevents.records import Event

pytestmark = pytest.mark.model

DATE = "2023-03-01"  # a Wednesday


def code(nlp: Language, text: str, date: str | None = DATE) -> list[Event]:
    return extract(text, date=date, nlp=nlp).events


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source country-or-code, target country-or-code, CAMEO root) of each event."""
    def key(ref: object) -> str | None:
        if ref is None:
            return None
        country = getattr(ref, "country", None)
        return country or getattr(ref, "code", None)
    return {(key(e.source), key(e.target), e.cameo[:2]) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Five Dutch diplomats were expelled by Iran on Monday.", ("IRN", "NLD", "16")),
    ("The Ghanaian embassy was attacked by Malian soldiers.", ("MLI", "GHA", "19")),
    ("Kenyan aid workers were arrested by Somali police in Mogadishu.", ("SOM", "KEN", "17")),
])
def test_events_passive_voice_swaps_roles(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington imposed sanctions on Tehran.", ("USA", "IRN", "163")),
    ("Iranian troops fired at Iraqi soldiers.", ("IRN", "IRQ", "193")),
    ("Serbian farmers protested against the government in Belgrade.", ("SRB", "SRB", "141")),
    ("Vietnamese leaders met with Laotian officials.", ("VNM", "LAO", "040")),
])
def test_events_prepositional_targets(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(e.source and e.source.country, e.target and e.target.country, e.cameo) for e in code(nlp, text)}
    assert expected in found


@pytest.mark.parametrize(("text", "sources", "target", "root"), [
    ("Spain and Portugal condemned Morocco on Tuesday.", {"ESP", "PRT"}, "MAR", "11"),
    ("Egypt, Jordan and Qatar sent humanitarian aid to Sudan.", {"EGY", "JOR", "QAT"}, "SDN", "07"),
])
def test_events_coordinated_sources_each_code(
    nlp: Language, text: str, sources: set[str], target: str, root: str
) -> None:
    found = dyads(code(nlp, text))
    assert {(s, target, root) for s in sources} <= found


def test_events_coordinated_targets_each_code(nlp: Language) -> None:
    found = dyads(code(nlp, "Brazil imposed tariffs on Argentina and Chile."))
    assert {("BRA", "ARG", "16"), ("BRA", "CHL", "16")} <= found


@pytest.mark.parametrize("text", [
    "Egypt did not attack Libya.",
    "Qatar never met Israeli officials.",
    "Hungary has not imposed sanctions on Serbia.",
    "Moscow denied that its jets bombed Idlib.",
    "If Iran attacks Israel, Washington will respond.",
    "China could send weapons to Russia.",
])
def test_events_negated_denied_or_hypothetical_code_nothing_conflictual(nlp: Language, text: str) -> None:
    roots = {e.cameo[:2] for e in code(nlp, text)}
    assert not roots & {"04", "16", "19", "07"}


@pytest.mark.parametrize(("text", "cameo"), [
    ("Vietnam will sign a trade agreement with Australia.", "030"),
    ("The Indian prime minister plans to visit Egypt next month.", "036"),
    ("Japan agreed to send food aid to North Korea.", "0333"),
])
def test_events_intent_codes_the_intent_not_the_act(nlp: Language, text: str, cameo: str) -> None:
    events = code(nlp, text)
    assert cameo in {e.cameo for e in events}
    assert not any(e.cameo[:2] in {"04", "05", "07"} for e in events)


def test_events_vowed_attack_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "Pyongyang threatened to strike Seoul.")
    assert [e.cameo[:2] for e in events] == ["13"]
    assert events[0].target is not None and events[0].target.country == "KOR"


def test_events_refusal_is_a_rejection(nlp: Language) -> None:
    events = code(nlp, "Hungary refused to meet the Ukrainian envoy.")
    assert {e.cameo for e in events} == {"125"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Arab League called for a ceasefire in Gaza.", "0256"),
    ("Norway called for talks between Colombia and the rebels.", "026"),
    ("The African Union urged Ethiopia to allow aid into Tigray.", "0255"),
])
def test_events_appeals_take_their_subject_matter(nlp: Language, text: str, expected: str) -> None:
    events = code(nlp, text)
    assert expected in {e.cameo for e in events}
    assert all(e.cameo[:2] == "02" for e in events)  # the asked-for act is no event


def test_events_reported_speech_codes_the_reported_event(nlp: Language) -> None:
    events = code(nlp, "Ankara said Syrian troops shelled Turkish villages.")
    assert ("SYR", "TUR", "19") in dyads(events)
    assert all(e.trigger != "said" for e in events)


def test_events_accusation_codes_accuse(nlp: Language) -> None:
    assert ("UKR", "RUS", "11") in dyads(code(nlp, "Kyiv accused Moscow of shelling the dam."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's president held talks with Nigeria's foreign minister.", ("GHA", "NGA", "04")),
    ("Russia announced the expulsion of 10 US diplomats.", ("RUS", "USA", "16")),
    ("A Turkish drone strike on Iraq killed three people.", ("TUR", "IRQ", "19")),
    ("During his visit to Hanoi, the Australian foreign minister praised Vietnam.", ("AUS", "VNM", "04")),
    ("Talks between Armenia and Azerbaijan resumed in Washington.", ("ARM", "AZE", "04")),
    ("Macron's visit to Beijing began on Thursday.", ("FRA", "CHN", "04")),
])
def test_events_nominal_triggers(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(code(nlp, text))


def test_events_pronoun_subject_takes_its_antecedent(nlp: Language) -> None:
    text = ("Chinese President Xi Jinping arrived in Moscow on Monday. "
            "He also called for a ceasefire in Ukraine.")
    appeals = [e for e in code(nlp, text) if e.cameo[:2] == "02"]
    assert appeals and appeals[0].source is not None and appeals[0].source.country == "CHN"


@pytest.mark.parametrize("text", [
    "Coffs United defeated Port United 3-1 on Saturday.",
    "The shares attacked resistance at 120 dollars before falling back.",
    "Madrid beat Barcelona in the cup final.",
    "The film's star met fans at the premiere.",
])
def test_events_sport_business_entertainment_code_nothing(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_events_unknown_target_stays_null(nlp: Language) -> None:
    events = code(nlp, "The French president called for calm.")
    assert events and all(e.target is None for e in events)


def test_events_date_from_governing_clause(nlp: Language) -> None:
    events = code(nlp, "China released a position paper on Friday, calling for a ceasefire.")
    assert [e.date for e in events if e.cameo[:2] == "02"] == ["2023-02-24"]


def test_events_date_defaults_to_article_date(nlp: Language) -> None:
    events = code(nlp, "Kyiv accused Moscow of shelling the dam.")
    assert {e.date for e in events} == {DATE}


def test_events_place_and_provenance(nlp: Language) -> None:
    text = "Iran's foreign minister met his Turkish counterpart in Ankara."
    event = next(e for e in code(nlp, text) if e.cameo[:2] == "04")
    assert event.location is not None and event.location.country == "TUR"
    assert event.location.lat is not None and 39 < event.location.lat < 40.5
    assert event.sentence == text and event.span == (0, len(text))
    assert event.trigger == "met" and event.rule.startswith("consult.")
    assert event.trigger_span is not None and text[slice(*event.trigger_span)] == "met"
    assert 0 < event.confidence <= 1
    assert event.plover == "CONSULT" and event.quad_class == 1
