"""Tests of the actors stage: dictionaries, phrase coding, persons by date, mentions, coreference."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.actors import code_phrase, mention_at, mentions_in
from newsevents.actors.persons import load_persons
from newsevents.errors import DataFileError
from newsevents.records import ActorMention, Article

PERSONS = (
    "name\taliases\tnationality\tcode\trole\tstart\tend\n"
    "Mara Veldt\tVeldt\tNLD\tNLDGOV\tPrime Minister\t2015-06\t2021-09-30\n"
    "Mara Veldt\tVeldt\tNLD\tIGOUNO\tUN High Commissioner\t2022-01\t\n"
    "Tomas Rekk\tRekk\tEST\tESTGOV\tPresident\t2019\t2022-04\n"
    "Oskar Lind\tLind\tEST\tESTGOV\tPrime Minister\t2020-01-01\t\n"
)


@pytest.fixture(scope="module")
def persons_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "persons.tsv"
    path.write_text(PERSONS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Belarusian President", "BLRGOV"),
        ("the French foreign minister", "FRAGOV"),
        ("Hamas militants", "PSEINS"),
        ("US State Department spokesman", "USAGOV"),
        ("Chinese ambassador to Minsk", "CHNGOV"),
        ("Canadian envoy to the United Nations", "CANGOV"),
        ("Prime Minister of Estonia", "ESTGOV"),
        ("Kenya's interior minister", "KENGOV"),
        ("riot police", "COP"),
        ("Kyiv police", "UKRCOP"),
        ("pro-democracy activists", "OPP"),
        ("Syrian rebels", "SYRREB"),
        ("two Turkish warplanes", "TURMIL"),
        ("Ugandan farmers", "UGAAGR"),
        ("the Kremlin", "RUSGOV"),
        ("the White House", "USAGOV"),
        ("the Pentagon", "USAMIL"),
        ("Downing Street", "GBRGOV"),
        ("Tehran", "IRNGOV"),
        ("Peru", "PER"),
        ("Kazakhs", "KAZ"),
        ("the UN refugee agency", "IGOUNO"),
        ("UNICEF", "IGOUNO"),
        ("NATO", "IGONAT"),
        ("the African Union", "IGOAU"),
        ("Amnesty International", "NGOAMN"),
        ("a former defence minister", "ELI"),
        ("a former Chilean minister", "CHLELI"),
    ],
)
def test_actors_code_phrase_codes(phrase: str, code: str) -> None:
    ref = code_phrase(phrase)
    assert ref is not None and ref.code == code


@pytest.mark.parametrize("phrase", ["who", "puppies", "Dana Whitfield", "the weather", ""])
def test_actors_code_phrase_uncodable_is_none(phrase: str) -> None:
    assert code_phrase(phrase) is None


def test_actors_code_phrase_country_is_null_for_igos_and_unknown_countries() -> None:
    igo = code_phrase("the World Health Organization")
    group = code_phrase("protesters")
    assert igo is not None and igo.country is None and igo.sector == "IGO"
    assert group is not None and group.country is None and group.sector == "CVL"


def test_actors_code_phrase_name_after_title() -> None:
    ref = code_phrase("Armenian Deputy Prime Minister Ruben Sarkisyan")
    assert ref is not None
    assert (ref.name, ref.code, ref.country) == ("Ruben Sarkisyan", "ARMGOV", "ARM")


@pytest.mark.parametrize(
    ("name", "day", "code", "rule"),
    [
        ("Mara Veldt", "2018-02-01", "NLDGOV", "persons-table"),
        ("Veldt", "2021-11-15", "NLDELI", "persons-table-former"),
        ("Mara Veldt", "2023-05-05", "IGOUNO", "persons-table"),
        ("Tomas Rekk", "2022-04-30", "ESTGOV", "persons-table"),
        ("Tomas Rekk", "2022-05-01", "ESTELI", "persons-table-former"),
    ],
)
def test_actors_persons_roles_by_date(persons_file: Path, name: str, day: str, code: str, rule: str) -> None:
    table = load_persons(persons_file)
    person = table.find(name, dt.date.fromisoformat(day))
    assert person is not None
    assert person.code_on(dt.date.fromisoformat(day))[:2] == (code, rule)


def test_actors_persons_missing_file_is_empty(tmp_path: Path) -> None:
    assert len(load_persons(tmp_path / "absent.tsv")) == 0


def test_actors_persons_bad_date_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "persons.tsv"
    path.write_text(PERSONS + "Ida Moen\t\tNOR\tNORGOV\tMinister\tlast year\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"persons\.tsv:6"):
        load_persons(path)


# -- the component on parsed text --------------------------------------------------------------

@pytest.fixture(scope="module")
def table_nlp(persons_file: Path) -> Iterator[Language]:
    """The English model with only our actors component, reading the test persons table."""
    import spacy

    import newsevents.nlp.components  # noqa: F401
    from newsevents.nlp.pipeline import model_name

    nlp = spacy.load(model_name(), exclude=["senter"])
    nlp.add_pipe("newsevents_actors", config={"persons_path": str(persons_file)})
    yield nlp


def run(nlp: Language, text: str, date: str | None = "2023-03-01") -> Doc:
    doc = nlp.make_doc(text)
    doc._.ne_article = Article(id="t", text=text, date=date)
    return nlp(doc)


def by_text(doc: Doc) -> dict[str, ActorMention]:
    return {m.text: m for m in doc._.ne_mentions}


@pytest.mark.model
def test_actors_title_gives_person_code_and_clean_name(nlp: Language) -> None:
    doc = run(nlp, "Kazakh President Kassym Tokayev met Turkish Foreign Minister Ayla Demir on Monday.")
    found = by_text(doc)
    first = found["Kazakh President Kassym Tokayev"]
    assert (first.name, first.code, first.country, first.kind, first.rule) == (
        "Kassym Tokayev", "KAZGOV", "KAZ", "person", "title")
    assert found["Turkish Foreign Minister Ayla Demir"].code == "TURGOV"


@pytest.mark.model
def test_actors_posting_country_is_not_the_envoy_country(nlp: Language) -> None:
    text = "The talks were confirmed by Japanese ambassador to Hanoi Kenji Morimoto, who spoke to reporters."
    doc = run(nlp, text)
    envoy = next(m for m in doc._.ne_mentions if m.kind == "person")
    assert envoy.name.endswith("Kenji Morimoto") and "Hanoi" not in envoy.name
    assert envoy.code == "JPNGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Belarusian riot police detained dozens of students on Sunday.", "Belarusian riot police", "BLRCOP"),
        ("Riot police fired tear gas at the crowd.", "Riot police", "COP"),
        ("Police in Minsk detained two reporters.", "Police in Minsk", "BLRCOP"),
        ("Pro-democracy activists marched through the capital.", "Pro-democracy activists", "OPP"),
    ],
)
def test_actors_groups_take_country_only_when_attached(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    found = by_text(run(nlp, text))
    assert found[phrase].code == code
    assert found[phrase].country == (code[:3] if len(code) == 6 else None)


@pytest.mark.model
def test_actors_capital_acts_as_government_but_not_as_place(nlp: Language) -> None:
    doc = run(nlp, "Ottawa rejected the request. Later the delegation held talks in Ottawa with the Kremlin.")
    codes = [(m.text, m.code) for m in doc._.ne_mentions]
    assert ("Ottawa", "CANGOV") in codes
    assert codes.count(("Ottawa", "CANGOV")) == 1  # the second Ottawa is where the talks were
    assert ("the Kremlin", "RUSGOV") in codes


@pytest.mark.model
def test_actors_country_name_alone_is_the_country(nlp: Language) -> None:
    doc = run(nlp, "Norway criticised the decision, and the company's shares fell.")
    norway = by_text(doc)["Norway"]
    assert (norway.code, norway.kind) == ("NOR", "country")


@pytest.mark.model
def test_actors_country_inside_a_club_name_is_not_an_actor(nlp: Language) -> None:
    doc = run(nlp, "Real Madrid beat Bayern Munich, and Air India said flights would resume.")
    assert all(m.sector not in {"GOV", "MIL"} for m in doc._.ne_mentions)
    assert all(m.code != "IND" for m in doc._.ne_mentions)


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "code"),
    [("2018-03-01", "NLDGOV"), ("2021-12-01", "NLDELI"), ("2023-03-01", "IGOUNO")],
)
def test_actors_known_person_coded_by_article_date(table_nlp: Language, date: str, code: str) -> None:
    doc = run(table_nlp, "Mara Veldt said the plan would fail.", date=date)
    assert doc._.ne_mentions[0].code == code


@pytest.mark.model
def test_actors_coreference_names_roles_and_pronouns(table_nlp: Language) -> None:
    text = ("Estonian President Tomas Rekk arrived in Riga on Monday. "
            "Rekk said the two countries would sign a treaty. "
            "\"We are ready,\" he said. "
            "The Estonian leader later met Oskar Lind, who praised him.")
    doc = run(table_nlp, text, date="2021-06-01")
    rekk = doc._.ne_mentions[0]
    assert (rekk.name, rekk.code) == ("Tomas Rekk", "ESTGOV")
    linked = {m.text: m for m in doc._.ne_mentions if m.entity == rekk.entity}
    assert {"Rekk", "he", "The Estonian leader", "him"} <= set(linked)
    assert linked["he"].rule.startswith("coref") and linked["he"].code == "ESTGOV"
    assert linked["The Estonian leader"].rule == "coref-title"
    actors = doc._.ne_actors
    assert actors[rekk.entity].name == "Tomas Rekk" and len(actors[rekk.entity].mentions) >= 5


@pytest.mark.model
def test_actors_he_after_quote_is_the_person_quoted(nlp: Language) -> None:
    text = ("The foreign ministry quoted Park Min-ho as saying that ties should deepen. "
            "\"Our countries are close,\" he said.")
    doc = run(nlp, text)
    he = mention_at(doc, next(t.i for t in doc if t.text == "he"))
    assert he is not None and "Park" in he.name


@pytest.mark.model
def test_actors_role_anaphor_uses_persons_table(table_nlp: Language) -> None:
    text = "Estonia hosted the summit. The prime minister said the talks went well."
    doc = run(table_nlp, text, date="2022-06-01")
    pm = by_text(doc)["The prime minister"]
    assert (pm.name, pm.code, pm.rule) == ("Oskar Lind", "ESTGOV", "coref-title")


@pytest.mark.model
def test_actors_mention_lookups(nlp: Language) -> None:
    doc = run(nlp, "Kenyan President William Ruto thanked the African Union.")
    mentions = doc._.ne_mentions
    assert mention_at(doc, 3) is mentions[0]
    assert mention_at(doc, 4) is None
    assert mention_at(doc, 99) is None
    assert [m.code for m in mentions_in(doc, 0, len(doc))] == ["KENGOV", "IGOAU"]
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)


# -- refinements: repeated surnames, possessors, counted groups, leaders' bodies, regions ------

@pytest.mark.model
def test_actors_repeated_surname_links_without_ner(nlp: Language) -> None:
    text = ("Ghanaian President Nana Akufo-Addo opened the summit in Accra on Tuesday. "
            "\"Our markets must open to each other,\" Akufo-Addo told delegates.")
    doc = run(nlp, text)
    first = doc._.ne_mentions[0]
    later = [m for m in doc._.ne_mentions if m.text == "Akufo-Addo"]
    assert later and later[0].entity == first.entity and later[0].code == "GHAGOV"
    assert later[0].rule == "coref-name"


@pytest.mark.model
def test_actors_repeated_surname_not_inside_another_name_or_place(table_nlp: Language) -> None:
    text = ("Estonian President Tomas Rekk spoke on Monday. Anna Rekk, his sister, runs a shop. "
            "The delegates later met in Rekk.")
    doc = run(table_nlp, text, date="2021-06-01")
    rekk = doc._.ne_mentions[0]
    tokens = [t.i for t in doc if t.text == "Rekk"][1:]
    for i in tokens:
        m = mention_at(doc, i)
        assert m is None or m.entity != rekk.entity


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Kenyan president said his government would lift the ban.", "government", "KENGOV"),
        ("Norway said its navy would escort the ships.", "navy", "NORMIL"),
        ("Chile hosted the talks, and the country's police arrested two men.", "police", "CHLCOP"),
    ],
)
def test_actors_possessed_body_takes_possessor_country(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = by_text(run(nlp, text))
    assert found[phrase].code == code and found[phrase].rule == "possessor"


@pytest.mark.model
def test_actors_unowned_body_stays_bare(nlp: Language) -> None:
    doc = run(nlp, "Chile hosted the talks. Officials said the army would stay in barracks.")
    assert by_text(doc)["the army"].code == "MIL"


@pytest.mark.model
def test_actors_number_inside_a_group_does_not_split_it(nlp: Language) -> None:
    doc = run(nlp, "Soldiers in Bamako detained 40 opposition supporters and 12 student activists.")
    texts = {m.text: m.code for m in doc._.ne_mentions}
    assert texts.get("opposition supporters") == "MLIOPP"  # the sentence's one country (Bamako)
    assert "40 opposition" not in texts and "40" not in " ".join(texts)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Macron government raised the pension age.", "The Macron government", "FRAGOV"),
        ("Netanyahu's cabinet approved the deal on Sunday.", "Netanyahu's cabinet", "ISRGOV"),
        ("Critics said the Obama White House ignored the warnings.", "the Obama White House", "USAGOV"),
    ],
)
def test_actors_leader_name_before_state_body_is_one_mention(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    found = by_text(run(nlp, text, date="2015-05-01"))
    assert found[phrase].code == code and found[phrase].kind == "organization"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Tigray rebels", "ETHREB"),
        ("Tigrayan forces", "ETHREB"),
        ("opposition lawmakers", "OPP"),
        ("police in Darfur", "SDNCOP"),
        ("Transnistria", "MDASEP"),
        ("Russian-backed separatists", "SEP"),
        ("the US-led coalition", "USAMIL"),
        ("army spokesman", "MIL"),
        ("President of the Constitutional Court", "JUD"),
        ("Lagos State government", "NGAGOV"),
        ("Syrian Arab News Agency", "SYRGOV"),
        ("tribal elders", "CVL"),
        ("rights groups", "NGO"),
    ],
)
def test_actors_code_phrase_regions_sponsors_and_serving_titles(phrase: str, code: str) -> None:
    ref = code_phrase(phrase)
    assert ref is not None and ref.code == code


@pytest.mark.model
def test_actors_counted_plural_titles_are_not_one_actor(nlp: Language) -> None:
    text = "Kenyan President William Ruto met Ugandan President Yoweri Museveni. The two presidents signed a deal."
    doc = run(nlp, text)
    assert all("presidents" not in m.text for m in doc._.ne_mentions)


@pytest.mark.model
def test_actors_coordinated_country_modifiers_name_one_actor_each(nlp: Language) -> None:
    found = by_text(run(nlp, "Kenyan and Ugandan police arrested the smugglers."))
    assert found["Kenyan"].code == "KENCOP"
    assert found["Ugandan police"].code == "UGACOP"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Jordan freed the mayor of the southern West Bank town of Hebron.", "the mayor", "PSEGOV"),
        ("Egypt freed the mayor of Hebron.", "the mayor", "PSEGOV"),
        ("A court in Kenya has issued a warrant.", "A court in Kenya", "KENJUD"),
    ],
)
def test_actors_role_of_a_place_takes_its_country(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert by_text(run(nlp, text))[phrase].code == code


@pytest.mark.model
def test_actors_domestic_institution_takes_the_one_country_in_the_sentence(nlp: Language) -> None:
    found = by_text(run(nlp, "Police arrested former Peruvian President Pedro Castillo."))
    assert found["Police"].code == "PERCOP" and found["Police"].rule == "context-country"
    two = by_text(run(nlp, "Police said Chile had questioned a Bolivian official."))
    assert two["Police"].code == "COP"  # two countries: no guess
    envoy = by_text(run(nlp, "Police questioned the Chilean ambassador in Bolivia."))
    assert envoy["Police"].code == "BOLCOP"  # an envoy is abroad by office: his country places no one


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the tourists' and the reporter's nationality does not place the police
        ("Police arrested two Chilean tourists in Bolivia.", "BOLCOP"),
        ("Soldiers in Mali detained a French aid worker on Sunday.", "MLIMIL"),
        ("Police detained a British journalist.", "COP"),
    ],
)
def test_actors_state_body_not_placed_by_the_people_it_acts_on(nlp: Language, text: str, code: str) -> None:
    found = by_text(run(nlp, text))
    body = next(phrase for phrase in found if phrase.startswith(text.split()[0]))
    assert found[body].code == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        ("The rebels said they will release the hostages.", "they", "REB"),
        ("Brazilian farmers blocked roads. They demanded more aid.", "They", "BRAAGR"),
        ("Iraq said it would allow inspectors to return.", "it", "IRQ"),
    ],
)
def test_actors_plural_and_neuter_pronouns_resolve(nlp: Language, text: str, pronoun: str, code: str) -> None:
    mention = by_text(run(nlp, text))[pronoun]
    assert mention.code == code and mention.rule.startswith("coref")


@pytest.mark.model
def test_actors_town_tagged_as_person_is_no_person(nlp: Language) -> None:
    doc = run(nlp, "Russian missiles hit Kherson on Friday.")
    assert "Kherson" not in by_text(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The envoy received jailed dissidents from junta-run Myanmar.", "dissidents", "MMROPP"),
        ("Jordan sheltered refugees from Syria.", "refugees from Syria", "SYRREF"),
        ("Students rallied in Dhaka on Sunday.", "Students", "BGDEDU"),
        ("Dockworkers and students rallied in Lima and in Santiago.", "students", "EDU"),  # two countries
    ],
)
def test_actors_groups_take_their_origin_or_the_one_country(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert by_text(run(nlp, text))[phrase].code == code


@pytest.mark.model
def test_actors_country_possessor_gives_a_group_its_country(nlp: Language) -> None:
    found = by_text(run(nlp, "Ecuador's banana workers' unions called a strike."))
    assert any(m.code == "ECULAB" for m in found.values())


@pytest.mark.model
def test_actors_the_president_of_an_uncoded_body_is_not_the_states(nlp: Language) -> None:
    # an organisation that no dictionary codes, then "President" and a name: that body's president
    text = "CONAKRY — Union for Renewal and Progress President Amadou Diallo said the vote was rigged."
    found = by_text(run(nlp, text))
    person = next(m for text, m in found.items() if text.endswith("Amadou Diallo"))
    assert person.sector != "GOV"


@pytest.mark.model
def test_actors_a_body_name_with_the_is_no_person(nlp: Language) -> None:
    # the entity recogniser may call a movement's name with "The" a person: the dictionary's body wins
    found = by_text(run(nlp, "The Tigray People's Liberation Front rejected the truce on Monday."))
    front = next(m for text, m in found.items() if text.endswith("Liberation Front"))
    assert front.code == "ETHREB"
