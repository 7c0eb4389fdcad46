"""Article structure and story context: headlines, datelines and credits, and bare agents' countries.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract, make_doc
from newsevents.records import ActorRef, Article, Event
from newsevents.story.structure import drop_repeated_events, read_structure


@pytest.mark.parametrize(("text", "place", "country", "body"), [
    ("HARARE (Reuters) - Two journalists were held overnight.", "Harare", "ZWE", "Two journalists"),
    ("OSLO — Norway summoned the envoy.", "Oslo", "NOR", "Norway summoned"),
    ("ACCRA, Ghana (AP) — Officers cleared the square.", "Accra", "GHA", "Officers cleared"),
    ("Lima, June 9: The congress met late.", "Lima", "PER", "The congress"),
    ("CAIRO: The cabinet resigned on Sunday.", "Cairo", "EGY", "The cabinet"),
    ("MANILA (VOA) — Troops moved north.", "Manila", "PHL", "Troops moved"),
])
def test_dateline_gives_the_place_and_is_not_body(text: str, place: str, country: str, body: str) -> None:
    story = read_structure(Article("x", text))
    assert (story.place, story.country) == (place, country)
    assert text[story.body_start:].startswith(body)
    assert story.masked and story.masked[0][0] == 0


@pytest.mark.parametrize("text", [
    "Police: nobody was hurt in the fire.",
    "The minister said on Monday that the talks would resume.",
    "Chile - the country that hosts the summit - voted no.",
])
def test_ordinary_openings_are_not_datelines(text: str) -> None:
    story = read_structure(Article("x", text))
    assert story.dateline_span is None and story.place is None


def test_weekday_date_line_gives_the_date() -> None:
    story = read_structure(Article("x", "Tuesday, May 6, 2008\n\nThe assembly elected a speaker."))
    assert story.date == "2008-05-06"
    assert story.body_start == len("Tuesday, May 6, 2008\n")


def test_credits_are_masked_anywhere_and_at_the_end() -> None:
    text = "(AFP) — The envoy left.\n\nShe returned later. — Reuters"
    story = read_structure(Article("x", text))
    masked = [text[s:e].strip() for s, e in story.masked]
    assert masked[0].startswith("(AFP)") and masked[-1].endswith("Reuters")
    assert not any("envoy" in m or "returned" in m for m in masked)


def test_headline_line_is_kept_apart() -> None:
    text = "Ministers agree on fishing quotas\n\nThe ministers of the two states agreed on quotas."
    story = read_structure(Article("x", text))
    assert story.headline == "Ministers agree on fishing quotas"
    assert text[story.body_start:].strip().startswith("The ministers")


def test_a_one_paragraph_sentence_is_no_headline() -> None:
    story = read_structure(Article("x", "The ministers agreed on quotas.\n\nTalks go on."))
    assert story.headline is None


@pytest.mark.model
def test_dateline_and_agency_are_never_actors(nlp: Language) -> None:
    ex = extract("HARARE (Reuters) - Riot police detained an opposition leader on Friday.", "2020-07-31", nlp=nlp)
    names = {a.name.lower() for a in ex.actors}
    assert not names & {"harare", "reuters"}
    assert all(e.source is None or "harare" not in e.source.name.lower() for e in ex.events)
    (arrest,) = [e for e in ex.events if e.cameo.startswith("17")]
    assert arrest.source is not None and arrest.source.code == "ZWECOP"


@pytest.mark.model
def test_dateline_city_is_not_the_source(nlp: Language) -> None:
    ex = extract("OSLO — Norway expelled three Iranian diplomats on Thursday.", "2021-01-07", nlp=nlp)
    (expel,) = [e for e in ex.events if e.cameo.startswith("16")]
    assert expel.source is not None and expel.source.code == "NOR"


@pytest.mark.model
def test_offsets_stay_valid_after_masking(nlp: Language) -> None:
    text = "ACCRA, Ghana (AP) — Soldiers arrested the mayor of Tamale on Monday."
    ex = extract(text, "2019-03-04", nlp=nlp)
    for a in ex.actors:
        assert text[a.span[0]:a.span[1]] == a.text
    for e in ex.events:
        assert e.trigger_span is not None and text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger
        assert e.sentence.startswith("Soldiers") and text[e.span[0]:e.span[1]] == e.sentence
    assert ex.events


@pytest.mark.model
def test_headline_event_repeated_in_the_lead_is_one_event(nlp: Language) -> None:
    text = ("Chad and Niger agree to reopen border\n\n"
            "Chad and Niger agreed on Monday to reopen their border crossing, officials in N'Djamena said.")
    ex = extract(text, "2022-05-02", nlp=nlp)
    body_start = text.index("Chad and Niger agreed")
    agree = [e for e in ex.events if e.cameo.startswith("03")]
    assert agree and all(e.span[0] >= body_start - 2 for e in agree)
    # both sides of the lead: its first word stays in the lead's sentence (the parser had closed a
    # sentence on "Chad" after the headline line, and Chad was lost)
    assert {(e.source.code, e.target.code) for e in agree} >= {("TCD", "NER"), ("NER", "TCD")}


@pytest.mark.model
@pytest.mark.parametrize("lead", [
    "Chad and Niger agreed on Monday to reopen their border crossing.",
    "Kenya and Uganda signed a trade pact on Friday.",
    "Mali and Niger closed their border on Tuesday.",
])
def test_a_lead_after_a_headline_keeps_its_first_word(nlp: Language, lead: str) -> None:
    text = "Neighbours act on border\n\n" + lead + " Officials confirmed it.\n"
    doc = nlp(make_doc(nlp, Article("x", text, "2022-05-02")))
    first = next(s for s in doc.sents if s.start_char >= text.index(lead))
    assert first.text.strip() == lead
    # the rest is split as the parser sees it: the lead's next sentence is one of its own
    assert any(s.text.strip() == "Officials confirmed it." for s in doc.sents)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "rule"), [
    ("ACCRA — Riot police dispersed a march on Monday.", "GHACOP", "story"),
    ("Kenyan police dispersed a march on Monday.", "KENCOP", "modifier"),
    ("Police in Kampala dispersed a march on Monday.", "UGACOP", "place"),
])
def test_bare_agent_country_and_its_rule(nlp: Language, text: str, code: str, rule: str) -> None:
    ex = extract(text, "2023-06-05", nlp=nlp)
    (police,) = [a for a in ex.actors if a.sector == "COP"]
    assert (police.code, police.country_rule) == (code, rule)


@pytest.mark.model
def test_story_country_from_the_headline_and_lead(nlp: Language) -> None:
    ex = extract("The interior ministry said on Tuesday it had banned the rally.", "2023-06-06", nlp=nlp,
                 title="Peru bans opposition march in Lima")
    (ministry,) = [a for a in ex.actors if a.sector == "GOV"]
    assert (ministry.country, ministry.country_rule) == ("PER", "story")


@pytest.mark.model
def test_several_principal_countries_leave_bare_agents_empty_with_a_warning(nlp: Language) -> None:
    ex = extract("Bolivia and Paraguay traded accusations on Monday. Officials said the army had been sent.",
                 "2023-06-07", nlp=nlp)
    army = [a for a in ex.actors if a.sector == "MIL"]
    assert army and all(a.country is None for a in army)
    assert any("several" in w for w in ex.warnings)


@pytest.mark.model
def test_sentence_naming_another_country_blocks_the_story_country(nlp: Language) -> None:
    ex = extract("ACCRA — The army was deployed on Monday. Troops later crossed into Togo and Benin.",
                 "2023-06-08", nlp=nlp)
    troops = [a for a in ex.actors if a.text.lower() == "troops"]
    assert all(a.country != "GHA" for a in troops)


@pytest.mark.model
def test_a_single_sentence_is_no_story_for_rebels(nlp: Language) -> None:
    ex = extract("Insurgents shelled a town in eastern Chad overnight.", "2023-06-09", nlp=nlp)
    rebels = [a for a in ex.actors if a.sector in ("INS", "REB")]
    assert rebels and all(a.country_rule != "story" for a in rebels)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hurricane Lena struck the island of Grenada late on Monday, tearing off roofs.",
    "Bees attacked tourists in Rome, stinging twelve of them.",
])
def test_hazards_and_animals_make_no_event(nlp: Language, text: str) -> None:
    assert extract(text, "2023-07-01", nlp=nlp).events == []


@pytest.mark.model
def test_sport_story_makes_no_event_from_teams_or_athletes(nlp: Language) -> None:
    text = ("Uruguay beat Chile 3-1 in the quarterfinal on Sunday. The striker attacked the defence from the first "
            "minute, and the Chilean coach accused the referee of bias after the match.")
    assert extract(text, "2023-07-02", nlp=nlp).events == []


@pytest.mark.model
def test_crime_story_without_political_actor_makes_no_event(nlp: Language) -> None:
    text = ("Two robbers attacked a jewellery shop in Lyon on Friday and fled with cash, a witness said. "
            "The robbery lasted two minutes and the thieves threatened the owner.")
    assert extract(text, "2023-07-03", nlp=nlp).events == []


@pytest.mark.model
def test_political_actor_in_a_non_political_story_still_acts(nlp: Language) -> None:
    text = ("A cyclone flooded the coast on Monday and the storm destroyed thousands of homes as heavy rainfall "
            "continued. Riot police arrested three opposition activists in Beira.")
    ex = extract(text, "2023-07-04", nlp=nlp)
    assert [e.cameo[:2] for e in ex.events] == ["17"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Spain crushed Italy 4-0 in the semifinal on Thursday, and the coach praised his striker after the match.",
     "sport"),
    ("Stocks slumped on Friday as investors sold equities; the Nasdaq index and crude futures fell.", "market"),
    ("A cyclone made landfall on Monday and the floods left thousands homeless.", "hazard"),
    ("The opposition leader accused the government of rigging the vote, and the ruling party denied it.", None),
])
def test_story_class(nlp: Language, text: str, kind: str | None) -> None:
    from newsevents.story.restraint import story_class

    doc = nlp(make_doc(nlp, Article("x", text, "2023-07-05")))
    assert story_class(doc, doc._.ne_story) == kind


@pytest.mark.parametrize(("text", "place", "country"), [
    ("SÃO PAULO — Doctors at a clinic said.", "São Paulo", "BRA"),
    ("San Fernando, Chile — The miners walked out.", "San Fernando", "CHL"),
])
def test_dateline_accents_and_a_country_after_the_city(text: str, place: str, country: str) -> None:
    story = read_structure(Article("x", text))
    assert (story.place, story.country) == (place, country)


def test_ethnic_demonym_names_no_country() -> None:
    from newsevents.story.context import text_countries

    assert "SRB" not in text_countries("Ethnic Serbs in the north protested.")
    assert "SRB" in text_countries("Serbs in the north protested.")


@pytest.mark.model
def test_named_person_takes_the_story_country(nlp: Language) -> None:
    text = ("ACCRA — Activist Kwame Boateng was detained by police on Monday, his lawyer said. "
            "Boateng had organised a march against fuel prices. The police said he had no permit.")
    ex = extract(text, "2023-07-06", nlp=nlp)
    (person,) = [a for a in ex.actors if "Boateng" in a.name]
    assert (person.country, person.country_rule) == ("GHA", "story")


@pytest.mark.model
def test_gunmen_in_a_crime_story_are_no_political_actor(nlp: Language) -> None:
    text = ("Three armed gunmen stormed a bank in Porto on Tuesday and stole cash from the vault, police said. "
            "The robbers fled in a stolen car.")
    ex = extract(text, "2023-07-07", nlp=nlp)
    assert [e for e in ex.events if e.cameo.startswith(("18", "19"))] == []


@pytest.mark.model
def test_story_frame_and_country_rule_in_the_json(nlp: Language) -> None:
    from newsevents.serialize import extraction_from_dict, extraction_to_dict

    text = "Tuesday, May 6, 2008\n\nACCRA — Riot police dispersed a march of teachers on Monday."
    ex = extract(text, None, nlp=nlp, title="Ghana police break up teachers' march")
    d = extraction_to_dict(ex)
    assert d["story"] == {"headline": "Ghana police break up teachers' march", "place": "Accra",
                          "place_country": "GHA", "date": "2008-05-06", "countries": ["GHA"]}
    assert d["article"]["date"] == "2008-05-06"
    police = [a for a in d["actors"] if a["sector"] == "COP"]
    assert police and police[0]["country_rule"] in {"story", "modifier", "place"}
    back = extraction_from_dict(d, text)
    assert back.story == ex.story and back.actors[0].country_rule == ex.actors[0].country_rule


def test_title_repeated_as_the_first_line_is_the_headline() -> None:
    text = "Senate rejects the budget.\nThe senate voted the budget down on Friday."
    story = read_structure(Article("x", text, title="Senate rejects the budget."))
    assert story.headline_span == (0, len("Senate rejects the budget."))
    assert text[story.body_start:].strip().startswith("The senate voted")
    assert read_structure(Article("x", text)).headline_span is None


@pytest.mark.model
def test_a_protest_at_a_stadium_stays_political(nlp: Language) -> None:
    from newsevents.story.restraint import story_class

    text = "Police closed the Olympic stadium as Tibetan protesters marched before the torch relay."
    doc = nlp(make_doc(nlp, Article("x", text, "2008-04-04")))
    assert story_class(doc, doc._.ne_story) is None


@pytest.mark.model
def test_sport_story_countries_are_teams_not_states(nlp: Language) -> None:
    ex = extract("Spain crushed Italy 4-0 in the semifinal on Thursday, and the coach praised his striker after "
                 "the match.", "2023-07-08", nlp=nlp)
    assert [a.country for a in ex.actors if a.name in ("Spain", "Italy")] == [None, None]


@pytest.mark.model
def test_several_countries_the_sentence_before_decides(nlp: Language) -> None:
    text = ("Bolivia and Paraguay traded accusations on Monday over the border river. Diplomats of both sides "
            "met later. Paraguay closed two crossings near the river. The army said it had sent extra patrols.")
    ex = extract(text, "2023-06-07", nlp=nlp)
    army = [a for a in ex.actors if a.sector == "MIL"]
    assert army and (army[0].country, army[0].country_rule) == ("PRY", "nearby")


@pytest.mark.model
def test_an_act_reported_twice_is_one_event(nlp: Language) -> None:
    text = ("Tanzanian police arrested the Tanzanian opposition leader Joseph Mrema in Dodoma on Monday. "
            "Mrema had spoken to a crowd of party members. "
            "Tanzanian police arrested Mrema on Monday as he left the hall.")
    arrests = [e for e in extract(text, "2023-03-01", nlp=nlp).events if e.cameo == "173"]
    assert len(arrests) == 1 and arrests[0].sentence.startswith("Tanzanian police arrested the")


def test_acts_on_other_dates_or_between_uncoded_actors_stay_apart() -> None:
    def arrest(date: str, target: str | None) -> Event:
        return Event(date, ActorRef("police", "UGACOP", "UGA"), ActorRef("x", target), "173", "COERCE", -5.0, 4,
                     "...", (0, 3), "arrested", "coerce.arrest")
    events = [arrest("2023-02-27", "UGAOPP"), arrest("2023-02-27", "UGAOPP"), arrest("2023-03-01", "UGAOPP"),
              arrest("2023-02-27", None), arrest("2023-02-27", None)]
    acts = ["arrest"] * 5
    assert drop_repeated_events(events, acts) == [events[0], events[2], events[3], events[4]]
    # another act with the same code ("detained" after "arrested") is another event
    assert drop_repeated_events(events[:2], ["arrest", "detain"]) == events[:2]


def test_acts_of_other_patterns_with_one_code_stay_apart() -> None:
    def praise(rule: str) -> Event:
        return Event("2023-02-27", ActorRef("Chile", "CHLGOV", "CHL"), ActorRef("Peru", "PER", "PER"), "051",
                     "SUPPORT", 3.4, 2, "...", (0, 3), "praised", rule)
    events = [praise("support.praise"), praise("support.call_good_names"), praise("support.praise+coref")]
    # praising and calling a good name are two statements; one praise reported twice is one
    assert drop_repeated_events(events, ["praise", "call", "praise"]) == events[:2]


@pytest.mark.parametrize(("text", "code"), [
    # a name rebels of several countries use takes the story's country when it is one of them
    ("SKOPJE, Macedonia — Gunmen of the National Liberation Army attacked a police station near the "
     "border on Sunday. Macedonian officials condemned the attack.", "MKDREB"),
    ("BOGOTA, Colombia — The National Liberation Army freed two soldiers on Friday. "
     "Colombian officials welcomed the release.", "COLREB"),
    # and no country in a story of a country where the name is not known
    ("LAGOS, Nigeria — The National Liberation Army claimed a bombing in a market on Friday. "
     "Nigerian officials condemned the attack.", "REB"),
])
def test_shared_group_name_takes_the_story_country_only_where_known(nlp: Language, text: str, code: str) -> None:
    ex = extract(text, "2001-05-07", nlp=nlp)
    codes = [a.code for a in ex.actors if a.name == "National Liberation Army"]
    assert codes == [code]


def test_longer_name_with_a_place_keeps_its_own_country(nlp: Language) -> None:
    ex = extract("Al-Qaeda in the Arabian Peninsula claimed the attack on the port on Monday.", "2015-03-02", nlp=nlp)
    assert [a.code for a in ex.actors if "Qaeda" in a.text] == ["YEMINS"]


def test_person_is_not_coded_with_a_state_before_it_existed(nlp: Language) -> None:
    # in 2006 the southern leader held an office of Sudan; South Sudan became a state in 2011
    ex = extract("Salva Kiir met the Kenyan president in Nairobi on Tuesday.", "2006-03-07", nlp=nlp)
    assert [a.code for a in ex.actors if a.text == "Salva Kiir"] == ["SDNGOV"]
    later = extract("Salva Kiir met the Kenyan president in Nairobi on Tuesday.", "2014-03-07", nlp=nlp)
    assert [a.code for a in later.actors if a.text == "Salva Kiir"] == ["SSDGOV"]


@pytest.mark.parametrize(("text", "code"), [
    # a body several states call so takes the story's country among them, never its sentence's
    ("SEOUL, South Korea — North Korea fired two rockets into the sea on Sunday, the Joint Chiefs of "
     "Staff said. South Korean officials called an emergency meeting.", "KORMIL"),
    ("WASHINGTON — The Joint Chiefs of Staff briefed senators on Monday. American officials "
     "declined to comment.", "USAMIL"),
    ("CAIRO, Egypt — Police arrested twenty members of the Muslim Brotherhood on Monday. "
     "Egyptian officials said more arrests would follow.", "EGYOPP"),
])
def test_shared_body_name_takes_a_principal_country(nlp: Language, text: str, code: str) -> None:
    ex = extract(text, "2009-01-08", nlp=nlp)
    codes = [a.code for a in ex.actors if a.rule == "org-ambiguous"]
    assert codes == [code]
