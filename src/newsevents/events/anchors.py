"""Protest and repression nouns that report an event by their own phrase.

A noun trigger usually codes only where a verb reports it ("staged a protest", "protests
erupted"; see :func:`~newsevents.events.licensing.license_noun`). Real news also names a protest that
happened, or the force used on one, by what its own phrase says of it:

- a span of time: "a week of protests", "three weeks of demonstrations";
- who called it or marched: "protests called by the opposition", "a march by thousands";
- where it stood: "a sit-in in front of the ministry", "a rally outside parliament",
  "protests in Minsk";
- its day: "Saturday's march", "the protest on Monday";
- for force on a crowd, its doer and its target: "police brutality on the protesters".

Generic talk about protest is none of these: a noun that modifies another ("protest laws"), or
one governed by a word of rules, rights, plans, requests or prevention ("the right to protest",
"a ban on rallies", "called for protests", "to prevent a march"). Nor is a protest that is the
subject or object of a modal or negated verb ("could face protests"): whether it happens is open.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.nlp.docview import doc_view

REPRESSION = "175"
"""Violent repression: its nouns ("police brutality on marchers") anchor like protests."""
# Prepositions that put a protest in front of a building or a place.
STANDING_PREPS = frozenset({"outside", "opposite", "near"})
# Prepositions that put it in a named place ("protests in Minsk", "rallies across Kenya").
PLACE_PREPS = frozenset({"in", "at", "across", "throughout"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Words that put a time of day in the past ("last night's protests"); "tonight's protest" may be still to come.
PAST_TIME_WORDS = frozenset({"last", "overnight"})
# Participles naming who organised a protest ("called by the opposition").
ORGANISE_VERBS = frozenset({"call", "organize", "organise", "lead", "stage", "hold", "mount", "launch",
                            "spearhead", "convene", "sponsor", "back"})
# Verbs that tell an act as happening at a time and place: a bare "rioting" they report is one outbreak.
OUTBREAK_VERBS = frozenset({"erupt", "flare", "occur", "happen", "rage", "escalate", "intensify"})
# Organisers named by whom they oppose ("opponents of the president"): not that actor.
OPPONENT_NOUNS = frozenset({"opponent", "critic", "foe", "detractor", "enemy", "adversary"})
# Words under which a protest is a topic, not an event ("a ban on protests", "protest rights").
GENERIC_HEADS = frozenset({"law", "bill", "legislation", "ban", "rule", "regulation", "restriction",
                           "prohibition", "permit", "limit", "curb", "decree", "policy", "threat",
                           "risk", "fear", "possibility", "culture", "history", "tradition"})
# Governing words of possible acts: "plans a march", "called for protests", "the right to protest".
GENERIC_LISTS = ("modal_nouns", "prevent_verbs", "intent_verbs", "intent_nouns", "request_verbs", "threat_verbs",
                 "refusal_verbs", "denial_verbs", "prediction_verbs")
# Prepositions that set an act inside another one ("during the meeting", "at the talks").
INSIDE_PREPS = frozenset({"during", "at", "in"})
# Nouns that refer to protests as a cause or a model ("in support of demonstrations in Egypt",
# "following the trend of protests in Brazil"): those protests are told as the reason for another,
# not as an event of the story.
REFERENCE_HEADS = frozenset({"support", "solidarity", "trend"})
# How many heads up a protest noun is looked at for a governing word of rules or prevention.
GENERIC_DEPTH = 3


def anchored(match: Match, tok: Token, lex: Lexicon) -> bool:
    """Whether a protest or repression noun reports an event by its own phrase (see the module
    doc). ``tok`` heads the noun's phrase (a span noun for "weeks of protests"). On success the
    verb the phrase is subject or object of (else the noun itself) is recorded as the event's
    verb, for its mood and date."""
    noun = match.token
    cameo = match.pattern.cameo
    if codebook.root_of(cameo) != codebook.PROTEST and cameo != REPRESSION:
        return False
    if tok.dep_ in ("compound", "amod", "nmod") or _generic(tok, lex) or _referenced(tok):
        return False
    if cameo == REPRESSION:
        found = _doer(noun) and bool(fr.prep_objects(noun, {"on", "against"}))
    else:
        found = match.spanned or _organised(noun) or _placed(noun) or _dated(noun)
    verb = governing_verb(tok)
    if verb is not None and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False  # "will no longer tolerate rallies by X", "could face protests in Y": no fact either way
    if found:
        match.verb = verb or noun
    return found


def organisers(noun: Token) -> list[Token]:
    """Who called or marched in a protest: the agents of a participle on its noun ("protests
    *called by the opposition*"), and a "by" the parser hung on the noun the protest is "of"
    ("the close of a rally *by nurses*")."""
    found = [t for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
             and fr.has_lemma(acl, ORGANISE_VERBS) for t in fr.prep_objects(acl, {"by"})]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        found += [t for t in fr.prep_objects(head.head, {"by"}) if t.i > noun.i]
    # "organised by critics of the governor": not the governor; left to the implied civilians
    return [t for t in found if t.lemma_.lower() not in OPPONENT_NOUNS]


def _generic(tok: Token, lex: Lexicon) -> bool:
    """"the right to protest", "a ban on rallies", "prevent a march": a topic, no event."""
    return governed_by(tok, GENERIC_HEADS.union(*(lex.word_list(name) for name in GENERIC_LISTS)))


def _referenced(tok: Token) -> bool:
    """"in support of demonstrations in Egypt", "the trend of protests in Brazil": protests named as
    another's cause or model (see :data:`REFERENCE_HEADS`)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in REFERENCE_HEADS


def governed_by(tok: Token, heads: frozenset[str], depth: int = GENERIC_DEPTH) -> bool:
    """Whether a word of ``heads`` governs the phrase ``tok`` heads, within ``depth`` heads up and
    before any verb (also read by :mod:`newsevents.events.agent_nouns` for possible acts)."""
    current = tok
    for _ in range(depth):
        if current.head.i == current.i:
            return False
        current = current.head
        if fr.has_lemma(current, heads):
            return True
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


def _organised(noun: Token) -> bool:
    return bool(organisers(noun)) or bool(fr.prep_objects(noun, {"by"}))


def _placed(noun: Token) -> bool:
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in STANDING_PREPS and objects:
            return True
        if prep.lower_ == "in" and any(o.lower_ == "front" for o in objects):
            return True  # "in front of the ministry"
        if prep.lower_ in PLACE_PREPS and any(o.ent_type_ in PLACE_ENTS for o in objects):
            return True
    return False


def _dated(noun: Token) -> bool:
    """"Saturday's march", "the rally on Monday", "a protest last week", "last night's protests" (a
    time of day told as past; not "tonight's protest")."""
    for child in noun.children:
        if child.dep_ in ("poss", "npadvmod") and (child.ent_type_ == "DATE" or _past_time(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in child.children):
            return True
    return False


def _past_time(word: Token) -> bool:
    """Whether ``word`` is a time of day told as past: "*last night*'s protests", "an *overnight* march"."""
    return word.ent_type_ == "TIME" and any(t.lower_ in PAST_TIME_WORDS for t in word.subtree)


def _doer(noun: Token) -> bool:
    """"*police* brutality", "the army's repression": the noun names who uses the force."""
    return any(c.dep_ in ("compound", "poss") for c in noun.children)


def governing_verb(tok: Token) -> Token | None:
    """The verb whose subject or object the phrase is ("weeks of protests *shook* Bolivia"): its
    mood is the event's. A phrase in an adjunct ("after weeks of protests") is a fact of its own."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head  # (an "attr": "there would have been protests")
    return None


def back_reference(match: Match, key: tuple[str | None, str | None, str], earlier: list[tuple[str | None,
                   str | None, str]]) -> bool:
    """"the protest", "this week's demonstration": a definite protest noun after a protest with
    the same countries names that protest again, not a new one; so does any other definite act
    noun with no target after an act of the same root by the same source ("repeated the demand") (``key``
    and ``earlier``: source and target country, and CAMEO code, of it and of the events before it)."""
    noun = match.token
    if match.pattern.pos != "noun":
        return False
    root = codebook.root_of(key[2])
    if root != codebook.PROTEST:
        # "urged him to quit ... the generals repeated the demand on radio": a definite
        # act noun with no target, after an act of the same kind by the same source, is that act
        if not _definite(noun) or key[0] is None:
            return False
        if key[1] is None:
            return any(k[0] == key[0] and codebook.root_of(k[2]) == root for k in earlier)
        # "met the Somali president ... During the meeting, the two leaders": the definite act
        # noun names the act already told between the same sides (either way round, but for an act
        # one side does to the other), not a new one
        sides = {(key[0], key[1])} if root in codebook.DIRECTED_ROOTS else {(key[0], key[1]), (key[1], key[0])}
        return any(k[:2] in sides and codebook.root_of(k[2]) == root for k in earlier)
    definite = _definite(noun) or (match.spanned and _definite(noun.head.head))  # "the second day of protest"
    return definite and any(k[:2] == key[:2] and codebook.root_of(k[2]) == codebook.PROTEST for k in earlier)


def inside_retold(match: Match, code: str, retold: dict[int, int]) -> bool:
    """"During the meeting, the two leaders discussed ...": an act set inside an act told before
    (``retold``: the token of each act noun that names an earlier act again, with its root) and of
    the same root is part of that act, not another one."""
    verb = match.verb or match.token
    root = codebook.root_of(code)
    parse = doc_view(verb.doc)
    deps, lower = parse.deps, parse.lower
    return any(deps[p] == "prep" and lower[p] in INSIDE_PREPS and deps[o] == "pobj" and retold.get(o) == root
               for p in parse.children(verb.i) for o in parse.children(p))


def generic_mass_noun(match: Match) -> bool:
    """"peaceful protest is democratic": a bare singular protest noun speaks of protest in general;
    not when it broke out ("rioting erupted in the capital", "rioting that took place in Nukualofa")."""
    noun = match.token
    return match.pattern.pos == "noun" and not match.spanned and noun.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod") and not _complementizer(c) for c in noun.children) \
        and not _broke_out(noun)


def _broke_out(noun: Token) -> bool:
    """Whether a noun is told as breaking out: the subject of "erupted", "broke out", "took place",
    or of such a relative clause on it ("rioting that took place in ...")."""
    clauses = [noun.head] if noun.dep_ == "nsubj" else []
    clauses += [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in fr.RELATIVE_PRONOUNS for s in c.children)]
    return any(_outbreak_verb(v) for v in clauses)


def _outbreak_verb(verb: Token) -> bool:
    """Whether ``verb`` tells that something broke out or took place ("erupted", "broke out", "took place")."""
    lemma = verb.lemma_.lower()
    if lemma in OUTBREAK_VERBS:
        return True
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj")}
    return (lemma == "break" and "out" in parts) or (lemma == "take" and "place" in parts)


def _complementizer(det: Token) -> bool:
    """"wrote that nonviolent protest is ...": a "that" after a verb opens its clause (a parser's
    slip makes it the noun's determiner)."""
    return det.lower_ == "that" and det.i > 0 and det.doc[det.i - 1].pos_ == "VERB"


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in noun.children)
