"""Text set in capitals is parsed in ordinary case (newsevents.nlp.truecase, session 22)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.nlp.truecase import capital_blocks, is_capitals, knowledge, truecased
from newsevents.records import Extraction

pytestmark = [pytest.mark.slow, pytest.mark.model]

DATE = "2004-06-01"

NORMAL = [
    # meetings
    "President Thabo Mbeki of South Africa met with Zimbabwean President Robert Mugabe in Harare on "
    "Thursday to discuss the food crisis.",
    "Secretary of State Colin Powell met with Pakistani President Pervez Musharraf in Islamabad in "
    "March. Powell praised Pakistan for its help.",
    # arrests
    "Kenyan police arrested four suspected militants in Mombasa on Friday, a police spokesman said.",
    "Ethiopian forces detained an opposition leader in Addis Ababa on May 5.",
    # attacks
    "Israeli troops attacked a refugee camp in the Gaza Strip on Monday, killing two Palestinian gunmen.",
    "NATO said it would send more troops to Kosovo after KLA fighters attacked Serbian police near Pristina.",
    # protests, statements
    "Thousands of students protested in Tehran on Wednesday against the Iranian government.",
    "The UN Security Council condemned North Korea's missile launch on Tuesday.",
    "Russian President Vladimir Putin accused Georgia of provoking the conflict. He said Moscow would not "
    "withdraw its troops.",
]


def triples(ex: Extraction) -> list[str]:
    return sorted(str((e.source and e.source.code, e.cameo, e.target and e.target.code)) for e in ex.events)


@pytest.mark.parametrize("text", NORMAL)
def test_truecase_capitals_give_the_events_of_normal_case(nlp: Language, text: str) -> None:
    normal = extract(text, date=DATE, nlp=nlp)
    assert normal.events, "the normal-case sentence must give an event for the test to mean anything"
    shouted = extract(text.upper(), date=DATE, nlp=nlp)
    assert triples(shouted) == triples(normal)


def test_truecase_evidence_keeps_the_original_text(nlp: Language) -> None:
    text = NORMAL[2].upper()
    ex = extract(text, date=DATE, nlp=nlp)
    assert ex.article.text == text
    assert ex.events and ex.actors
    for event in ex.events:
        assert event.sentence == text[event.span[0]:event.span[1]]
        assert event.trigger.isupper()
    for actor in ex.actors:
        assert actor.text == text[actor.span[0]:actor.span[1]]


def test_truecase_capital_headline_before_normal_text(nlp: Language) -> None:
    body = ("Kenyan police arrested four suspected militants in Mombasa on Friday, a police spokesman "
            "said.\n\nThe men were held overnight.")
    headline = "KENYAN POLICE ARREST FOUR SUSPECTED MILITANTS IN MOMBASA\n\n"
    plain = extract(headline.title() + body, date=DATE, nlp=nlp)
    mixed = extract(headline + body, date=DATE, nlp=nlp)
    assert triples(mixed) == triples(plain)
    assert "KENYA" not in truecased(headline + body, _knowledge(nlp))[:10]


def test_truecase_capital_paragraph_inside_normal_text(nlp: Language) -> None:
    text = ("The talks opened in Nairobi on Monday.\n\n"
            "THOUSANDS OF STUDENTS PROTESTED IN TEHRAN ON WEDNESDAY AGAINST THE IRANIAN GOVERNMENT.\n\n"
            "Officials gave no figures.")
    cased = truecased(text, _knowledge(nlp))
    assert cased.startswith("The talks opened in Nairobi on Monday.\n\n")
    assert "Thousands of students protested in Tehran on Wednesday against the Iranian government." in cased
    assert cased.endswith("Officials gave no figures.")


def _knowledge(nlp: Language):  # type: ignore[no-untyped-def]
    know = knowledge(nlp)
    assert know is not None
    return know


@pytest.mark.parametrize(("caps", "expected"), [
    ("PRESIDENT JOHN KUFUOR OF GHANA MET NIGERIAN LEADER OLUSEGUN OBASANJO IN ABUJA.",
     "President John Kufuor of Ghana met Nigerian leader Olusegun Obasanjo in Abuja."),
    ("THE U-N AND NATO SAID I WOULD GO TO THE IVORY COAST IN JANUARY.",
     "The U-N and NATO said I would go to the Ivory Coast in January."),
    ("TURKEY AND CHAD SIGNED A DEAL ON TUESDAY IN ANKARA, THE U.S. EMBASSY SAID.",
     "Turkey and Chad signed a deal on Tuesday in Ankara, the U.S. Embassy said."),
    ("THE PROTESTERS MAY MARCH TO THE MINISTRY'S OFFICES ON MARCH 3, POLICE SAID.",
     "The protesters may march to the ministry's offices on March 3, police said."),
    ("A CAR BOMB EXPLODED NEAR THE OFFICES OF THE WHO, OFFICIALS WHO SAW IT SAID.",
     "A car bomb exploded near the offices of the WHO, officials who saw it said."),
    ("US TROOPS LEFT THE TOWN, A MAN TOLD US THAT NIGHT.",
     "US troops left the town, a man told us that night."),
    ("CORRESPONDENT NICK SIMEONE SAYS AMBERIN ZAMAN REPORTS FROM ANKARA.",
     "Correspondent Nick Simeone says Amberin Zaman reports from Ankara."),
])
def test_truecase_words(nlp: Language, caps: str, expected: str) -> None:
    assert truecased(caps, _knowledge(nlp)) == expected


def test_truecase_keeps_length_of_every_letter(nlp: Language) -> None:
    caps = "OFFICIALS IN İZMIR AND ISTANBUL SAID THE ARMY HAD WITHDRAWN FROM THE AREA ON MONDAY."
    cased = truecased(caps, _knowledge(nlp))
    assert len(cased) == len(caps)
    assert cased.startswith("Officials in İzmir and Istanbul said")


@pytest.mark.parametrize("text", [
    "The UN said it was NOT leaving the country, and NATO and the EU agreed.",
    "UN, EU URGE TALKS\n\nThe United Nations and the European Union urged talks on Monday.",
    "WASHINGTON (AP) - The State Department said on Monday that the IAEA, the WHO and the UNHCR "
    "would meet in Geneva.",
    "Officials from the IMF, the WTO, OPEC, ASEAN and the AU met in Paris.",
])
def test_truecase_leaves_normal_text_alone(nlp: Language, text: str) -> None:
    assert capital_blocks(text) == []
    assert truecased(text, _knowledge(nlp)) is text


def test_truecase_precheck_needs_a_run_of_capital_words() -> None:
    assert not is_capitals("The IMF, WTO, UN and EU met with NATO officials.")
    assert is_capitals("POLICE SAID THE MEN WERE ARRESTED")
