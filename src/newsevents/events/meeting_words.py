"""The words of a meeting, declared once in ``patterns.yaml`` and read from there by every module.

The pattern file's word class ``talks`` names the nouns of a meeting ("talks", "negotiations",
"a summit") and ``meeting_verbs`` the verbs ("meet", "negotiate"); the patterns use them as
``$talks`` and ``$meeting_verbs``, and the constructions that look for a meeting in Python
(a meeting held abroad, the partner of an intent to meet, a call for talks) use the functions
here, so that a word added to the class is seen everywhere at once.
"""

from __future__ import annotations

import functools

from newsevents.events.patterns import lexicon

TALKS_CLASS = "talks"
VERBS_CLASS = "meeting_verbs"
# Plural forms the parser may leave as the lemma ("talks", "negotiations").
PLURAL = "s"


@functools.cache
def talk_nouns() -> frozenset[str]:
    """The nouns of a meeting (class ``talks``)."""
    return lexicon().classes.get(TALKS_CLASS, frozenset())


@functools.cache
def meeting_verbs() -> frozenset[str]:
    """The verbs of a meeting (class ``meeting_verbs``)."""
    return lexicon().classes.get(VERBS_CLASS, frozenset())


@functools.cache
def meeting_words() -> frozenset[str]:
    """Nouns and verbs of a meeting: what an intent may be about ("to hold talks", "to meet")."""
    return talk_nouns() | meeting_verbs()


@functools.cache
def talk_forms() -> frozenset[str]:
    """The nouns of a meeting and their plurals, for lemmas the parser left plural ("talks")."""
    return talk_nouns() | {w + PLURAL for w in talk_nouns()}
