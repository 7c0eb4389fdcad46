"""Built-in dictionary knowledge: the Phoenix set and our tables together, ours winning.

Sentences are our own; the people and their offices are real (from the shipped Phoenix
country file or our persons table), checked on dates on both sides of a change of office.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors import code_phrase
from newsevents.dictionaries import DictionarySpec, check_file, knowledge
from newsevents.dictionaries.knowledge import PHOENIX_FILES, phoenix_path
from newsevents.extraction import extract


@pytest.mark.parametrize(("name", "day", "code"), [
    # heads of state the Phoenix country file knows and our table does not
    ("Frederick Chiluba", "1995-06-01", "ZMBGOV"),   # Zambia, president 1991-2002
    ("Frederick Chiluba", "1990-06-01", "ZMBELI"),   # before taking office
    ("Bakili Muluzi", "1997-03-01", "MWIGOV"),       # Malawi, president 1994-2004
    ("Bakili Muluzi", "2006-03-01", "MWIELI"),       # after leaving it
    ("Chuan Leekpai", "1993-05-01", "THAGOV"),       # Thailand, first term as prime minister
    ("Chuan Leekpai", "1996-05-01", "THAELI"),       # between his two terms
    ("Chuan Leekpai", "1999-05-01", "THAGOV"),       # second term
    # a minister from the Phoenix file (Hungary's foreign minister 2009-2010)
    ("Peter Balazs", "2009-09-01", "HUNGOV"),
    ("Peter Balazs", "2012-09-01", "HUNELI"),
    # our table wins where both know a person: Phoenix writes IGOMEAARL, ours IGOARL
    ("Amr Moussa", "1995-01-01", "EGYGOV"),          # foreign minister
    ("Amr Moussa", "2005-01-01", "IGOARL"),          # Arab League secretary-general
    ("Bill Clinton", "1996-01-01", "USAGOV"),        # a 1990s US president
    ("Bill Clinton", "2003-01-01", "USAELI"),
])
def test_dictionaries_builtin_office_holders_by_date(name: str, day: str, code: str) -> None:
    ref = code_phrase(name, day)
    assert ref is not None and ref.code == code


def test_dictionaries_builtin_phoenix_adds_people_ours_lacks() -> None:
    ours = knowledge(DictionarySpec(phoenix=False))
    both = knowledge(DictionarySpec())
    assert ours.persons.find("Frederick Chiluba") is None
    assert both.persons.find("Frederick Chiluba") is not None
    assert len(both.persons) > 10 * len(ours.persons)
    # a shipped file's one-word aliases are not names of their own
    assert both.persons.find("Chiluba") is None


def test_dictionaries_builtin_organisations_and_agents() -> None:
    assert code_phrase("the Intergovernmental Panel on Climate Change").code.startswith("IGO")
    ref = code_phrase("Zambian naval officers")  # an agent only Phoenix has, made plural
    assert ref is not None and (ref.country, ref.sector) == ("ZMB", "MIL")
    ours = code_phrase("Zambian naval officers", knowledge=knowledge(DictionarySpec(phoenix=False)))
    # our roles know bare "officers" (police) since session 14, and naval officers as the military
    assert ours is not None and (ours.country, ours.sector) == ("ZMB", "MIL")
    # its civilian and business words are left out: they made actors in non-political stories
    ranchers = code_phrase("Zambian cattle ranchers")
    assert ranchers is None or ranchers.sector is None


def test_dictionaries_builtin_files_shipped_with_licence() -> None:
    folder = phoenix_path("LICENSE.txt").parent
    assert "MIT License" in (folder / "LICENSE.txt").read_text()
    assert "Open Event Data Alliance" in (folder / "README.txt").read_text()
    for names in PHOENIX_FILES.values():
        for name in names:
            _kind, size, problems = check_file(phoenix_path(name))
            assert size > 300
            assert len(problems) < 40  # the few malformed lines upstream, skipped when read


@pytest.mark.model
@pytest.mark.parametrize(("day", "code"), [("1996-04-10", "ZMBGOV"), ("2004-04-10", "ZMBELI")])
def test_dictionaries_builtin_person_in_a_story(nlp: Language, day: str, code: str) -> None:
    text = "Frederick Chiluba met union leaders in Lusaka on Tuesday to discuss wages."
    ex = extract(text, date=day, nlp=nlp)
    person = next(a for a in ex.actors if a.name == "Frederick Chiluba")
    assert person.code == code


@pytest.mark.model
def test_dictionaries_builtin_discards_drop_sports_stories(nlp: Language) -> None:
    sport = "Brazil accused Argentina of cheating. The World Cup qualifier ended in a draw on Sunday."
    politics = "Brazil accused Argentina of cheating. The trade talks ended without a deal on Sunday."
    assert extract(politics, date="2013-07-01", nlp=nlp).events
    assert not extract(sport, date="2013-07-01", nlp=nlp).events
    # Phoenix's sentence discards are not used: "years ago" does not drop a news sentence
    old = "Brazil accused Argentina of breaking a treaty signed ten years ago."
    assert extract(old, date="2013-07-01", nlp=nlp).events


@pytest.mark.model
@pytest.mark.slow
def test_dictionaries_builtin_verbs_only_when_asked() -> None:
    from newsevents.nlp.pipeline import load_pipeline

    # a verb our own patterns lack ("interrogated" was one until session 20's police questioning)
    text = "Kenyan police spied on Ugandan soldiers on Monday."
    assert not extract(text, date="2010-01-15", nlp=load_pipeline()).events  # off by default
    with_verbs = load_pipeline(dictionaries=DictionarySpec(builtin_verbs=True))
    (event,) = extract(text, date="2010-01-15", nlp=with_verbs).events
    assert (event.source.code, event.cameo, event.target.code) == ("KENCOP", "090", "UGAMIL")
    # the rule names the shipped file and the line of the verb (SPY [090])
    assert event.rule == "dictionary:CAMEO.2.0.txt:7887"
    assert phoenix_path("CAMEO.2.0.txt").read_text().splitlines()[7886].startswith("SPY ")
