"""Readers added from the errors of the rn-n and rn-o sets (session 19): a bare riot noun that broke
out, "help X do Y", a resolution that speaks for the body that voted it, condolences with no
addressee, and a trip called off for an errand at home.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, country_triples


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rioting broke out in Nukualofa, the Tongan capital, on Thursday.",
    "Rioting erupted in the Tongan capital overnight.",
    "A blogger wrote about rioting that took place in Nukualofa, Tonga, on Monday.",
])
def test_anchors_bare_riot_noun_that_broke_out_is_one_riot(nlp: Language, text: str) -> None:
    assert ("TONCVL", "TON", "14") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rioting is a crime in Tonga, the king said.",  # riot in general
    "The king said rioting would not be tolerated in Tonga.",
    "Peaceful protest is a right in Tonga.",
])
def test_anchors_bare_riot_noun_in_general_stays_no_event(nlp: Language, text: str) -> None:
    assert not any(root == "14" for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Tajikistan helped Kyrgyzstan rebuild the dam after the floods.", "KGZ"),
    ("Japan helped Vietnam build a new port last year.", "VNM"),
])
def test_frames_help_with_bare_infinitive_aids_its_object(nlp: Language, text: str, target: str) -> None:
    assert any(t == target and root == "07" for _, t, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The report helped Kenya win the case.",  # no political helper
    "Tajikistan helped rebuild the dam after the floods.",  # no one helped named
])
def test_frames_help_with_bare_infinitive_near_misses(nlp: Language, text: str) -> None:
    assert not any(root == "07" and t is not None for _, t, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The United Nations Security Council voted on Saturday to impose sanctions on North Korea. "
    "The resolution demands that North Korea halt its missile program.",
    "The Security Council passed a resolution on Saturday. The resolution demands that North Korea halt "
    "its missile program.",
])
def test_issuers_the_resolution_acts_for_its_body(nlp: Language, text: str) -> None:
    assert ("IGOUNO", "PRK", "10") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no body voted or passed a resolution: no doer
    "Talks resumed in Geneva on Saturday. The resolution demands that North Korea halt its missile program.",
    # the resolution of a dispute is no document
    "The Security Council voted on Saturday. The resolution of the dispute demands that North Korea pay.",
])
def test_issuers_the_resolution_near_misses(nlp: Language, text: str) -> None:
    assert not any(s == "IGOUNO" and root == "10" for s, _, root in code_dyads(nlp, text))


QUAKE = ("The death toll from the earthquake in central Italy rose to 150 on Tuesday as rescuers dug "
         "through the rubble. Italian officials said thousands of homes collapsed in the Abruzzo region. ")


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "U.S. President Joe Biden sent condolences.",
    "The German chancellor sent condolences, as did the Pope, who prayed at the Vatican for the dead.",
])
def test_targets_condolences_go_to_the_story_country(nlp: Language, sentence: str) -> None:
    found = {t for _, t, c in country_triples(code(nlp, QUAKE + sentence)) if c == "018"}
    assert found == {"ITA"}


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Italian Prime Minister Giorgia Meloni sent condolences.",  # the story's own leader: no one abroad
    "U.S. President Joe Biden sent condolences after a shooting in Texas.",  # another country's grief
])
def test_targets_condolences_at_home_or_elsewhere_take_no_story_country(nlp: Language, sentence: str) -> None:
    assert not any(c == "018" and t == "ITA" for _, t, c in country_triples(code(nlp, QUAKE + sentence)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prime Minister Silvio Berlusconi canceled a trip to Russia to go to the stricken region.",
    "The Dutch premier cancelled a planned visit to Ankara to stay home and deal with the floods.",
    "The Kenyan president called off his visit to Uganda to attend the funeral in Nairobi.",
])
def test_called_away_trip_called_off_for_an_errand_is_no_snub(nlp: Language, text: str) -> None:
    assert not any(root == "16" for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Dutch premier cancelled a planned visit to Ankara.",
    "The Dutch premier cancelled a planned visit to Ankara to protest the ruling.",
])
def test_called_away_snub_stays(nlp: Language, text: str) -> None:
    assert ("NLDGOV", "TURGOV", "16") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "doers"), [
    ("France condemned the Russian strikes on Ukraine, as did Germany and Spain.", {"FRA", "DEU", "ESP"}),
    ("Canada sent condolences to Italy, as did Japan.", {"CAN", "JPN"}),
])
def test_co_agents_as_did_clause_is_a_second_doer(nlp: Language, text: str, doers: set[str]) -> None:
    assert {s for s, _, _ in country_triples(code(nlp, text))} >= doers


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada condemned Russia, as Germany did in 2014.",  # another time: no ellipsis of this act
    "Canada condemned Russia as it did last year.",  # the same doer again
])
def test_co_agents_as_did_near_misses(nlp: Language, text: str) -> None:
    assert {s for s, _, c in country_triples(code(nlp, text)) if c.startswith("11")} == {"CAN"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ecuador accused Colombia of inciting the violence, which Colombia has denied.",
    "Ecuador accused Colombia of inciting the violence, which Bogota denies.",
])
def test_unreal_perfect_relative_denial_answers_the_charge(nlp: Language, text: str) -> None:
    assert ("COL", "ECU", "016") in country_triples(code(nlp, text))


@pytest.mark.model
def test_unreal_perfect_relative_clause_still_describes(nlp: Language) -> None:
    # a perfect relative clause that is no denial of a charge still only describes the group
    text = "Ecuador's army moved against the Colombian rebels, who have attacked the border town for months."
    assert not any(c.startswith("19") and s == "COL" for s, _, c in country_triples(code(nlp, text)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The leader of the Mongolian Democratic Party said he would not accept the results of the election.",
    "The head of the rival Mongolian Democratic Party, which won 20 seats, says his party will not accept "
    "the results of the election.",
    "Mongolian Democratic Party leader Bat Erdene said he would not accept the results of the election.",
])
def test_pronouns_head_of_a_body_speaks_for_it(nlp: Language, text: str) -> None:
    assert ("MNGPTY", "MNGGOV", "12") in code_dyads(nlp, text, "2012-07-01")


@pytest.mark.model
def test_pronouns_him_is_not_the_titled_subject(nlp: Language) -> None:
    # "him" is someone else than the titled subject
    text = "President Evo Morales resigned after the head of the Bolivian armed forces called on him to step down."
    dyads = code_dyads(nlp, text, "2019-11-10")
    assert not any(s == t and s is not None and s.endswith("MIL") for s, t, _ in dyads)


@pytest.mark.model
def test_pronouns_plural_leaders_are_no_he(nlp: Language) -> None:
    text = "The leaders of the Mongolian Democratic Party met on Monday. He said the vote was rigged."
    assert not any(s == "MNGPTY" for s, _, _ in code_dyads(nlp, text, "2019-11-10"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("Russian leaders say Georgia broke the truce, claiming that Georgian forces shelled Tskhinvali.", "RUS"),
    ("Kenyan officials said Somalia ignored the deal, accusing Mogadishu of sheltering the militants.", "KEN"),
])
def test_speaker_acts_speaking_participle_after_reported_clause_is_the_speakers(
        nlp: Language, text: str, speaker: str) -> None:
    sources = {s for s, _, c in country_triples(code(nlp, text)) if c.startswith("11")}
    assert sources == {speaker}


@pytest.mark.model
def test_speaker_acts_other_participle_keeps_the_reported_subject(nlp: Language) -> None:
    # killing is no speaking: the rebels of the reported clause did it
    text = "Kenyan police said Somali militants attacked the town, killing 12 villagers."
    assert not any(s == "KEN" and c.startswith(("18", "19")) for s, _, c in country_triples(code(nlp, text)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian leaders say Georgia has yet to honor the cease-fire.",
    "Somali rebels have yet to release the hostages, the army said.",
    "The Somali rebels are yet to release the hostages.",
])
def test_clause_marks_has_yet_to_is_undone(nlp: Language, text: str) -> None:
    assert not any(root in ("08", "10") for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("Russian leaders say Georgia has to honor the cease-fire.", "10"),  # owed: a demand
    ("Somali rebels released the hostages on Friday, the army said.", "08"),
])
def test_clause_marks_has_yet_to_near_misses(nlp: Language, text: str, root: str) -> None:
    assert root in {r for _, _, r in code_dyads(nlp, text)}


@pytest.mark.model
def test_patterns_placed_under_investigation(nlp: Language) -> None:
    text = "Turkish prosecutors placed the mayor of Izmir under investigation."
    assert ("TURJUD", "TURGOV", "09") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Turkish police placed the mayor's office under guard.",  # no investigation
    "Turkish prosecutors placed the files under seal.",
])
def test_patterns_placed_under_near_misses(nlp: Language, text: str) -> None:
    assert "09" not in {r for _, _, r in code_dyads(nlp, text)}
