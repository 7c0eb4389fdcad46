"""Reported claims about conflict, which leave the reported act unproven.

"Amnesty alleged that the army had tortured detainees" is Amnesty's accusation against the army
(CAMEO 112, or 1121-1124 by what is alleged: a crime, a rights abuse, aggression, an atrocity);
the torture itself is not coded as fact. When the doer of the claimed act is the speaker itself
("the group claimed that it had shelled the port"), the claim is a claim of responsibility (015)
aimed at the act's target; so is an admission ("the army acknowledged that its troops had fired
on ..."), whose act stays a fact. A document that alleges ("a report released by the ombudsman")
speaks for its issuer. Plain reported speech ("said that Y attacked Z") is not handled here:
the reported event is coded as usual.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.criticism_forms import REPORT_GATE, reports_clause
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match
from newsevents.events.modality import FACT, NEGATED, mood
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.triggers import triggers_of
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.typed_spacy import token_conjuncts
from newsevents.records import ActorMention

ALLEGE_PATTERN = "_allege"
VICTIM_PATTERN = "_victim"
CLAIM_CODE = "015"
# The lowest CAMEO root of an act whose report is an accusation: 13 threaten .. 20 mass violence.
CONFLICT_ROOT = codebook.THREATEN
LOCATIVE_PREPS = {"in", "at", "near", "inside", "around", "outside"}
# The lowest root of an act whose report by its victim is an accusation: 18 assault .. 20.
VICTIM_ROOT = 18
TARGET_PREPS = {"on", "against", "at"}
# Prepositions that place an act beside a place rather than in it ("near the border", "outside Gori").
BESIDE_PREPS = frozenset({"near", "outside"})
# The two armed sides of a war within one country: the state's forces and the armed groups they fight.
STATE_SIDE = frozenset({"GOV", "MIL", "COP"})
REBEL_SIDE = frozenset({"REB", "INS"})
# Country rules of a story-level guess (see :mod:`newsevents.story.context`).
GUESSED_COUNTRY = frozenset({"story", "nearby"})
# Who speaks for a side: its government and army (a police report of a crime is no side's charge).
SIDE_SPEAKERS = frozenset({"GOV", "MIL", "REB", "INS"})
# Doers that name a lone attacker rather than a side ("a suicide bomber", "gunmen"): a report of
# their act is news, not one side's charge against the other.
LONE_DOERS = frozenset({"bomber", "gunman", "gunmen", "attacker", "assailant", "suspect", "man", "men",
                        "kidnapper", "abductor", "assassin", "shooter", "sniper", "individual", "person"})


def act_root(tok: Token, lex: Lexicon) -> int | None:
    """The CAMEO root of the act ``tok`` names when it is conflictual, else ``None``."""
    if fr.has_lemma(tok, lex.word_list("atrocity_nouns")):
        return codebook.MASS_VIOLENCE
    if fr.has_lemma(tok, lex.word_list("rights_nouns")):
        return codebook.COERCE
    if fr.has_lemma(tok, lex.word_list("crime_nouns")):
        return codebook.THREATEN
    if tok.pos_ not in VERB_POS | NOUN_POS:
        return None
    found = best_match(tok, lex)
    if found is None or found.pattern.cameo[:1] == "_":
        return None
    root = codebook.root_of(found.pattern.cameo)
    return root if root >= CONFLICT_ROOT else None


def alleged_acts(verb: Token, lex: Lexicon) -> list[Token]:
    """The conflictual acts reported in the that-clauses of ``verb`` (and their conjuncts)."""
    doc = verb.doc
    # asked of the same report verb by several constructions: worked out once per verb and lexicon
    found = doc_view(doc).memo(f"alleged_acts.{id(lex)}", verb.i, lambda _: tuple(t.i for t in _alleged(verb, lex)))
    return [doc[i] for i in found]


def _alleged(verb: Token, lex: Lexicon) -> list[Token]:
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in token_conjuncts(clause) if c.dep_ == "conj"]
    doc, parse = verb.doc, doc_view(verb.doc)
    # most words can name no act: the words that may, found once per document by a set test on the
    # view, are the only ones looked for in the clauses' subtrees and given to the matchers
    tops = {clause.i for clause in clauses}
    return [doc[i] for i in _act_words(parse, lex) if parse.under(i, tops) and act_root(doc[i], lex) is not None]


def _act_words(parse: DocView, lex: Lexicon) -> list[int]:
    """The words of the document whose lemma forms hold a word of an act, in text order."""
    def find() -> list[int]:
        act_words = triggers_of(lex).acts
        return [i for i, forms in enumerate(parse.forms) if not act_words.isdisjoint(forms)]
    found: list[int] = parse.once(f"act_words.{id(lex)}", find)
    return found


def _admission(verb: Token, lex: Lexicon) -> bool:
    return fr.has_lemma(verb, lex.word_list("admit_verbs"))


def unproven_acts(verb: Token, lex: Lexicon) -> list[Token]:
    """The acts an allegation leaves unproven (an admission's acts are facts)."""
    return [] if _admission(verb, lex) else alleged_acts(verb, lex)


@gated(Gate(VERBS, lists=("allege_verbs", "admit_verbs")))
def allegation(tok: Token, lex: Lexicon) -> Match | None:
    """An uncertain-reporting verb ("alleged", "claimed") or an admission ("acknowledged") whose
    that-clause reports a conflictual act: the ``_allege`` pattern, with the first act as theme."""
    if tok.pos_ not in VERB_POS or not (fr.has_lemma(tok, lex.word_list("allege_verbs")) or _admission(tok, lex)):
        return None
    acts = alleged_acts(tok, lex)
    patterns = lex.for_token("verb", ALLEGE_PATTERN)
    if not acts or not patterns:
        return None
    return Match(tok, patterns[0], acts[0])


@gated(REPORT_GATE)
def victim_report(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"Georgian officials said Russian aircraft bombed villages near Gori": a side that reports an
    attack on itself by another country accuses it (the ``_victim`` pattern), as CAMEO coders code
    it; the act itself is then not coded (:mod:`~newsevents.events.reported_attacks`). So does one
    armed side of a war within a country reporting the other's violence ("the army said rebels blew
    up the bridge"), whose act is still coded. An act the speaker denies ("said troops did not shell
    the town") charges no one.
    Neutral reports ("Reuters said") and reports of one's own acts or of acts between others are no
    accusation."""
    if tok.pos_ not in VERB_POS or not reports_clause(tok, lex) \
            or not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    # the reported violence first: most clauses of "said" tell none, and the acts are worked out
    # once per verb for every construction that asks (the speaker's actors are not)
    acts = [a for a in alleged_acts(tok, lex) if (act_root(a, lex) or 0) >= VICTIM_ROOT and _told_done(a, lex)]
    if not acts:
        return None
    speaker = fr.subject(tok)
    speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
    own = {m.country for m in speakers if m.country}
    if len(own) != 1:
        return None
    act = acts[0]
    doer_mentions = act_doers(act, index)
    # a speaker whose country is only guessed, beside doers whose country is their own, may be of
    # another country ("Syrian rebels engaged peacekeepers, military officials said")
    if _domestic_foes(speakers, doer_mentions, own) and not (
            any(_guessed(m, index) for m in speakers) and not all(_guessed(d, index) for d in doer_mentions)):
        patterns = lex.for_token("verb", VICTIM_PATTERN)
        return Match(tok, patterns[0], act) if patterns else None
    doers = {d.country for d in doer_mentions if d.country}
    # whom the act hit: its objects, or a place it happened in or beside by name ("near the border" is
    # no victim); "fired rockets *into* Israel": where a missile lands is whom it hit
    aimed = [t for t in act_targets(act) if _hit_place(t)] + fr.prep_objects(act, {"into"})
    hit = {m.country for m in actors_of(aimed, index, set()) if m.country}
    if not doers or doers & own or not own <= hit:
        return None
    patterns = lex.for_token("verb", VICTIM_PATTERN)
    return Match(tok, patterns[0], act) if patterns else None


def _hit_place(target: Token) -> bool:
    """Whether a target of an act names what it hit: any but a place it fell beside, unless that place
    is named ("bombed a village near Gori", "shelled a depot outside Kharkiv" hit the speaker's land;
    "near the border" may be either side's)."""
    return target.head.lower_ not in BESIDE_PREPS or target.pos_ == "PROPN"


def _told_done(act: Token, lex: Lexicon) -> bool:
    """Whether a reported act is told as done: "said troops did not shell the town" or "said troops
    may shell it" charges no one."""
    return _mood(act, lex) == FACT


def _denied(act: Token, lex: Lexicon) -> bool:
    return _mood(act, lex) == NEGATED


def _mood(act: Token, lex: Lexicon) -> str:
    return mood(act, act if act.pos_ in VERB_POS else fr.clause_verb(act), lex).kind


def _domestic_foes(speakers: list[ActorMention], doers: list[ActorMention], own: set[str]) -> bool:
    """Whether the speakers and the doers of the act they report are the two armed sides of one
    country's war ("the army said the rebels blew up the bridge", "the rebels said troops shelled the
    village"): such a report accuses the other side, whoever the act hit."""
    said = {m.sector for m in speakers}
    done = {d.sector for d in doers}
    if not said or not done or None in said or None in done or not said <= SIDE_SPEAKERS:
        return False
    if any(word in LONE_DOERS for d in doers for word in d.text.lower().split()[-1:]):
        return False  # "a suicide bomber killed five": no side named
    foes = (said <= STATE_SIDE and done <= REBEL_SIDE) or (said <= REBEL_SIDE and done <= STATE_SIDE)
    return foes and {d.country for d in doers if d.country} <= own


def _guessed(mention: ActorMention, index: MentionIndex) -> bool:
    """Whether the country of ``mention`` is a guess from the sentence or the story ("officials said"
    in a story of Syrian rebels), not its own phrase's."""
    actors = index.doc_actors
    return mention.rule == "context-country" or (
        0 <= mention.entity < len(actors) and actors[mention.entity].country_rule in GUESSED_COUNTRY)


def accusation_code(acts: list[Token], lex: Lexicon) -> str:
    """The accusation code by the gravest act alleged: atrocity 1124, aggression 1123, rights
    abuse 1122, crime 1121, otherwise 112."""
    if all(fr.has_lemma(a, lex.word_list("crime_nouns")) for a in acts):
        return "1121"
    roots = [act_root(a, lex) or 0 for a in acts]
    if 20 in roots:
        return "1124"
    if 18 in roots or 19 in roots:
        return "1123"
    if 17 in roots:
        return "1122"
    return "112"


def issuer(noun: Token, index: MentionIndex, lex: Lexicon) -> list[ActorMention]:
    """Who speaks through a document: "released by X", "X's report", "a UN report"; failing those,
    the capital or country it was issued in ("released in the Rwandan capital"), a weak cue."""
    if not fr.has_lemma(noun, lex.word_list("document_nouns")):
        return []
    issued = [c for c in noun.children if c.dep_ == "acl" and fr.has_lemma(c, lex.word_list("issue_verbs"))]
    agents = [o for verb in issued for o in fr.prep_objects(verb, {"by"})]
    found = actors_of(agents, index, set()) or actors_of([noun], index, set())
    if found:
        return found
    places = [o for verb in issued for o in fr.prep_objects(verb, {"in", "from"})]
    return [m for m in actors_of(places, index, set()) if m.country and not m.sector]


def act_targets(act: Token) -> list[Token]:
    """Where an act was aimed: its object ("attacked Iraq"), "on"/"against" phrases (a noun's own or
    its light verb's), what an attached participle targets ("an attack targeting X"), else where it
    happened."""
    direct = fr.objects(act) if act.pos_ in VERB_POS else []
    direct += fr.prep_objects(act, TARGET_PREPS)
    if act.pos_ in NOUN_POS and act.dep_ == "dobj" and act.head.pos_ in VERB_POS:
        # "made an attack late Tuesday on Eritrean forces": the parser hangs the noun's "on" on its
        # light verb when a time phrase stands between them
        direct += fr.prep_objects(act.head, TARGET_PREPS)
    direct += [o for c in act.children if c.dep_ == "acl" for o in fr.objects(c) + fr.prep_objects(c, TARGET_PREPS)]
    places = [t for t in act.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS]
    return direct + places


def responsibility_targets(claim: Token) -> list[Token]:
    """"claimed responsibility for the bombing of X": the targets of the act claimed."""
    return [t for act in fr.prep_objects(claim, {"for"}) for t in act_targets(act)]


def _compatriot(speaker: ActorMention, doer: ActorMention) -> bool:
    """"Iran acknowledged that its forces shot down the airliner": an admission is of one's own
    side's act, so a doer of the speaker's country is the speaker's own (a claim, not news)."""
    return bool(speaker.country) and doer.country == speaker.country


def act_doers(act: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors who do ``act``: its clause's subject, or a noun's own modifier."""
    verb = act if act.pos_ in VERB_POS else fr.clause_verb(act)
    doer = fr.subject(verb)
    if doer is None and act.pos_ in NOUN_POS:
        # "the army's shelling of Mosul", "Russian shelling": the noun's own modifier does it
        return actors_of([c for c in act.children if c.dep_ in ("poss", "compound", "amod")], index, set())
    return actors_of(conjuncts(doer), index, set()) if doer is not None else []


def code_allegation(match: Match, index: MentionIndex, lex: Lexicon
                    ) -> list[tuple[str, ActorMention, ActorMention | None]]:
    """The (code, source, target) triples an allegation codes: the speaker's accusation against
    each doer, or its claim of responsibility against each target of its own acts."""
    verb = match.token
    speaker = fr.subject(verb)
    if speaker is None:
        return []
    speakers = actors_of(conjuncts(speaker), index, set()) or issuer(speaker, index, lex)
    acts = alleged_acts(verb, lex)
    out: list[tuple[str, ActorMention, ActorMention | None]] = []
    code = accusation_code(acts, lex)
    admission = _admission(verb, lex)
    for source in speakers:
        for act in acts:
            doers = act_doers(act, index)
            if any(source.same_entity_or_code(d) or (admission and _compatriot(source, d)) for d in doers):
                if _denied(act, lex):
                    continue  # "said it had not attacked Gaza": a denial claims nothing
                targets = [t for t in actors_of(act_targets(act), index, set()) if not source.same_entity_or_code(t)]
                out += [(CLAIM_CODE, source, t) for t in targets[:1]] or [(CLAIM_CODE, source, None)]
            elif not admission:  # "admitted that Y fired" accuses no one
                out += [(code, source, d) for d in doers if not source.same_entity_or_code(d)]
    # One claim per accused country: "France knew ... and the French military helped" is one
    # accusation against France, named first.
    unique: dict[tuple[str, int, str], tuple[str, ActorMention, ActorMention | None]] = {}
    for code, s, t in out:
        key = (code, s.start, (t.country or str(t.start)) if t is not None else "")
        unique.setdefault(key, (code, s, t))
    return list(unique.values())
