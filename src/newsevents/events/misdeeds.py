"""Misdeeds against a public good, as a speaker reports them of a named actor: "said the troika
*is destroying* our wages", "said Moscow *was undermining* the peace process", "say the president is
trying to *stifle dissent*", "said opportunist elements had *spread false information*".

None of these is an event of its own (no CAMEO act is told: nothing was attacked, seized or
banned), so a report of one is the speaker's charge against the doer, as a report of rigging or
embezzlement is (:func:`newsevents.events.wrongdoing.wrongdoing`, CAMEO 112, target the clause's
subject). Each wrong is a verb with the kind of object that makes it one: harming an economy, a
democracy, a peace process or a people's rights ("destroyed the economy"; "destroyed the bridge"
is an attack, coded elsewhere), stifling dissent or the press, spreading lies or false news. A
denied misdeed, a passive one with no doer and a doer that is no actor ("said the reforms would
undermine growth") charge no one: the reading of the clause is ``wrongdoing``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

# Verbs of harming a public good, a wrong only with one of ``PUBLIC_GOODS`` as object.
# ("undermine", "sabotage", "subvert" are schemes whatever their object: ``reproaches.SCHEMES``)
HARMING = frozenset({"destroy", "ruin", "jeopardize", "jeopardise", "endanger", "torpedo", "erode", "stifle",
                     "smother", "strangle", "trample",
                     # "was using the police to crush dissent", "is silencing the press" (session 17)
                     "crush", "suppress", "silence", "muzzle", "quash", "squash"})
# What a state, a party or a foreign power is charged with harming.
PUBLIC_GOODS = frozenset({
    "economy", "democracy", "country", "nation", "institution", "constitution", "wage", "salary", "livelihood",
    "process", "peace", "stability", "sovereignty", "effort", "talk", "negotiation", "unity", "independence",
    "freedom", "liberty", "right", "dissent", "opposition", "press", "media", "election", "vote", "deal",
    "agreement", "accord", "judiciary", "reconciliation", "dialogue", "transition", "law", "debate", "speech",
    "criticism", "voice", "future", "credibility", "integrity", "reform", "rule",
})
# Verbs of spreading falsehood, a wrong with one of ``FALSEHOODS`` as object or a report said to be
# false (lies, rumours and propaganda spread are ``reproaches.scheming``'s).
SPREADING = frozenset({"spread", "peddle", "disseminate", "propagate", "circulate"})
FALSEHOODS = frozenset({"hatred", "hate", "slander", "untruth", "calumny"})
FALSE_WORDS = frozenset({"false", "fake", "misleading", "baseless", "fabricated", "untrue"})
# Verbs of using a means, whose purpose infinitive is what the means is used for (session 17).
USING = frozenset({"use", "employ", "exploit", "abuse"})
# Words under "on" that make "trample" a wrong ("trampled on the rights of").
TRAMPLED = "trample"


def _false_report(noun: Token) -> bool:
    """Whether ``noun`` is a falsehood ("lies") or a report said to be false ("false information")."""
    return noun.lemma_.lower() in FALSEHOODS or any(
        c.dep_ == "amod" and c.lower_ in FALSE_WORDS for c in noun.children)


def public_misdeed(verb: Token) -> bool:
    """Whether ``verb`` with its object names a misdeed against a public good (see the module
    docstring): "destroying our wages", "stifle dissent", "spread false information"; or does so
    for a purpose that is one ("had abused the Internet *to spread false information*")."""
    # "was using the police to crush dissent": with a verb of using, the purpose is parsed as its xcomp
    purposes = ("advcl", "xcomp") if verb.lemma_.lower() in USING else ("advcl",)
    return _misdeed(verb) or any(c.dep_ in purposes and c.tag_ == "VB" and _misdeed(c) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _misdeed(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in SPREADING:
        return any(_false_report(o) for o in fr.objects(verb))
    if lemma not in HARMING:
        return False
    harmed = fr.objects(verb) + (fr.prep_objects(verb, {"on"}) if lemma == TRAMPLED else [])
    return any(o.lemma_.lower() in PUBLIC_GOODS or o.lower_ in PUBLIC_GOODS for o in harmed)
