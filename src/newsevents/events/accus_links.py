"""Links to an armed group reported of a named actor (CAMEO 112): "said the governor *was linked
to* the insurgents", "said it had found documents *linking* the president to the rebels".

A report that an actor has ties to an armed group accuses it, as a report that it backs one does
(``appraisals.armed_backing``, which reads "had links to", "was arming"). These two forms told
the same charge without a noun of ties and were left uncoded (the dev miss census of session 19):

- a passive verb of linking whose subject is the one linked: "Bogota said the senator was linked
  to the paramilitaries", "was tied to", "was connected with";
- a document or piece of evidence that links: "said documents linked Chavez to the FARC", "said
  it had found files linking the minister to the militia", "released a letter tying the mayor to
  a cartel". The one who reports, finds or releases it accuses the one linked.

The one accused is the theme (the target); the speaker is the source. A denied link ("said he was
not linked to", "found no documents linking") accuses no one, nor does a link to anything but an
armed group ("linked to the ruling party", "tied to the economy"), nor a link of an armed group
to another (a fact of the war), nor one of the speaker's own side.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.appraisals import FINDING, armed
from newsevents.events.clause_marks import negated
from newsevents.events.coordination import conjuncts
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

LINKED_PATTERN = "_linked"
LINKING = frozenset({"link", "tie", "connect"})
LINK_PREPS = {"to", "with"}
# Where evidence was found ("documents *on* his laptop", "files *in* the house").
PLACES = {"on", "in", "at", "from", "inside"}
# What may link someone to a group besides the lexicon's ``document_nouns``.
EVIDENCE = frozenset({"evidence", "file", "email", "e-mail", "cable", "record", "recording", "tape", "video",
                      "photo", "photograph", "intelligence", "testimony", "data"})
# Verbs that bring out a linking document: finding it and releasing it.
PRESENTING = FINDING | frozenset({"release", "publish", "present", "produce", "show", "unveil", "seize", "obtain"})


def _groups(link: Token, index: MentionIndex) -> list[Token]:
    """The armed groups a verb of linking links to ("linked ... *to the FARC*")."""
    return [g for t in fr.prep_objects(link, LINK_PREPS) for g in conjuncts(t) if armed(g, index)]


def _evidence(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is a document or a piece of evidence ("documents", "emails", "a cable")."""
    return noun.pos_ in NOUN_POS and (fr.has_lemma(noun, lex.word_list("document_nouns"))
                                      or lemma_in(noun, EVIDENCE))


def _linked(clause: Token, lex: Lexicon, index: MentionIndex) -> Token | None:
    """The one a reported clause (or the clause's own presented evidence) links to an armed group."""
    if negated(clause):
        return None
    links = [clause] if clause.lemma_.lower() in LINKING else []
    if clause.lemma_.lower() in PRESENTING:  # "had found documents linking ...": the documents' participle
        evidence = [o for o in fr.objects(clause) if _evidence(o, lex) and not _denied(o)]
        # "found documents on his laptop linking ...": the parser hangs the participle on the place
        places = [p for h in (clause, *evidence) for p in fr.prep_objects(h, PLACES)] if evidence else []
        links += [c for h in (*evidence, *places) for c in h.children
                  if c.dep_ == "acl" and c.lemma_.lower() in LINKING]
    for link in links:
        if not _groups(link, index):
            continue
        if link is clause and fr.is_passive(link):
            linked = [c for c in link.children if c.dep_ == "nsubjpass"]
        elif link is clause:  # "documents linked X to the FARC": only evidence links
            doer = fr.subject(link)
            # "no documents linked X", "found no video linking X": denied evidence links no one
            linked = fr.objects(link) if doer is not None and _evidence(doer, lex) and not _denied(doer) else []
        else:
            linked = fr.objects(link)
        linked = [t for t in linked if t.pos_ in NOUN_POS]  # a pronoun is left to the quote
        if linked:
            return linked[0]
    return None


def _denied(noun: Token) -> bool:
    """"found no documents linking ...": nothing was found."""
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children)


@gated(Gate(VERBS, lists=("report_verbs", "finding_verbs"), words=PRESENTING))
def armed_link(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """A report, finding or release that links a named actor to an armed group: the ``_linked``
    pattern, with the one linked as theme (see the module docstring)."""
    if tok.pos_ not in VERB_POS or negated(tok):
        return None
    lemma = tok.lemma_.lower()
    reporting = fr.has_lemma(tok, lex.word_list("report_verbs")) or fr.has_lemma(tok, lex.word_list("finding_verbs"))
    clauses = reported_clauses(tok) if reporting else []
    if lemma in PRESENTING:
        clauses = [*clauses, tok]  # "released documents linking ...": the verb is its own clause
    pattern = lex.construction(LINKED_PATTERN)
    if not clauses or pattern is None:
        return None
    speakers: list[ActorMention] | None = None  # worked out at the first link: most reports make none
    for clause in clauses:
        linked = _linked(clause, lex, index)
        if linked is None:
            continue
        if speakers is None:
            speaker = fr.subject(tok)
            speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
        accused = actors_of(conjuncts(linked), index, set())
        if accused and not any(s.same_entity_or_code(a) for s in speakers for a in accused) \
                and not any(armed(t, index) for t in conjuncts(linked)):
            return Match(tok, pattern, linked)
    return None
