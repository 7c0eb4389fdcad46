"""A bare description of an organisation ("the group", "the bloc") points back at the one named
before it.

News names a non-state organisation or an international body once and then describes it:
"Amnesty International accused the police ... *The group* said officers had shot ten people";
"ECOWAS suspended Guinea ... *The bloc* also imposed sanctions on the junta". The dictionaries
code no bare "group" (the word has too many senses to be an actor by itself), so without this
the act of "the group" has no doer.

A description is "the" + one of :data:`DESCRIBED_SECTORS`' nouns, singular (with at most one
word of :data:`KIND_WORDS` between: "the paramilitary group"), with nothing after
it that says which group it is ("the group of ministers"). It joins the one organisation named
(by the organisation dictionary, rule ``org``) in the last three sentences whose sector that noun
can describe, other than the subject of the verb it is the object of ("The EU praised *the
bloc*"); with none, or two such organisations, it stays unresolved: no guess. Nor is a guess
made when the same noun introduced another group in those sentences ("a group of migrants ...
the group").

The group may also have been introduced by the same noun as a coded actor (session 21): "A local
human rights group said ... *The group* condemned the violence", "the activist group Women of
Zimbabwe Arise ... *the group* said". Such an introduction is no other group: it counts as one more
candidate (rule ``coref-group`` when it was itself a description), and the description joins it
when it is the only candidate. A named organisation whose dictionary entry is shared by branches
in several countries (rule ``org-ambiguous``: "the Muslim Brotherhood") names its organisation too.

A description that is the subject of what a speaker of an organisation says is that organisation
(session 19): "EU spokesman John Clancy ... He says *the bloc* will maintain humanitarian support",
"a rebel spokesman said *the group* would accept the vote" announce the speaker's own side's act,
however far back its name was told, and whatever other organisation was named since. It joins
the one organisation named anywhere before (rule ``org``, of a sector the noun can describe) whose
code is the speaker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.actors.attackers import ARMED_SECTORS  # armed groups, which news also calls "the movement"
from newsevents.actors.body_descriptions import needs_reach, reach_start
from newsevents.actors.speakers import REPORT_VERBS  # a description in what they report is the speaker's side
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.sentences import window_start

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver

# Non-state organisations "the group" can stand for: armed groups, rights groups, parties, unions.
GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "NGO", "OPP", "PTY", "LAB"})
# The nouns of a bare description and the sectors of the named organisations each can describe:
# "the bloc" and "the alliance" are international bodies (the EU, ECOWAS, NATO); "the
# organization" either kind.
DESCRIBED_SECTORS: dict[str, frozenset[str]] = {
    "group": GROUP_SECTORS,
    "organization": GROUP_SECTORS | {"IGO"},
    "organisation": GROUP_SECTORS | {"IGO"},
    "movement": ARMED_SECTORS,  # "the movement", "the outfit": armed groups only (actors/armed_descriptions.py)
    "outfit": ARMED_SECTORS,
    "bloc": frozenset({"IGO"}),
    "alliance": frozenset({"IGO"}),
    "grouping": frozenset({"IGO"}),
    "body": frozenset({"IGO"}),  # only after a reach word: "the world body" (actors/body_descriptions.py)
    # "UNICEF sent nurses to the camps. *The agency* said ...": a UN or aid agency
    # (session 19); a state's agencies and the news agencies are no such organisation
    "agency": frozenset({"IGO", "NGO"}),
}
# Words of a kind of group the role tables do not take as an actor of their own ("the paramilitary
# group", "the rights group"): the description still names no one but the one named before.
KIND_WORDS = frozenset({"paramilitary", "armed", "jihadist", "islamist", "extremist", "terrorist", "rights",
                        "advocacy", "campaign", "watchdog", "separatist", "guerrilla", "political"})
INDEFINITE = frozenset({"a", "an", "another"})
# Modifiers that make a noun someone's own or a kind of its own ("Chad's health agency", "the
# national meteorological agency"): another body than the organisation named.
OWNING_DEPS = frozenset({"poss", "compound", "amod"})
# The rules of a mention that names its organisation (not a description, not a guess).
NAMING_RULES = frozenset({"org", "org-ambiguous"})
# The rules of a mention that repeats one with the same noun ("a rights group ... the group").
REPEATING_RULES = frozenset({"role", "title", "coref-group"})
# Words after the noun that make it another group than a named one ("the group that organised the
# march"), or a possessor whose own noun is the actor ("the group's leader").
QUALIFYING_NEXT = frozenset({"'s", "’s", "that", "which", "who"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# The descriptions that can only be an international body ("the bloc", "the alliance").
IGO_ONLY = frozenset({"IGO"})


def descriptions(doc: Doc, tokens: DocView, taken: set[int]) -> list[Token]:
    """The heads of the bare descriptions ("the group") no found mention covers, in text order."""
    out = []
    for i, word in enumerate(tokens.normed):
        if word not in DESCRIBED_SECTORS or i == 0 or i in taken or i - 1 in taken or not _common_noun(tokens, i):
            continue
        reach = reach_start(tokens, i)  # "the world body", "the 15-nation bloc"
        if reach == i and needs_reach(word):
            continue
        det = i - 2 if tokens.normed[i - 1] in KIND_WORDS else reach - 1  # "the paramilitary group"
        if det < 0 or tokens.normed[det] != "the" or det in taken:
            continue
        if i + 1 < len(doc) and (_qualified_by(tokens, i) or _members_after(tokens, i + 1)):
            continue
        out.append(doc[i])
    return out


def _qualified_by(tokens: DocView, i: int) -> bool:
    """Whether the word after the noun at ``i`` makes it another group ("the group that ...") or a
    possessor whose own noun is the actor ("the group's leader"). An international body's
    description stays one as a possessor ("*the bloc's* trade chief"): its officials speak and act
    for it, as "the EU's trade chief" does."""
    word = tokens.normed[i + 1]
    if word in POSSESSIVE_MARKS and DESCRIBED_SECTORS[tokens.normed[i]] == IGO_ONLY:
        return False
    return word in QUALIFYING_NEXT


def _common_noun(tokens: DocView, i: int) -> bool:
    """Whether the word at ``i`` is a singular common noun; a lower-case word the tagger took for a
    proper noun ("the bloc" tagged NNP after "says") is one too."""
    return tokens.tags[i] == "NN" or (tokens.tags[i] == "NNP" and tokens.texts[i].islower())


def _members_after(tokens: DocView, i: int) -> bool:
    """Whether "of" at ``i`` names the group's members ("the group of seven", "the group of
    ministers", "the group of the 20 richest nations"), not what it is accused of ("accused the
    group of war crimes")."""
    if tokens.normed[i] != "of" or i + 1 >= len(tokens.normed):
        return False
    j = i + 2 if tokens.normed[i + 1] == "the" and i + 2 < len(tokens.normed) else i + 1
    return tokens.tags[j] in ("CD", "NNS", "NNPS") or tokens.texts[j][:1].isdigit()


def _other_group_before(resolver: Resolver, noun: Token, sectors: frozenset[str]) -> bool:
    """Whether the same noun introduced another group within the last three sentences ("a group
    of migrants ... the group", "an alliance of opposition parties ... the alliance", "Chad's
    health agency ... the agency"): the description may repeat that one rather than the named
    organisation."""
    doc = resolver.doc
    for tok in doc[window_start(noun, 2):noun.i]:
        if tok.lower_ != noun.lower_:
            continue
        indefinite = tok.i > 0 and doc[tok.i - 1].lower_ in INDEFINITE
        if _introduces_coded_group(resolver, tok, sectors):
            continue  # "A local human rights group said ... The group": the one introduced, coded
        if indefinite or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of") or _owned(resolver, tok, sectors):
            return True
    return False


def _introduces_coded_group(resolver: Resolver, tok: Token, sectors: frozenset[str]) -> bool:
    """Whether ``tok`` heads a coded mention of a group of one of ``sectors`` (one the noun
    introduced: "a local human rights group", "the activist group")."""
    return any(resolver.heads[n] == tok.i and m.code and m.sector in sectors and m.rule in REPEATING_RULES
               for n, m in enumerate(resolver.mentions))


def _owned(resolver: Resolver, tok: Token, sectors: frozenset[str]) -> bool:
    """Whether ``tok`` is some state's or some field's own ("Chad's health agency", "the national
    disaster agency"), not part of a mention of an organisation of ``sectors`` ("the UN food
    agency") nor a kind word's group ("the armed group")."""
    if not any(c.dep_ in OWNING_DEPS and c.lower_ not in KIND_WORDS for c in tok.children):
        return False
    return not any(m.start <= tok.i < m.end and m.sector in sectors for m in resolver.mentions)


def description_start(doc: Doc, noun: Token) -> int:
    """The first token ("the") of the description whose head is ``noun``."""
    if noun.i >= 2 and doc[noun.i - 1].lower_ in KIND_WORDS:
        return noun.i - 2
    return reach_start(doc_view(doc), noun.i) - 1


def described_org(resolver: Resolver, noun: Token) -> int | None:
    """The entity of the one named organisation a bare description (head ``noun``) repeats.
    The subject of the verb it is the object of is someone else ("the EU praised the bloc")."""
    sectors = DESCRIBED_SECTORS.get(noun.lower_)
    if sectors is None:
        return None
    spoken = _speakers_org(resolver, noun, sectors)
    if spoken is not None:
        return spoken  # "EU spokesman ... He says the bloc will": the speaker's own, before any named since
    if _other_group_before(resolver, noun, sectors):
        return None
    barred = resolver._clause_subject_entities(noun)
    named = {resolver.mentions[n].entity for n in resolver._recent(noun)
             if _names_or_repeats(resolver, n, noun) and resolver.mentions[n].sector in sectors
             and resolver.mentions[n].entity not in barred}
    return next(iter(named)) if len(named) == 1 else None


def _names_or_repeats(resolver: Resolver, n: int, noun: Token) -> bool:
    """Whether mention ``n`` names an organisation, or is a coded group with ``noun``'s own head noun."""
    mention = resolver.mentions[n]
    if mention.rule in NAMING_RULES:
        return True
    return mention.rule in REPEATING_RULES and resolver.doc[resolver.heads[n]].lower_ == noun.lower_


def _speakers_org(resolver: Resolver, noun: Token, sectors: frozenset[str]) -> int | None:
    """The entity of the speaker's own organisation when ``noun`` is the subject of the clause a
    report verb reports ("He says the bloc will ...": the bloc its spokesman speaks for), else ``None``."""
    clause = noun.head
    if noun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_VERBS:
        return None
    speakers = {c.i for c in clause.head.children if c.dep_ == "nsubj"}
    codes = {m.code for n, m in enumerate(resolver.mentions) if resolver.heads[n] in speakers and m.code}
    if len(codes) != 1:
        return None
    named = {m.entity for m in resolver.mentions
             if m.start < noun.i and m.rule in NAMING_RULES and m.sector in sectors and m.code in codes}
    return next(iter(named)) if len(named) == 1 else None
