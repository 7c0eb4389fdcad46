"""Acts that refer back to earlier acts: whom a reaction is aimed at when the text names only the
act it reacts to.

"Police raided the embassy ... The OAS condemned the raid": the criticism is aimed at the raid's
doer. "Kyiv accused Moscow of ... Moscow denied it": the denial answers the accuser. "Talks
between X and Y resumed ... The talks are mediated by Z": the mediator acts on both parties.
"... Rodriguez welcomed the step": the welcome is aimed at whoever took the latest step. Each
looks back over the same sentence and a few before it, and leaves the target empty when nothing
there fits.
"""

from __future__ import annotations

import copy
from typing import Protocol, TypeVar

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.arguments import same_actor
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

# How far back an earlier act is looked for, in sentences (this one included).
DOER_SENTENCES = 6
DENIAL = "016"
MEDIATION = "045"
# The acts a criticism may refer back to: force and coercion, and trials and sentences.
CRITICISED_ROOTS = {"15", "17", "18", "19", "20"}
CRITICISED_CODES = {"115", "116"}
# The acts a mediation refers back to: talks, agreements, ceasefires (intent, consult, cooperate, yield).
MEDIATED_ROOTS = {"03", "04", "05", "08"}


class Found(Protocol):
    """A coded act before it becomes an event (the coder's record)."""

    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    suffix: str


F = TypeVar("F", bound=Found)


def resolve_acts(found: list[F], lex: Lexicon) -> list[F]:
    """``found`` (in text order) with the targets of reactions to earlier acts filled in; a
    mediation of two parties' talks becomes one act on each party."""
    out: list[F] = []
    for n, f in enumerate(found):
        if f.target is not None or f.source is None:
            out.append(f)
            continue
        earlier = [g for g in found[:n] if g.source is not None and g.match.token.i >= _window_start(f.match.token)]
        if f.cameo == DENIAL:
            _answer_accuser(f, earlier)
        elif f.cameo[:2] == "11":
            _aim_at_doer(f, earlier, lex.word_list("act_nouns"), force_only=True)
        elif f.cameo[:2] == "05":
            _aim_at_doer(f, earlier, lex.word_list("step_nouns"), force_only=False)
        elif f.cameo == MEDIATION:
            out += _mediated_parties(f, earlier)
            continue
        out.append(f)
    return out


def _answer_accuser(f: Found, earlier: list[F]) -> None:
    """A denial with no target answers the latest accusation against the denier."""
    assert f.source is not None
    accusers = [g.source for g in earlier if g.cameo[:2] == "11" and g.target is not None
                and _same_country(g.target, f.source)]
    if accusers:
        f.target, f.suffix = accusers[-1], f.suffix + "+accuser"


def _aim_at_doer(f: Found, earlier: list[F], nouns: frozenset[str], force_only: bool) -> None:
    """A reaction to an act named by a definite noun ("condemned the raid", "welcomed the step")
    is aimed at the doer of the latest fitting act (one of the same kind first)."""
    theme = f.match.theme
    if theme is None or not fr.has_lemma(theme, nouns) or not _definite(theme):
        return
    assert f.source is not None
    source = f.source
    fits = [g for g in earlier if g.source is not None and g.source.country and not same_actor(g.source, source)
            and (not force_only or g.cameo[:2] in CRITICISED_ROOTS or g.cameo[:3] in CRITICISED_CODES)]
    alike = [g for g in fits if theme.lemma_ in fr.lemma_forms(g.match.token)]
    chosen = (alike or fits)[-1:]
    if chosen:
        f.target, f.suffix = chosen[0].source, f.suffix + "+act-doer"


def _mediated_parties(f: F, earlier: list[F]) -> list[F]:
    """"The talks are mediated by Z": Z acts on both parties of the latest talks (or deal) named
    by the same noun, or of the latest mutual act; ``[f]`` unchanged when there is none."""
    theme = f.match.theme
    if theme is None or not _definite(theme):
        return [f]
    mutual = [g for g in earlier if g.target is not None and g.cameo[:2] in MEDIATED_ROOTS
              and not same_actor(g.source, f.source) and not same_actor(g.target, f.source)]  # type: ignore[arg-type]
    alike = [g for g in mutual if theme.lemma_ in fr.lemma_forms(g.match.token)]
    chosen = (alike or mutual)[-1:]
    if not chosen:
        return [f]
    parties = [chosen[0].source, chosen[0].target]
    out = []
    for party in parties:
        one = copy.copy(f)
        one.target, one.suffix = party, f.suffix + "+parties"
        out.append(one)
    return out


def _window_start(token: Token) -> int:
    """The first token of the sentence ``DOER_SENTENCES - 1`` sentences before ``token``'s."""
    start = sentence_of(token).start
    for _ in range(DOER_SENTENCES - 1):
        start = sentence_of(token.doc[start - 1]).start if start > 0 else 0
    return start


def _same_country(a: ActorMention, b: ActorMention) -> bool:
    return same_actor(a, b) or (a.country is not None and a.country == b.country)


def _definite(noun: Token) -> bool:
    """"the raid", "this attack": a noun that refers back, with no actor of its own named in it."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ in ("GPE", "NORP", "ORG")
                    for c in children)
