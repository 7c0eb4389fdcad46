"""Accusations and rebukes told without a word of accusing: reported wrongdoing and angry reactions.

- "The opposition said the ruling party *had rigged* the election", "charged that the commission
  manipulated the results", '"They stole our votes," the candidate said': a speaker who reports that
  a named actor did a wrong that is no event of its own (rigging, fraud, embezzlement, a cover-up,
  deceit) accuses it (CAMEO 112, the ``_wrongdoing`` pattern); the wrongdoer is the theme. Wrongs
  that are events (attacks, arrests) are coded as reported acts elsewhere; a denied wrong ("said the
  party had not rigged the vote") accuses no one, and a pronoun doer ("said they cheated") is left
  to the quote, as the speaker's own side may be meant.
- "The opposition said *there were* gross *irregularities* in the vote", "said there had been massive
  rigging": a reported wrong in an election, told as existing, accuses whoever held the vote (CAMEO
  112, the ``_irregularities`` pattern, theme the vote, else the wrong); "said there was no fraud" is none.
- "Ankara *reacted angrily to* the French vote", "Beijing responded furiously to Washington's arms
  sale", "reacted with outrage to the ruling": an angry reaction to another's act is criticism of it
  (CAMEO 111, the ``_angry_reaction`` pattern), aimed at whoever the "to" phrase names or owns. A
  plain reaction ("reacted cautiously", "responded to the offer") is none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, first_of, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.misdeeds import public_misdeed
from newsevents.events.patterns import Lexicon
from newsevents.events.reproaches import ATTEMPTS
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.nlp.docview import doc_view
from newsevents.nlp.hyphenated import lemma_in

WRONGDOING_PATTERN = "_wrongdoing"
REACTION_PATTERN = "_angry_reaction"
IRREGULARITIES_PATTERN = "_irregularities"
# Wrongs in a vote that a report says there were ("there were irregularities in the vote").
IRREGULARITIES = frozenset({"irregularity", "fraud", "rigging", "manipulation", "malpractice", "cheating",
                            "tampering", "ballot-stuffing"})
# Where the wrong was: the vote ("irregularities in / with / during the vote").
WHERE_PREPS = {"in", "with", "during", "at", "of"}
# Marks of a clause of time or cause inside a reported clause ("after", "when", "because").
CAUSE_MARKS = frozenset({"after", "when", "because", "since", "as", "once"})
# Verbs that report a wrong as a charge: the report verbs and these ("charged that", "complained that").
CHARGING = frozenset({"charge", "complain", "claim", "contend", "allege"})
# Wrongs a speaker charges another with by reporting them: none is an event of its own.
WRONGS = frozenset({"rig", "manipulate", "falsify", "fabricate", "doctor", "cheat", "embezzle", "misappropriate",
                    "defraud", "bribe", "launder", "deceive", "mislead", "betray", "plunder", "siphon", "squander",
                    # breaking a rule or a pact ("said France had violated its airspace", "breached the truce")
                    "violate", "breach", "flout", "contravene", "infringe",
                    # hounding critics, no coded act of its own ("said police harassed its members")
                    "harass", "muzzle", "persecute", "victimize", "victimise",
                    # CAMEO 112's abuses and plots, told as another's deed ("said the board skewed the
                    # vote", "said the law discriminates", "said Moscow meddled in the vote")
                    "skew", "distort", "misrepresent", "discriminate", "oppress", "maltreat", "meddle",
                    "collude", "conspire", "extort"})
BREACHES = frozenset({"violate", "breach", "flout", "contravene", "infringe"})
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# "steal" and "abuse" charge a wrong only with these objects ("stole the election", "abused his power").
STOLEN = frozenset({"election", "vote", "votes", "poll", "ballot", "victory", "mandate", "fund", "funds", "money",
                    "aid", "resource", "resources", "wealth", "land", "seat", "seats", "result", "results"})
ABUSED = frozenset({"power", "office", "authority", "position", "mandate", "privilege"})
# "forge" is a wrong only of records ("forged the results"), never of ties ("forged an alliance").
FORGED = frozenset({"result", "results", "vote", "votes", "ballot", "ballots", "document", "documents", "signature",
                    "signatures", "figure", "figures", "record", "records", "tally", "count"})
# "orchestrated fraud", "committed massive rigging": a fraud done (never "investigated fraud", "denounced fraud").
DONE_FRAUD = frozenset({"commit", "orchestrate", "engineer", "perpetrate", "mastermind", "organize", "organise",
                        "stage"})
OBJECT_WRONGS = {"steal": STOLEN, "abuse": ABUSED, "forge": FORGED, **dict.fromkeys(DONE_FRAUD, IRREGULARITIES)}
# "covered up the killings": a cover-up (the verb with its particle).
PARTICLE_WRONGS = {"cover": "up"}
# The adverbs and "with" nouns that make a reaction (``reaction_verbs``) angry.
ANGRILY = frozenset({"angrily", "furiously", "sharply", "indignantly", "harshly", "bitterly", "testily", "fiercely",
                     "strongly", "vehemently", "scathingly"})
ANGER = frozenset({"anger", "fury", "outrage", "indignation", "condemnation", "criticism", "scorn", "dismay",
                   "disgust", "protest", "protests", "derision", "contempt", "alarm"})


def _negated(tok: Token) -> bool:
    parse = doc_view(tok.doc)
    return any(parse.deps[c] == "neg" or parse.lower[c] in ("not", "never", "n't") for c in parse.children(tok.i))


def _charging(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a verb that reports or charges a wrong ("said", "charged that"), not negated."""
    return tok.pos_ in VERB_POS and not _negated(tok) \
        and (fr.has_lemma(tok, lex.word_list("report_verbs")) or fr.has_lemma(tok, CHARGING))


def _wrong(clause: Token) -> bool:
    """Whether the verb ``clause`` names a wrong by its lemma, its object or its particle."""
    lemma = clause.lemma_.lower()
    if lemma in BREACHES and any(lemma_in(o, TRUCES) for o in fr.objects(clause)):
        return False  # "violated the ceasefire" is an act of its own (CAMEO 196), not a charge
    if lemma in WRONGS or public_misdeed(clause):  # "is destroying our wages" (events/misdeeds.py)
        return True
    if lemma in OBJECT_WRONGS:
        return any(o.lemma_.lower() in OBJECT_WRONGS[lemma] or o.lower_ in OBJECT_WRONGS[lemma]
                   for o in fr.objects(clause))
    particle = PARTICLE_WRONGS.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in clause.children)


def _wrongdoer(clause: Token) -> Token | None:
    """The named actor a reported clause says did or tried a wrong (an active verb of ``WRONGS``, or
    one an attempt verb takes: "was trying to rig the vote"), else ``None``."""
    if clause.pos_ not in VERB_POS or _negated(clause) or fr.is_passive(clause):
        return None
    aims = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS and not _negated(c)]
    if not _wrong(clause) and not (clause.lemma_.lower() in ATTEMPTS and any(_wrong(a) for a in aims)):
        return None
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if doer is None and clause.dep_ == "conj":  # "had stolen the grain and deceived its partners"
        doer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return doer if doer is not None and (doer.pos_ in NOUN_POS or _acronym(doer)) else None


def _acronym(tok: Token) -> bool:
    """"say CENI skewed the vote": the tagger takes an unknown all-capital name for an adjective."""
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def _passive_wrongdoer(clause: Token) -> Token | None:
    """"said the election was rigged *by the ruling party*", "the vote was stolen by the junta": the
    agent of a passive wrong. With no agent ("was rigged") the wrong has no doer named here."""
    lemma = clause.lemma_.lower()
    undergoers = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if lemma in BREACHES and any(lemma_in(u, TRUCES) for u in undergoers):
        return None  # "the truce was violated by the army" is an act of its own (CAMEO 196)
    wrong = lemma in WRONGS or any(u.lemma_.lower() in OBJECT_WRONGS.get(lemma, ()) for u in undergoers)
    agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return agents[0] if wrong and agents and agents[0].pos_ in NOUN_POS and not _negated(clause) else None


def _told_beside(clause: Token) -> list[Token]:
    """The verbs a reported clause tells beside its own: its joined verbs ("had stolen the grain and
    deceived"), and the clauses of time or cause it holds ("was ready to fight *after* the president
    had rigged the vote"), with theirs."""
    doc, parse = clause.doc, doc_view(clause.doc)
    deps, pos = parse.deps, parse.pos
    # the clauses of cause a document holds, found once: most reported clauses hold none, and are
    # spared the walk of their subtree (which keeps the parse's order when one does)
    marked: list[int] = parse.once("wrongdoing.causes", lambda: [
        v for v in range(len(deps)) if deps[v] == "advcl" and pos[v] in VERB_POS
        and any(deps[m] == "mark" and parse.lower[m] in CAUSE_MARKS for m in parse.children(v))])
    tops = {clause.i}
    causes = [v for v in clause.subtree if v.i in marked] if any(parse.under(v, tops) for v in marked) else []
    joined = [doc[c] for head in (clause.i, *(v.i for v in causes)) for c in parse.children(head)
              if deps[c] == "conj" and pos[c] in VERB_POS]
    return causes + joined


def _reported_wrong(tok: Token, lex: Lexicon, doer_of: Callable[[Token], Token | None]) -> Match | None:
    """The ``_wrongdoing`` match of a charging verb, with the doer ``doer_of`` finds in one of its
    reported clauses (or their joined verbs) as the theme."""
    if not _charging(tok, lex):
        return None
    pattern = lex.construction(WRONGDOING_PATTERN)
    if pattern is None:
        return None
    for clause in reported_clauses(tok):
        for act in [clause, *_told_beside(clause)]:
            doer = doer_of(act)
            if doer is not None:
                return Match(tok, pattern, doer)
    return None


@gated(Gate(VERBS, lists=("report_verbs",), words=CHARGING))
def wrongdoing(tok: Token, lex: Lexicon) -> Match | None:
    """"said the ruling party had rigged the vote", "charged that the commission manipulated the
    results": the named wrongdoer of a reported clause is the theme (the speaker accuses it)."""
    return _reported_wrong(tok, lex, _wrongdoer)


@gated(Gate(VERBS, lists=("report_verbs",), words=CHARGING))
def agent_wrongdoing(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"said the election was rigged by the ruling party": the passive wrong's agent, when it is an
    actor, is the theme. Read before the reported judgements (``matching.characterization``), which
    took "rigged" for a verdict on the vote and aimed it at the government, whoever the agent was;
    an agent that is no actor ("by the board") leaves the verdict to them."""
    found = _reported_wrong(tok, lex, _passive_wrongdoer)
    return found if found is not None and found.theme is not None and actors_of([found.theme], index, set()) else None


@gated(Gate(VERBS, lists=("reaction_verbs",)))
def angry_reaction(tok: Token, lex: Lexicon) -> Match | None:
    """"reacted angrily to the French vote", "responded with fury to the ruling": the "to" object is
    the theme (its owner or agent, or itself when an actor, is criticised)."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("reaction_verbs")) or _negated(tok):
        return None
    angry = any(c.dep_ == "advmod" and c.lower_ in ANGRILY for c in tok.children) or any(
        o.lemma_.lower() in ANGER for o in fr.prep_objects(tok, {"with"}))
    reacted_to = fr.prep_objects(tok, {"to"})
    pattern = lex.construction(REACTION_PATTERN)
    if not angry or not reacted_to or pattern is None:
        return None
    return Match(tok, pattern, reacted_to[0])


@gated(Gate(VERBS, lists=("report_verbs",), words=CHARGING))
def irregularities(tok: Token, lex: Lexicon) -> Match | None:
    """"said there were gross irregularities in the vote": the vote (else the wrong) is the theme;
    its holder is the target (see :func:`~newsevents.events.disapproval.vote_target`)."""
    if not _charging(tok, lex):
        return None
    pattern = lex.construction(IRREGULARITIES_PATTERN)
    for clause in reported_clauses(tok):
        if clause.lemma_.lower() != "be" or _negated(clause) or not any(c.dep_ == "expl" for c in clause.children):
            continue
        wrongs = [c for c in clause.children if c.dep_ in ("attr", "nsubj") and lemma_in(c, IRREGULARITIES)
                  and not any(d.lower_ in ("no", "little") for d in c.children)]
        if wrongs and pattern is not None:
            votes = fr.prep_objects(wrongs[0], WHERE_PREPS) + fr.prep_objects(clause, WHERE_PREPS)
            return Match(tok, pattern, votes[0] if votes else wrongs[0])
    return None


reproach = first_of(wrongdoing, angry_reaction, irregularities,
                    name="reproach", doc="The first frame of this module that a token triggers, else ``None``.")
