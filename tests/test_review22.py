"""Session 22's review fixes: an unnamed death or a toll headline makes no obituary, a shared
surname makes no one defendant, an active toll conjunct is a clause of its own, and text set in
capitals keeps its own case in every text field the extraction serialises, and gives no
surname to the word after an acronym. An obituary keeps "death" and "respect" only as answers to
the death.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re
import sys

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from helpers import Coded, event_codes
from newsevents.events.verdict_retellings import without_retold_verdicts
from newsevents.extraction import extract
from newsevents.nlp.extensions import doc_attribute
from newsevents.nlp.truecase import capital_blocks, is_capitals, knowledge, truecased
from newsevents.nlp.truecase_knowledge import _english_words
from newsevents.records import ActorRef, Event

DATE = "2024-05-08"


def _events(nlp: Language, text: str, title: str | None = None) -> list[Coded]:
    return event_codes(text, nlp, DATE, title)


# ---- obituaries (story/obituaries.py) -----------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops fired tear gas at marchers in Harare on Saturday. A marcher aged 19 died in hospital on "
    "Sunday, his mother said. The opposition accused the army of brutality and demanded an inquiry.",
    "Children aged 3 to 9 died of measles in camps in Darfur last month, aid workers said. The United "
    "Nations accused Sudan of blocking vaccines.",
])
def test_an_unnamed_death_with_an_age_makes_no_obituary(nlp: Language, text: str) -> None:
    assert "accused" in [e[3] for e in _events(nlp, text)]


@pytest.mark.model
def test_a_toll_headline_makes_no_obituary(nlp: Language) -> None:
    title = "Three dead as troops fire at 300 marchers in Lusaka"
    text = "The Zambian opposition accused the police of brutality on Monday. Opposition leaders demanded an inquiry."
    assert {"accused", "demanded"} <= {e[3] for e in _events(nlp, text, title)}


@pytest.mark.model
def test_a_named_death_at_an_age_in_the_headline_is_an_obituary(nlp: Language) -> None:
    # near miss: the age right after "dies", a place between, is an obituary's headline
    title = "Kenneth Kaunda dies in Lusaka at 97"
    text = "Former Zambian President Kenneth Kaunda was praised by many Zambians for ending one-party rule."
    ex = extract(text, date=DATE, nlp=nlp, title=title)
    assert not ex.events and any("an obituary retells" in w for w in ex.warnings)


BANDA = "Former Malawian president Joseph Banda died at his home in Blantyre on Thursday aged 84.\n\n"


@pytest.mark.model
def test_a_death_sentence_in_an_obituary_is_the_life_it_retells(nlp: Language) -> None:
    text = BANDA + "A military court later sentenced Banda to death for treason."
    assert not _events(nlp, text)


@pytest.mark.model
def test_respects_paid_answer_the_death(nlp: Language) -> None:
    # near miss: "respect" answers the death as the object of "pay"
    text = BANDA + "Zambian President Peter Mwale paid his respects and met Malawian President Lazarus Chakwera."
    assert "met" in [e[3] for e in _events(nlp, text)]


@pytest.mark.model
def test_a_title_beside_the_text_adds_no_sentence_to_the_lead(nlp: Language) -> None:
    body = ("Zambian opposition leaders accused the government of rigging the vote. They demanded a recount. "
            "The electoral commission rejected the demand. Observers urged calm. "
            "Former minister John Phiri died at his home in Lusaka aged 80.")
    ex = extract(body, date=DATE, nlp=nlp, title="Zambia opposition cries foul")
    assert "accused" in [e.trigger for e in ex.events]


# ---- verdicts told twice (events/verdict_retellings.py) -----------------------------------------

def _verdict(rule: str, name: str) -> Event:
    court = ActorRef("court", "CHNJUD", "CHN", "JUD")
    return Event(date=DATE, source=court, target=ActorRef(name, "CHNELI", "CHN", "ELI"), cameo="116",
                 plover="ACCUSE", goldstein=None, quad_class=3, sentence="x", span=(0, 1), trigger="x", rule=rule)


@pytest.mark.parametrize(("sentenced", "found", "one_person"), [
    ("Zhou Yongming", "Zhou Xiaobo", False),  # a shared surname
    ("Ali Rezaei", "Ali Karimi", False),  # a shared first name
    ("Zhou Yongming", "Zhou", True),  # the surname alone
    ("Zhou Yongming", "Yongming Zhou", True),
])
def test_only_a_name_within_the_other_is_one_defendant(sentenced: str, found: str, one_person: bool) -> None:
    sentence = _verdict("accuse.convict", sentenced)
    finding = _verdict("accuse.found_guilty", found)
    assert without_retold_verdicts([sentence, finding]) == ([sentence] if one_person else [sentence, finding])


@pytest.mark.model
def test_a_finding_against_a_namesake_stays(nlp: Language) -> None:
    text = ("A Chinese court sentenced Liu Zhijun to 12 years in prison on Monday. The same court found "
            "Liu Tienan guilty of bribery.")
    assert [e[3] for e in _events(nlp, text) if e[2] == "116"] == ["sentenced", "found"]


# ---- coordinated tolls (events/battle_settings.py) ----------------------------------------------

@pytest.mark.model
def test_an_active_toll_conjunct_with_its_own_object_is_its_own_clause(nlp: Language) -> None:
    text = "Militants killed two policemen and wounded six civilians in an ambush in Kivu on Monday."
    ambush = [e for e in _events(nlp, text) if e[3] == "ambush"]
    assert ambush and all(e[1] is not None and e[1].endswith("CVL") for e in ambush), ambush


@pytest.mark.model
def test_a_toll_adjective_conjunct_still_takes_the_first_tolls_victims(nlp: Language) -> None:
    # near miss: "and four more wounded" has no clause of its own
    text = "Three policemen were killed and four more wounded in a raid by militiamen near Bunia on Sunday."
    raid = [e for e in _events(nlp, text) if e[3] == "raid"]
    assert raid and all(e[1] is not None and e[1].endswith("COP") for e in raid), raid


# ---- denials answering an attribution (events/answered_claims.py) -------------------------------

@pytest.mark.model
def test_attribution_read_by_according_to_names_the_accuser(nlp: Language) -> None:
    text = ("Indian troops fired on a Pakistani post on Sunday, according to Pakistani military officials, "
            "but India denied the allegation.")
    denials = [e for e in _events(nlp, text) if e[2] == "016"]
    assert any(s is not None and s.startswith("IND") and t is not None and t.startswith("PAK")
               for s, t, _, _ in denials), denials


# ---- text in capitals keeps its case (nlp/truecase.py) ------------------------------------------

@pytest.mark.model
def test_capitals_keep_their_case_in_headline_and_speaker(nlp: Language) -> None:
    text = ("KENYAN POLICE DETAIN STUDENT LEADERS IN NAIROBI\n\n"
            "KENYAN POLICE ARRESTED THIRTY STUDENTS IN NAIROBI ON TUESDAY AFTER CLASHES WITH SECURITY "
            "GUARDS, A POLICE SPOKESMAN SAID. \"WE WILL NOT BE SILENCED,\" STUDENT LEADER JAMES MWANGI SAID.")
    ex = extract(text, date=DATE, nlp=nlp)
    assert ex.story is not None and ex.story.headline == "KENYAN POLICE DETAIN STUDENT LEADERS IN NAIROBI"
    speakers = [q.speaker for q in ex.quotes if q.speaker is not None]
    assert speakers and all(s.span is not None and s.text == text[s.span[0]:s.span[1]] for s in speakers)


@pytest.mark.model
def test_capitals_keep_their_case_in_the_warnings(nlp: Language) -> None:
    text = ("Troops sealed off the town.\nZIMBABWEAN POLICE ARRESTED FORTY MINERS IN HARARE ON MONDAY AFTER "
            "CLASHES AT A GOLD MINE.\nThe government defended the arrests.")
    ex = extract(text, date=DATE, nlp=nlp)
    quoted = [q for w in ex.warnings for q in re.findall(r'"([^"]+)"', w)]
    assert quoted and all(q in text for q in quoted), quoted


@pytest.mark.model
def test_no_surname_after_an_acronym(nlp: Language) -> None:
    know = knowledge(nlp)
    assert know is not None
    assert truecased("NATO LEADERS MEET IN BRUSSELS TO DISCUSS UKRAINE", know).startswith("NATO leaders meet")
    # near miss: a word no dictionary knows still takes the surname after it
    assert "Nick Simeone" in truecased("CORRESPONDENT NICK SIMEONE REPORTS FROM THE CAPITAL TODAY", know)


@pytest.mark.model
def test_missing_english_words_is_said(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "english_words", None)  # its import now fails
    with pytest.warns(RuntimeWarning, match="english-words"):
        assert _english_words(nlp) is None


def test_small_letters_beyond_ascii_are_no_capitals() -> None:
    assert not is_capitals("мы читали эту статью вчера вечером дома")
    assert is_capitals("МЫ ЧИТАЛИ ЭТУ СТАТЬЮ ВЧЕРА ВЕЧЕРОМ ДОМА")


def test_a_line_of_an_uncased_script_is_no_capital_line() -> None:
    arabic = "قال مسؤولون إن وزراء NATO اجتمعوا في بروكسل يوم الاثنين لبحث الأزمة\n"
    capitals = "POLICE SAID THE MEN WERE ARRESTED IN CAIRO ON FRIDAY"
    assert capital_blocks(arabic + capitals) == [(len(arabic), len(arabic) + len(capitals))]


def test_a_misspelt_doc_attribute_is_an_error() -> None:
    with pytest.raises(AssertionError):
        doc_attribute(Doc(Vocab(), words=["x"]), "ne_stroy")
