"""Discard phrases compiled into one matcher: sentences (or whole stories) not to code.

PETRARCH drops a sentence holding a discard phrase (sports, entertainment, history) and, for a
phrase marked ``+``, the whole story. Matching ignores case; a phrase is a stem unless it was
written with a closing ``_`` (then it must end at a word boundary). The patterns are lower case
and search lowered text: a long alternation runs several times faster than with
``re.IGNORECASE``, and every article's whole text is searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsevents.dictionaries.lists import Discard
from newsevents.records import Event


@dataclass(frozen=True, slots=True)
class Discards:
    """Compiled discard phrases: one pattern for sentence discards and one for story discards."""

    sentence: re.Pattern[str] | None
    story: re.Pattern[str] | None
    phrases: dict[str, Discard]

    def sentence_hit(self, text: str) -> Discard | None:
        """The discard phrase (sentence or story) that ``text`` holds, if any."""
        lowered = text.lower()
        for pattern in (self.story, self.sentence):
            found = pattern.search(lowered) if pattern is not None else None
            if found is not None:
                return self.phrases[" ".join(found.group(0).lower().split())]
        return None

    def story_hit(self, text: str) -> Discard | None:
        """The story-wide discard phrase that ``text`` holds, if any."""
        found = self.story.search(text.lower()) if self.story is not None else None
        return self.phrases[" ".join(found.group(0).lower().split())] if found is not None else None

    def __len__(self) -> int:
        return len(self.phrases)

    def kept(self, story: str, events: list[Event]) -> list[Event]:
        """``events`` less those of a discarded story (``story``: its text) or sentence."""
        if not self.phrases or not events:
            return events
        if self.story_hit(story) is not None:
            return []
        clean: dict[str, bool] = {}  # a sentence's events share its answer
        for e in events:
            if e.sentence not in clean:
                clean[e.sentence] = self.sentence_hit(e.sentence) is None
        return [e for e in events if clean[e.sentence]]


def _pattern(discards: list[Discard]) -> re.Pattern[str] | None:
    if not discards:
        return None
    parts = []
    for d in sorted(discards, key=lambda d: -len(d.text)):
        body = r"\s+".join(re.escape(w) for w in d.text.lower().split())
        parts.append(body + (r"(?![\w])" if d.whole_word else ""))
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + ")")


def compile_discards(discards: Iterable[Discard]) -> Discards:
    """The matcher for ``discards`` (a later phrase with the same text replaces an earlier)."""
    phrases = {d.text: d for d in discards}
    story = [d for d in phrases.values() if d.story]
    sentence = [d for d in phrases.values() if not d.story]
    return Discards(_pattern(sentence), _pattern(story), phrases)
