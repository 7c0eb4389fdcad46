"""Whether two group mentions of one code are two groups: "Fulani herders attacked Christian farmers".

Group codes are coarse (both sides above are the country's agrarian civilians), so the code alone
cannot tell two groups apart. Their noun phrases can: two mentions are distinct groups when their
head nouns differ ("herders" / "farmers"), when both carry their own modifiers and share none
("Hutu militias" / "Tutsi militias", "Lagos police" / "Kano police"), or when one marks itself as
another ("police from another unit", "rival militias"). A country's own name, demonym or capital is
no distinguishing modifier ("Kenyan police ... Nairobi police ... the police" are one force), and a
bare repetition ("the herders") keeps joining its group. The test reads only the mention's text,
so coreference and the coder's same-actor check agree.
"""

from __future__ import annotations

import functools
import re

from newsevents.actors.lexicon import data_path, read_table, split_names  # the shipped countries table

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|,")
# Words after which a group phrase's own words end ("police *in* Lagos", "farmers *who* ...").
_CUT = frozenset({",", "in", "from", "of", "at", "near", "on", "across", "around", "inside", "outside", "who",
                  "which", "that", "for", "with", "along", "under", "by", "to", "and", "or", "loyal", "backed"})
# Words that count or point, never a kind of group.
_FUNCTION = frozenset({"the", "a", "an", "some", "many", "several", "these", "those", "their", "its", "his", "her",
                       "our", "your", "dozens", "hundreds", "thousands", "scores", "more", "than", "about", "least",
                       "other", "another", "rival", "local", "armed", "suspected", "alleged", "unidentified",
                       "unknown", "new", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "all", "both", "most", "few", "fellow"})
# Head nouns news uses in turn for one body ("Kenyan soldiers ... the troops"): one head each.
_SAME_HEAD = {"troop": "soldier", "force": "soldier", "serviceman": "soldier", "army": "soldier",
              "military": "soldier", "policeman": "police", "officer": "police", "cop": "police",
              "demonstrator": "protester", "protestor": "protester", "rioter": "protester",
              "fighter": "militant", "gunman": "militant", "insurgent": "militant", "rebel": "militant"}
# Words by which a phrase says it is not the group named before it.
_OTHER = frozenset({"another", "other", "rival", "opposing", "fellow"})


@functools.lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Lower-cased words of every country's names, demonyms, peoples and capitals."""
    words: set[str] = set()
    for _, row in read_table(data_path("countries.tsv")):
        for column in ("name", "aliases", "adjectives", "people", "capitals"):
            for phrase in split_names(row.get(column) or ""):
                words.update(w.lower() for w in _WORD.findall(phrase))
    return frozenset(words)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=4096)
def signature(text: str) -> tuple[str, frozenset[str], bool]:
    """(head noun, distinguishing modifiers, marks itself as another group) of a group phrase."""
    words = [w.lower() for w in _WORD.findall(text)]
    marked = any(w in _OTHER for w in words)
    for n, word in enumerate(words):
        if n and word in _CUT:
            words = words[:n]
            break
    if not words:
        return "", frozenset(), marked
    country = _country_words()
    modifiers = frozenset(w for w in words[:-1] if w not in _FUNCTION and w not in country)
    head = _singular(words[-1])
    return _SAME_HEAD.get(head, head), modifiers, marked


def distinct_groups(text: str, other: str) -> bool:
    """Whether two group phrases of one code name two groups (see the module doc)."""
    head, mods, marked = signature(text)
    other_head, other_mods, other_marked = signature(other)
    if not head or not other_head:
        return False
    if head != other_head or marked or other_marked:
        return True
    return bool(mods) and bool(other_mods) and not mods & other_mods
