"""The state that reports its own act in the passive: "the junta said all outgoing ministers were
invited to a meeting", "Iran's foreign ministry said the British ambassador was summoned", "the
interior ministry announced that 200 prisoners were released".

An authority that tells of a step it took often tells it in the passive, naming no agent: the
speaker is the doer. The act had no doer, and an act with no doer is left out
(:mod:`newsevents.events.unattributed`). When a passive with no "by" agent is the clause a verb of
saying or announcing reports, and that verb's subject is a state (a government, its army, police,
courts or diplomats, a bare country) or an international organisation, the speaker is the act's
doer (rule suffix ``+reporting-state``). Only with a coded patient of another side ("the army said
two soldiers were wounded" tells what was done to the speaker, not by it), only for the steps a
state takes (see ``REPORTED_ROOTS``: violence is left out, "the government said twelve rebels were
killed" does not say who killed them), and only for a step taken, not one announced for later.
The implied police, courts and authorities are tried first
(:func:`newsevents.events.pairing.implied_sources`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coref import STATE_SECTORS
from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

# Verbs by which an authority tells of its own steps.
ANNOUNCING_VERBS = frozenset({"say", "announce", "state", "confirm", "declare", "report", "tell", "add"})
# Roots of the steps a state takes and tells of in the passive: invitations and talks (03, 04),
# releases and concessions (08), summonses and protests to envoys (11), refusals (12), cut ties and
# expulsions (16), bans and arrests (17). Not a protest (a crowd's), aid or support ("were helped"
# by anyone), a threat ("the order was threatened": endangered) or violence ("said twelve rebels
# were killed in the fighting" names no killer).
REPORTED_ROOTS = frozenset({3, 4, 8, 11, codebook.REJECT, 16, codebook.COERCE})
# A step announced for later ("would be dissolved") is no step taken.
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})


def _report_verb(verb: Token) -> Token | None:
    """The verb of saying whose reported clause ``verb`` heads (or is joined to)."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        verb = verb.head  # "said ministers were invited and governors were replaced"
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    if fr.is_passive(head) or any(c.dep_ == "neg" for c in head.children):
        return None  # "it was announced that ...", "did not say that ..."
    return head


def _state(mention: ActorMention) -> bool:
    """Whether ``mention`` is a state or an international organisation."""
    code = mention.code or ""
    if code.startswith("IGO"):
        return True
    if not mention.country:
        return False
    return mention.sector in STATE_SECTORS or (mention.sector in (None, "") and mention.kind == "country")


def reporting_doer(match: Match, code: str, targets: list[ActorMention],
                   index: MentionIndex) -> ActorMention | None:
    """The state that reports ``match``'s agentless passive act as its own, else None."""
    tok = match.token
    if match.pattern.pos != "verb" or codebook.root_of(code) not in REPORTED_ROOTS:
        return None
    if not fr.is_passive(tok) or any(c.dep_ == "agent" or c.lower_ in MODALS for c in tok.children):
        return None
    report = _report_verb(tok)
    speaker = fr.subject(report) if report is not None else None
    mention = index.actor(speaker) if speaker is not None else None
    if mention is None or not mention.code or not _state(mention):
        return None
    patients = [t for t in targets if t.code]
    # what was done to the speaker's own side is not its act
    if not patients or any(_same_side(t, mention) for t in patients):
        return None
    return mention


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions (both coded) are one actor, or of one country and sector."""
    return a.same_entity_or_code(b) or (bool(a.country) and a.country == b.country and a.sector == b.sector)
