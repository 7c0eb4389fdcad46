"""Acts that accompany a protest told in the same breath.

Crowds chant slogans while they march, gather or rally: "protesters marched through the
capital, *chanting* slogans against the president"; "thousands rallied in the square. They
*chanted* slogans against the government." The chanting is the protest told again, not a second
protest, and a trained coder codes one demonstration. Chanting codes a demonstration (141) of
its own only when no other protest is told in its sentence or the sentence before ("students
chanted slogans against the rector outside the ministry").
"""

from __future__ import annotations

from newsevents.events import frames as fr
from newsevents.events.implied import RIOT
from newsevents.events.referents import F
from newsevents.nlp.docview import doc_view

ACCOMPANYING = frozenset({"protest.chant_slogans"})
"""Patterns of acts that accompany a protest (their ids)."""
PROTEST_ROOT = "14"


def without_retold(found: list[F]) -> list[F]:
    """``found`` less the acts told again: chanting beside a protest, "the attacker" of an attack
    told before, a protest with no protesters named after one by the same people."""
    return without_same_country_targets(without_retold_protests(without_retold_attacks(without_accompaniments(found))))


def without_accompaniments(found: list[F]) -> list[F]:
    """``found`` less the accompanying acts (see :data:`ACCOMPANYING`) told beside another
    protest in their sentence or the sentence before."""
    if not any(f.match.pattern.id in ACCOMPANYING for f in found):
        return found
    _, number = doc_view(found[0].match.token.doc).sentences()
    protests = {number[f.match.token.i] for f in found
                if f.cameo.startswith(PROTEST_ROOT) and f.match.pattern.id not in ACCOMPANYING}
    return [f for f in found if f.match.pattern.id not in ACCOMPANYING
            or not {number[f.match.token.i], number[f.match.token.i] - 1} & protests]


ATTACKER_NOUNS = frozenset({"attacker", "bomber", "assailant", "gunman", "militant"})
"""Nouns for whoever carried out an attack, which "the" makes a reference back to it."""
VIOLENCE_ROOTS = ("18", "19", "20")


def without_retold_attacks(found: list[F]) -> list[F]:
    """``found`` less the attacks told again by "the attacker": "a bomber struck a checkpoint
    on Monday. ... *The attacker* had hidden the device in a cart ...": the definite
    noun refers back to the attack of an earlier sentence, which is the event already."""
    if not found:
        return found
    parse = doc_view(found[0].match.token.doc)
    _, number = parse.sentences()
    out: list[F] = []
    for f in found:
        subject = fr.subject(f.match.token) if f.source is None else None
        retold = subject is not None and parse.forms[subject.i][0] in ATTACKER_NOUNS \
            and any(c.lower_ == "the" for c in subject.children) and any(
                g.cameo.startswith(VIOLENCE_ROOTS) and number[g.match.token.i] < number[f.match.token.i] for g in out)
        if not retold:
            out.append(f)
    return out


IMPLIED_CROWD = "+implied-civilians"
"""The rule suffix of a protest whose protesters are not named (see events/implied_actors.py)."""


def without_retold_protests(found: list[F]) -> list[F]:
    """``found`` less the protests with no protesters named ("the demonstrations spread", "protests
    continued on Monday") told after a protest by the same country's people: the wave of protest
    told again, which a coder codes once."""
    out: list[F] = []
    number: list[int] = doc_view(found[0].match.token.doc).sentences()[1] if found else []
    for f in found:
        country = f.source.country if f.source is not None else None
        retold = f.cameo.startswith(PROTEST_ROOT) and IMPLIED_CROWD in f.suffix and country is not None and any(
            g.cameo.startswith(PROTEST_ROOT) and not _riot_setting(g, f, number) and g.source is not None
            and g.source.country == country and g.match.token.i < f.match.token.i for g in out)
        if not retold:
            out.append(f)
    return out


def _riot_setting(riot: F, protest: F, number: list[int]) -> bool:
    """Whether ``protest`` is the protest a riot (145) told in its own sentence broke out of ("a
    crowd stormed the palace during a protest over the blast": the real-news gold codes both), not
    that riot told again ("Protests erupted ..." after a riot told in an earlier sentence)."""
    return riot.cameo == RIOT and protest.cameo != RIOT \
        and number[riot.match.token.i] == number[protest.match.token.i]


CONTENTION_ROOTS = ("14", "18", "19", "20")


def _country(actor: object) -> str | None:
    return getattr(actor, "country", None) or getattr(actor, "code", None)


def without_same_country_targets(found: list[F]) -> list[F]:
    """``found`` less the second and later protests or attacks of one trigger by one source on
    targets of the same country (the two sides of a clash stay apart): "supporters stormed
    Congress, the Supreme Court and the presidential palace" is one riot against the state, as a
    trained coder codes it, not three."""
    seen: set[tuple[int, int, str | None, str]] = set()
    out: list[F] = []
    for f in found:
        if f.cameo.startswith(CONTENTION_ROOTS) and f.source is not None and f.target is not None:
            key = (f.match.token.i, f.source.start, _country(f.target), f.cameo[:2])  # one source, each side once
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out
