"""Releases from state custody told with no releaser: "the opposition leader was freed from house
arrest", "the activists were released on bail", "dozens of detainees were released on Monday".

A release in the passive names no doer, so it was left out (CAMEO 0841 needs a source). Who holds
people in a prison, a cell, a police station or on bail is the state: as an agentless arrest is the
police's (:func:`~newsevents.events.implied_actors.implied_police`), a release from state custody is
the authorities' (GOV) of the country the text places it in, else of the one country of those freed
when they are the governed (opposition, civilians, journalists ...), else of the story's one country
(:func:`~newsevents.events.implied_actors.implied_authorities`), as the real-news gold codes it
("detained opposition leaders and activists were released": ZWEGOV -> ZWEOPP).

It needs a mark of state custody in the clause: a "from" phrase naming a prison, jail, detention,
custody or house arrest; "on bail", "on parole" or "under an amnesty"; or those freed named as held
by the state (detainees, prisoners, inmates; "the detained/jailed/arrested activists"). A release of
hostages or of people kidnapped or abducted is by their captors, whom the state is not: any word of
kidnapping in the sentence keeps the release unsourced (:data:`CAPTIVITY_WORDS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.emit import Found
from newsevents.events.matching import Match
from newsevents.records import ActorMention

RELEASE = "0841"
# Places and states of state custody, in the "from" phrase of the release.
CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "detention", "custody", "arrest", "cell", "penitentiary",
                            "lockup", "lock-up", "station", "confinement", "incarceration", "imprisonment"})
# "released on bail", "freed on parole", "freed under an amnesty", "released under a pardon".
RELEASE_TERMS = frozenset({"bail", "parole", "amnesty", "pardon", "probation", "licence", "license", "recognizance"})
# Those freed named as held by the state.
DETAINEE_NOUNS = frozenset({"detainee", "prisoner", "inmate", "convict"})
STATE_CAPTURE = frozenset({"detained", "jailed", "arrested", "imprisoned", "incarcerated", "convicted"})
# Words of captivity by others than the state: the release is the captors'.
CAPTIVITY_WORDS = frozenset({"hostage", "kidnap", "kidnapper", "kidnapping", "abduct", "abductor", "abduction",
                             "abductee", "captor", "captivity", "hijack", "hijacker", "ransom", "pirate",
                             "militant", "rebel", "insurgent", "guerrilla", "captive"})


def state_release(match: Match) -> bool:
    """Whether ``match`` is a passive release with no agent from state custody (see the module)."""
    tok = match.token
    if match.pattern.pos != "verb" or match.pattern.cameo != RELEASE:
        return False
    if not (fr.is_passive(tok) or fr.passive_participle(tok)) or any(c.dep_ == "agent" for c in tok.children):
        return False
    if any(fr.has_lemma(t, CAPTIVITY_WORDS) for t in tok.sent):
        return False
    return _custody_mark(tok)


def _custody_mark(verb: Token) -> bool:
    """Whether the release's clause marks state custody: "from prison", "on bail", "detainees"."""
    if any(fr.has_lemma(o, CUSTODY_PLACES) for o in fr.prep_objects(verb, {"from", "out"})):
        return True
    if any(fr.has_lemma(o, RELEASE_TERMS) for o in fr.prep_objects(verb, {"on", "under", "after"})):
        return True
    return any(_held_by_state(t) for t in fr.objects(verb))


def _held_by_state(noun: Token) -> bool:
    """"the detainees", "jailed activists", "the arrested students": people the state holds."""
    if fr.has_lemma(noun, DETAINEE_NOUNS):
        return True
    return any(c.dep_ in ("amod", "acl", "compound") and c.lower_ in STATE_CAPTURE for c in noun.children)


STATE_RELEASE_SUFFIX = "+state-release"


def without_repeated_releases(found: list[Found]) -> list[Found]:
    """``found`` (in text order) less an implied release that repeats a release coded earlier in
    the article between the same two actors: "authorities released X and other opponents." ...
    "Detained opposition leaders and activists were released Tuesday" tells the lead's release
    again, with its doer left out because the reader knows it."""
    out: list[Found] = []
    for f in found:
        if STATE_RELEASE_SUFFIX in f.suffix and any(
                g.cameo == f.cameo and _code(g.source) == _code(f.source) and _code(g.target) == _code(f.target)
                for g in out):
            continue
        out.append(f)
    return out


def _code(actor: ActorMention | None) -> str | None:
    return actor.code if actor is not None else None
