"""Commitments to an agreement told earlier are aimed at its other party.

"Lebed and Maskhadov signed a peace accord ... Ahmeti said his fighters would support *the
agreement*"; "Pastrana opened peace talks with the FARC ... the government remained committed to *the
talks*"; "The United States urged the rebels to end their offensive ... the Liberian government has
agreed to *the proposal*": an intent or a cooperation (roots 03, 05) whose only object is a definite
noun for an agreement, a truce, talks or a proposal names no one, so it was dropped (no partner) or
coded with no target. Such a noun refers back to the act told earlier in the article: the commitment
of one of its parties is aimed at the other party (the gold codes MKDREB -> MKDGOV 032, COLGOV ->
COLREB 036), and acceptance of a proposal at whoever made it (LBRGOV -> USAGOV 030).

The coder lets such an act through untargeted with :data:`PENDING` in its rule
(:func:`agreement_theme`, in ``coder._pair_events``), and :func:`aim_at_parties` (after the
article's acts are known) fills its target from the latest earlier act within
:data:`WINDOW_SENTENCES` sentences: a joint act (talks, an agreement, a ceasefire: roots 03, 04, 05,
08) of which the doer is a party, or, for a proposal, plan or offer, an appeal, demand or offer
(roots 02, 03, 10) aimed at the doer's country. A pending act with no such earlier act is dropped, as
before; a third party's reaction ("the United States welcomed the agreement") is left to
:mod:`~newsevents.events.anaphora` (the doer is no party).

A truce declared or kept with no one named ("the rebels declared a unilateral ceasefire", 087x) is
resolved the same way, at the doer's enemy in the latest fighting told (roots 18-20) or the other party
of the latest truce or talks. So is a vowed retaliation with no one named (session 19): "Hamas declared
it would retaliate", "says Turkey ... will retaliate when necessary" answer the fighting told just
before (anywhere earlier in the article, often its lead), and threaten the doer's enemy in it (138);
with no such fighting it is dropped, as before.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.emit import Found
from newsevents.events.matching import Match
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

PENDING = "+pending-parties"
RESOLVED = "+agreement-party"
ANSWERED = "+answered-fight"
# Acts that commit their doer to an earlier agreement: intents (03) and cooperation (05).
COMMITTED_ROOTS = frozenset({3, 5})
# Nouns for a joint act two parties made, and for a proposal one party made to the other.
JOINT_NOUNS = frozenset({"agreement", "accord", "deal", "pact", "treaty", "ceasefire", "cease-fire", "truce",
                         "armistice", "talk", "negotiation", "dialogue", "settlement", "roadmap"})
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "offer", "initiative", "request", "demand", "call"})
# Earlier acts a joint noun refers back to (talks, agreements, truces), and a proposal noun.
JOINT_ROOTS = frozenset({3, 4, 5, 8})
PROPOSAL_ROOTS = frozenset({2, 3, 10})
WINDOW_SENTENCES = 6
# Truces (087x): declared or kept with no one named, they are aimed at the doer's enemy in the
# latest fighting told (roots 18-20) or its other party in the latest truce or talks.
TRUCE = "087"
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# "agreed to the proposal", "abide by the deal": the prepositions of a verb's agreement object.
THEME_PREPS = {"to", "by"}
# Verbs of harm that answer an earlier attack: with no one named they threaten the doer's enemy in it.
RETALIATION_VERBS = frozenset({"retaliate", "avenge", "revenge"})
HARM_THREAT = "threaten.vow_harm"


def agreement_theme(match: Match, code: str) -> Token | None:
    """The definite agreement, talks or proposal noun an intent or cooperation (``code`` of root 03
    or 05) names as its object ("support the agreement", "committed to the talks", "agreed to the
    proposal", "will abide by the deal"); for a vowed retaliation with no one named, its verb."""
    tok = match.token
    if retaliation(match):
        return tok
    if code.startswith(TRUCE):
        # "declared a unilateral ceasefire", "would honour the truce": a truce needs no article
        truces = [match.theme, tok, *fr.objects(tok)]
        return next((n for n in truces if n is not None and fr.has_lemma(n, TRUCE_NOUNS)), None)
    if codebook.root_of(code) not in COMMITTED_ROOTS:
        return None
    nouns = [match.theme, tok if match.pattern.pos == "noun" else None]
    if match.pattern.pos == "verb":
        nouns += fr.prep_objects(tok, THEME_PREPS)
    for noun in nouns:
        if noun is not None and fr.has_lemma(noun, JOINT_NOUNS | PROPOSAL_NOUNS) and _definite(noun):
            return noun
    return None


def retaliation(match: Match) -> bool:
    """Whether ``match`` is a vowed retaliation ("would retaliate"), aimed like a truce (see the module)."""
    return match.pattern.id == HARM_THREAT and fr.has_lemma(match.token, RETALIATION_VERBS)


def _definite(noun: Token) -> bool:
    """"the agreement", "this deal": a noun that refers back, with no "with"/"between" party of its own."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children) \
        and not fr.prep_objects(noun, {"with", "between", "among"})


def aim_at_parties(found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each untargeted commitment to an earlier agreement aimed at its
    other party (or a proposal's maker); pending acts with none are dropped."""
    out: list[Found] = []
    for n, f in enumerate(found):
        pending = PENDING in f.suffix
        theme = agreement_theme(f.match, f.cameo) if f.target is None and f.source is not None else None
        if theme is None:
            if f.target is not None or not pending:  # aimed meanwhile ("welcomed the agreement": its doer)
                out.append(dataclasses.replace(f, suffix=f.suffix.replace(PENDING, ""), tags=list(f.tags)))
            continue
        assert f.source is not None
        if retaliation(f.match):
            others, resolved = _enemies(f.source, found[:n]), ANSWERED
        else:
            others = _other_parties(f.source, theme, found[:n], f.match.token, f.cameo.startswith(TRUCE))
            resolved = RESOLVED
        suffix = f.suffix.replace(PENDING, "") + resolved
        out += [dataclasses.replace(f, target=o, suffix=suffix, tags=list(f.tags)) for o in others]
        if not others and not pending:
            out.append(f)
    return out


def _other_parties(doer: ActorMention, theme: Token, earlier: list[Found], at: Token,
                   truce: bool) -> list[ActorMention]:
    """The other party of the latest fitting earlier act (see the module); ``[]`` with none."""
    start = _window_start(at)
    proposal = fr.has_lemma(theme, PROPOSAL_NOUNS)
    for g in reversed(earlier):
        if g.match.token.i < start or g.source is None or g.target is None:
            continue
        root = codebook.root_of(g.cameo)
        if truce and codebook.is_violence(g.cameo):
            # "rebels shelled the town ... the rebels declared a ceasefire": aimed at those they fought
            enemy = _enemy(doer, g)
            if enemy is not None:
                return [enemy]
        if proposal and root in PROPOSAL_ROOTS and doer.country is not None and g.target.country == doer.country \
                and g.source.country != doer.country:
            return [g.source]  # "urged the rebels to end ... the government agreed to the proposal"
        if not proposal and root in JOINT_ROOTS and _joint(g) and _party(doer, g.source) \
                and not _party(doer, g.target):
            return [g.target]  # "signed a peace accord with X ... would support the agreement"
    return []


def _enemies(doer: ActorMention, earlier: list[Found]) -> list[ActorMention]:
    """The doer's enemy in the latest fighting told before ("launched artillery strikes into Syria ...
    will retaliate when necessary": Syria); ``[]`` with none. Any earlier fighting, not the window's:
    the attack a retaliation answers is most often the story's lead."""
    for g in reversed(earlier):
        if g.source is not None and g.target is not None and codebook.is_violence(g.cameo):
            enemy = _enemy(doer, g) or _foreign_enemy(doer, g)
            if enemy is not None:
                return [enemy]
    return []


def _foreign_enemy(doer: ActorMention, fight: Found) -> ActorMention | None:
    """The side of ``fight`` of another country than the doer's, when the other side is of the doer's
    country ("Israel struck Gaza ... Hamas would retaliate": Israel), else ``None``."""
    assert fight.source is not None and fight.target is not None
    sides = (fight.source, fight.target)
    countries = [side.country for side in sides]
    if doer.country is None or None in countries or countries.count(doer.country) != 1:
        return None
    return next(side for side in sides if side.country != doer.country)


def _enemy(doer: ActorMention, fight: Found) -> ActorMention | None:
    """The side of ``fight`` (an act of violence with both sides) that ``doer`` fought, if ``doer`` is the other."""
    assert fight.source is not None and fight.target is not None
    if _party(doer, fight.source) and not _party(doer, fight.target):
        return fight.target
    if _party(doer, fight.target) and not _party(doer, fight.source):
        return fight.source
    return None


def _joint(act: Found) -> bool:
    """Whether ``act`` is one two parties make together (talks, a signed accord, a truce)."""
    words = [act.match.token] + ([act.match.theme] if act.match.theme is not None else [])
    return act.match.pattern.mutual or any(fr.has_lemma(w, JOINT_NOUNS) for w in words)


def _party(doer: ActorMention, side: ActorMention) -> bool:
    """Whether ``doer`` is ``side`` (the same code, or of the same country and sector)."""
    if doer.code is not None and doer.code == side.code:
        return True
    return doer.country is not None and doer.country == side.country and doer.sector == side.sector \
        and doer.sector is not None


def _window_start(token: Token) -> int:
    """The first token of the sentence ``WINDOW_SENTENCES - 1`` sentences before ``token``'s."""
    start = sentence_of(token).start
    for _ in range(WINDOW_SENTENCES - 1):
        start = sentence_of(token.doc[start - 1]).start if start > 0 else 0
    return start
