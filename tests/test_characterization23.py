"""Criticism told as a characterization (session 23): a side calls, describes, brands or labels
another side or its act by a judging name. Seen in three fresh stories of session 22 and more of
earlier censuses, in three shapes:

- a judging name the lexicon lacked ("the biggest destroyer of peace", "a circus");
- an attempt judged by its modifier or its purpose ("a desperate attempt", "an attempt to overthrow
  the government", ``events/judged_attempts.py``);
- the doer named inside the name when the thing named is no actor ("described the attacks as a
  desperate attempt *by the militants*": the ``named_doer`` slot).

Near misses: praise and neutral names, "called on" and "called for", attempts with a harmless aim,
a judgement denied or negated, and a name whose doer is the speaker's own side.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2019-03-11"

Coded = tuple[str | None, str | None, str]


def _events(nlp: Language, text: str) -> list[Coded]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _criticisms(nlp: Language, text: str) -> list[Coded]:
    return [e for e in _events(nlp, text) if e[2].startswith("11")]


# ---- judging names the lexicon lacked -----------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Seoul called the North Korean government the greatest destroyer of stability in the region.",
     "KOR", "PRKGOV"),
    ("The Bolivian opposition described the Venezuelan government as a troublemaker.", "BOLOPP", "VENGOV"),
    ("Ghana's foreign minister called the Togolese government a spoiler of the peace process.",
     "GHAGOV", "TGOGOV"),
])
def test_new_bad_names_criticise_the_one_named(nlp: Language, text: str, source: str, target: str) -> None:
    found = _criticisms(nlp, text)
    assert any(s is not None and s.startswith(source) and t == target and c == "111" for s, t, c in found), found


@pytest.mark.model
def test_a_show_for_a_vote_criticises_its_holder(nlp: Language) -> None:
    text = "Malawi's opposition parties described the presidential election as a circus."
    assert ("MWIOPP", "MWIGOV", "111") in _criticisms(nlp, text)


# ---- attempts judged by a modifier or a purpose -------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    # the doer named by "by" inside the name, the thing named no actor
    ("The Nigerian army described the raids as a desperate attempt by Boko Haram to stay relevant.",
     "NGAMIL", "NGAINS"),
    # the doer as the name's possessor
    ("The Kenyan government described the bombings as al-Shabab's cynical bid to spread panic.",
     "KENGOV", "SOMINS"),
    # a wrongful purpose, no judging modifier
    ("The Nigerian government called the ambush an attempt by Boko Haram to derail the peace talks.",
     "NGAGOV", "NGAINS"),
])
def test_a_judged_attempt_is_aimed_at_its_doer(nlp: Language, text: str, source: str, target: str) -> None:
    found = _criticisms(nlp, text)
    assert any(s is not None and s.startswith(source) and t == target for s, t, _ in found), found


@pytest.mark.model
def test_a_reported_verdict_of_a_judged_attempt(nlp: Language) -> None:
    text = "The Nigerian army said the raids were a desperate attempt by Boko Haram to spread fear."
    assert any(s == "NGAMIL" and t == "NGAINS" for s, t, _ in _criticisms(nlp, text))


@pytest.mark.model
def test_an_actor_named_an_attempt_is_the_target(nlp: Language) -> None:
    # the one named is an actor: the name's own doer is not needed
    text = "Serbia called the Kosovo government's move a brazen attempt to divide the country."
    found = _criticisms(nlp, text)
    assert found and all(s is not None and s.startswith("SRB") for s, _, _ in found), found


# ---- a relative clause and a free relative ------------------------------------------------------

@pytest.mark.model
def test_a_relative_pronoun_names_its_antecedent(nlp: Language) -> None:
    # "which" is the thing named: the vote, whose holder the criticism is aimed at
    text = ("Belarus held a presidential election on Sunday. Officials involved in the election, which "
            "Canada labeled a sham, were barred from travel.")
    assert any(s is not None and s.startswith("CAN") and t is not None and t.startswith("BLR")
               for s, t, _ in _criticisms(nlp, text)), _criticisms(nlp, text)


@pytest.mark.model
def test_a_free_relative_naming_a_judged_attempt(nlp: Language) -> None:
    text = "Troops shelled the port in what Georgia called a desperate attempt by Moscow to break the blockade."
    assert any(s is not None and s.startswith("GEO") and t is not None and t.startswith("RUS")
               for s, t, _ in _criticisms(nlp, text)), _criticisms(nlp, text)


# ---- near misses ---------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    # praise and neutral names
    "The Kenyan government described the talks with Somalia as constructive.",
    "The Kenyan government described the meeting with the Somali president as long.",
    "The Nigerian army described the raids as a new attempt by Boko Haram to reach the capital.",
    "Ghana called the Togolese proposal an attempt to end the dispute.",
    "The Kenyan government described the attack as an attempt by al-Shabab to seize the town.",
    # other senses of "call"
    "The Ghanaian president called on Togo to release the detained journalists.",
    "The Malawian opposition called it a day after the rally and went home.",
    # negated and denied judgements
    "The Kenyan government did not describe the raids as a desperate attempt by al-Shabab.",
    "Ethiopia denied that it had called the Eritrean government a destroyer of peace.",
    "Ethiopia denied reports that it had described the Eritrean president as a troublemaker.",
    # a relative clause whose name is neutral
    "Belarus held an election on Sunday, which Canada described as the first since the protests.",
])
def test_no_criticism_without_a_judging_name(nlp: Language, text: str) -> None:
    assert not [e for e in _criticisms(nlp, text) if e[2] == "111"], _criticisms(nlp, text)


@pytest.mark.model
def test_a_name_whose_doer_is_the_speaker_is_no_criticism_of_itself(nlp: Language) -> None:
    text = "The Nigerian army described the retreat as its own desperate attempt to regroup."
    found = _criticisms(nlp, text)
    assert not [e for e in found if e[0] is not None and e[1] is not None and e[0][:3] == e[1][:3]], found


def test_judged_attempt_lists_are_in_the_lexicon() -> None:
    from newsevents.events.patterns import lexicon

    lex = lexicon()
    for name in ("attempt_nouns", "attempt_judgements", "subversive_aims", "spreading_verbs", "spread_harms"):
        assert lex.word_list(name), name
    assert {"destroyer", "circus"} <= lex.word_list("bad_names")
