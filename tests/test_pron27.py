"""Pronouns and role nouns tied to the right actor (session 27): short paragraphs, written for these
tests, that name two or three people or bodies of different countries, each with one pronoun or
role noun (in braces) whose referent a trained reader knows: subject continuity, a quote's speaker,
"his counterpart", possessives, a person first named as an object, gender, plural "they" for a
country's forces, "it" for a government or an organisation, and pronouns left without a referent.

Each paragraph gives the expected country of the marked word's actor, or ``None`` when it must stay
without an actor of a coded country.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsevents.actors.coref_rules import title_fits, title_named

PARAGRAPHS: list[tuple[str, str | None]] = [
    # subject continuity: the previous sentence's subject, not the last person named
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. "
     "{He} later criticized Russia for the attacks.", "FRA"),
    ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday. "
     "{He} also promised aid to Somalia.", "KEN"),
    ("Indian Prime Minister Narendra Modi telephoned Japanese Prime Minister Fumio Kishida on Friday. "
     "{He} then accused China of provocations.", "IND"),
    ("German Chancellor Olaf Scholz welcomed Ukrainian President Volodymyr Zelenskiy to Berlin. "
     "Zelenskiy thanked Germany for the tanks. {He} then flew to Paris.", "UKR"),
    ("Pakistani Prime Minister Shehbaz Sharif accused India of aggression after Indian Prime Minister "
     "Narendra Modi spoke in Kashmir. {He} said Pakistan would respond.", "PAK"),
    ("After Indian Prime Minister Narendra Modi spoke in Kashmir, Pakistani Prime Minister Shehbaz Sharif "
     "accused India of aggression. {He} said Pakistan would respond.", "PAK"),
    # a reported clause: the reporting subject
    ("Turkish President Recep Tayyip Erdogan told Swedish Prime Minister Ulf Kristersson that {he} "
     "would not approve the bid.", "TUR"),
    ("Philippine President Ferdinand Marcos said Chinese ships had blocked {his} country's boats.", "PHL"),
    # a quote's speaker
    ("\"We will not back down,\" said Ukrainian President Volodymyr Zelenskiy after meeting Polish "
     "President Andrzej Duda. {He} urged NATO to send more weapons.", "UKR"),
    ("Mexican President Andres Manuel Lopez Obrador spoke after U.S. Secretary of State Antony Blinken "
     "left the palace. \"We want cooperation, not interference,\" {he} said.", "MEX"),
    # "his counterpart", possessives
    ("Chinese Foreign Minister Wang Yi met {his} Russian counterpart Sergei Lavrov in Beijing.", "CHN"),
    ("Egyptian President Abdel Fattah el-Sisi spoke by phone with his Israeli counterpart on Sunday. "
     "{He} called for a ceasefire in Gaza.", "EGY"),
    ("Nigerian President Bola Tinubu said {his} government would help Niger.", "NGA"),
    ("Japanese Prime Minister Fumio Kishida visited South Korean President Yoon Suk Yeol in Seoul. "
     "Yoon praised {his} own government's work.", "KOR"),
    ("Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing. "
     "Lula praised China and {his} host.", "BRA"),
    ("U.S. President Joe Biden spoke with Chinese President Xi Jinping on Monday. "
     "Biden told {him} that Washington would defend Taiwan.", "CHN"),
    # a person first named as an object, alone
    ("The United States sanctioned Venezuelan President Nicolas Maduro on Monday. "
     "{He} condemned Washington for the move.", "VEN"),
    ("Russian President Vladimir Putin received Iranian President Ebrahim Raisi in Moscow. "
     "Raisi thanked Putin for the talks. {He} invited Russia to Tehran.", "IRN"),
    # gender agreement
    ("Italian Prime Minister Giorgia Meloni met British Prime Minister Rishi Sunak in Rome. "
     "{She} pledged more support for Tunisia.", "ITA"),
    ("British Prime Minister Rishi Sunak met Italian Prime Minister Giorgia Meloni in London. "
     "{He} pledged more support for Kenya.", "GBR"),
    # role nouns with a country
    ("French President Emmanuel Macron met Chinese President Xi Jinping in Beijing on Thursday. "
     "{The French president} urged China to press Russia.", "FRA"),
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
     "{The Kenyan leader} later criticized Somalia.", "KEN"),
    ("U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "{The Chinese minister} warned Washington over Taiwan.", "CHN"),
    # "it": a government or an organisation
    ("The European Union criticized China on Monday. {It} called for the release of activists.", None),
    ("China rejected criticism from the European Union on Monday. {It} said the bloc had meddled "
     "in Hong Kong.", "CHN"),
    ("The World Health Organization praised Uganda for {its} response to the outbreak.", "UGA"),
    ("Iran said {its} navy had seized a tanker in the Gulf.", "IRN"),
    ("The Kremlin said Ukrainian President Volodymyr Zelenskiy was lying. {It} accused Kyiv of "
     "shelling civilians.", "RUS"),
    ("Hamas fired rockets at Israel on Monday. {It} said the attack answered raids in Jenin.", "PSE"),
    # plural "they": forces, protesters, rebels
    ("Russian troops shelled the city of Kharkiv overnight. {They} also hit a power plant.", "RUS"),
    ("Venezuela's government accused Colombian rebels of attacks on the border. {They} denied the charge.",
     "COL"),
    # no safe antecedent: left without one
    ("Maria Lopez, a teacher, said Colombian soldiers attacked the village. {She} accused the army "
     "of lying.", None),
    ("Afghan President Ashraf Ghani met Pakistani Prime Minister Imran Khan in Islamabad. A witness, "
     "Ahmad Karimi, watched the convoy. {He} criticized the police.", None),
]

# Written after the first measure: the shapes the resolver got wrong.
PARAGRAPHS += [
    # a role noun: the person with that very title before a more recent leader of another title
    ("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House. "
     "Protesters outside criticized {the president} over the talks.", "USA"),
    ("Indian Prime Minister Narendra Modi welcomed Sri Lankan President Ranil Wickremesinghe to New Delhi. "
     "Hundreds of farmers later urged {the prime minister} to raise fishing rights.", "IND"),
    ("German Chancellor Olaf Scholz met Polish President Andrzej Duda in Warsaw. "
     "Opposition lawmakers accused {the chancellor} of delaying aid.", "DEU"),
    # the speaker of a quote is none of the people the quote names
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Ethiopian spokesman "
     "Daniel Okoth briefed reporters. \"President Ruto urged Ethiopia to join the bloc,\" {he} said.", "ETH"),
    ("Egyptian President Abdel Fattah el-Sisi met King Abdullah of Jordan in Cairo. \"We told Prime "
     "Minister Netanyahu that the war must stop,\" {he} said.", "EGY"),
    # an object pronoun is none of its clause's subject's mentions, earlier ones included
    ("Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad to Jeddah. "
     "Assad thanked {him} for the invitation.", "SAU"),
    ("Chinese President Xi Jinping received Pakistani Prime Minister Shehbaz Sharif in Beijing. "
     "Sharif invited {him} to visit Islamabad.", "CHN"),
    # "they" after "A clashed with B": either side may be meant (the crowd that "blocked a road" after
    # "police clashed with protesters"), so neither is guessed
    ("Sudanese soldiers clashed with Ethiopian militiamen near the border. {They} said the militiamen "
     "had crossed first.", None),
    ("Indian troops fought with Chinese soldiers in the Galwan valley. {They} accused Beijing of "
     "moving first.", None),
    # "they" whose only earlier subject is a country: left alone
    ("Kabul accused Pakistan of blocking talks with the Taliban. \"{They} have asked us to cut ties,\" "
     "the minister said.", None),
]

# Near misses of the rules above: they must keep what they did.
PARAGRAPHS += [
    ("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday. Ukrainian officials welcomed "
     "{the leader} at the station.", "JPN"),
    ("Ugandan soldiers exchanged fire with Congolese rebels near the border. {They} said two rebels died.",
     None),
    ("\"Russia must leave Ukraine,\" said British Prime Minister Rishi Sunak after meeting French President "
     "Emmanuel Macron. \"We will keep helping Kyiv,\" {he} added.", "GBR"),
    ("Tanzanian President Samia Suluhu Hassan hosted Kenyan President William Ruto in Dar es Salaam. "
     "\"We agreed to open the border,\" {she} said.", "TZA"),
]


# A noun's "that" clause speaks for the noun's possessor; a possessor is not the plural it owns.
PARAGRAPHS += [
    ("Japan rejected Seoul's claim that {it} had honoured the 2015 deal.", "KOR"),
    ("China dismissed Manila's insistence that {it} owns the shoal.", "PHL"),
    ("The United States welcomed Iran's pledge that {it} would stop enriching uranium.", "IRN"),
    ("North Korea's neighbours condemned the missile launch on Sunday. {They} said the test broke UN rules.",
     None),
    ("Russia's allies stayed silent at the meeting. {They} said the war was not their affair.", None),
    ("Ukraine accused Russia and Belarus of massing troops on the border. Kyiv said {its} army was ready.",
     "UKR"),
]

# One "its" after a pair of countries: a reader knows the country (the first), the resolver leaves the
# pronoun without one rather than take the nearer of the pair.
LEFT_ALONE: list[tuple[str, str]] = [
    ("Poland criticized Russia and Belarus for the drills near the border. Warsaw warned that {its} "
     "patience had limits.", "POL"),
    ("Ukraine condemned the drills of Russia and Belarus near the border on Monday. {Its} foreign "
     "ministry called them a threat.", "UKR"),
]

def _marked(raw: str) -> tuple[str, int, int]:
    """The paragraph without braces, and the character span of the word they marked."""
    found = re.search(r"\{([^}]*)\}", raw)
    assert found is not None, raw
    return raw.replace("{", "").replace("}", ""), found.start(), found.end() - 2


def _country_at(nlp: Language, text: str, start: int, end: int) -> str | None:
    from newsevents.extraction import extract

    for actor in extract(text, date="2023-05-01", nlp=nlp).actors:
        for a, b in actor.mentions or [actor.span]:
            if a <= start and end <= b:
                return actor.country
    return None


@pytest.mark.model
@pytest.mark.parametrize(("raw", "country"), PARAGRAPHS, ids=[f"p{n:02d}" for n in range(len(PARAGRAPHS))])
def test_pron27_pronoun_or_role_joins_the_actor_a_reader_means(nlp: Language, raw: str, country: str | None) -> None:
    text, start, end = _marked(raw)
    assert _country_at(nlp, text, start, end) == country, text


@pytest.mark.model
@pytest.mark.parametrize(("raw", "country"), LEFT_ALONE, ids=[f"left{n}" for n in range(len(LEFT_ALONE))])
def test_pron27_its_after_a_pair_is_no_one_of_the_pair(nlp: Language, raw: str, country: str) -> None:
    text, start, end = _marked(raw)
    assert _country_at(nlp, text, start, end) in {None, country}, text


def test_pron27_title_named_is_the_persons_own_title_only() -> None:
    assert title_named("president", {"president"})
    assert title_named("minister", {"prime minister"})
    assert not title_named("president", {"prime minister"})
    assert title_fits("president", {"prime minister"})  # another leader's title still stands in
    assert not title_named("", {"president"})


@pytest.mark.model
@pytest.mark.parametrize(("text", "spoken"), [
    ('"We told the minister to go," he said.', True),
    ('"We told the minister to go," he added on Monday.', True),
    ('"We told the minister to go." Later he said more.', False),
    ("He said the minister must go.", False),
])
def test_pron27_spoken_quote_finds_the_quote_a_speaker_pronoun_closes(nlp: Language, text: str, spoken: bool) -> None:
    from newsevents.actors.quoted_speakers import spoken_quote
    from newsevents.quotes.marks import find_quoted_spans

    pronoun = next(t for t in nlp(text) if t.lower_ == "he")
    assert (spoken_quote(pronoun, find_quoted_spans(text)) is not None) == spoken
