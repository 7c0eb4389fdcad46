"""Messages a crowd carries: "protesters carried placards denouncing the president", "chanted
slogans praising the chief justice", "waved banners calling for his resignation".

The participle on the slogan, placard or banner says what its bearers say: its doer is the
subject of the verb of bearing (carry, wave, chant, hold ...). The parser hangs the participle on
the noun (``acl``), where no subject is inherited, so the act had no doer and was left out. A
text someone issues ("a statement calling for talks") is read the same way by
:func:`newsevents.events.frames.subject` through its speaking nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a crowd bears, shows or shouts that can speak for it.
BORNE_NOUNS = frozenset({
    "slogan", "placard", "banner", "sign", "poster", "chant", "leaflet", "flyer", "pamphlet",
    "graffiti", "billboard", "song", "cry",
})
# Verbs of bearing or voicing such a message ("carried placards", "chanted slogans").
BEARING_VERBS = frozenset({
    "chant", "shout", "scream", "yell", "sing", "carry", "wave", "hold", "raise", "brandish",
    "display", "bear", "hoist", "unfurl", "distribute", "paint", "scrawl", "spray", "put",
})


def bearing_verb(verb: Token) -> Token | None:
    """The verb of bearing whose borne message ``verb`` is the participle of: "carried" in
    "carried placards denouncing X"; None when ``verb`` is no such participle."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "waved banners and flags denouncing X": the list's first noun
    listed = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    if not any(n.lemma_.lower() in BORNE_NOUNS for n in listed):
        return None  # "seized weapons belonging to X": no message
    bearer = noun.head
    if noun.dep_ != "dobj" or bearer.pos_ != "VERB" or bearer.lemma_.lower() not in BEARING_VERBS:
        return None
    return bearer


def bearer_of_subject(verb: Token, found: Token) -> Token | None:
    """The verb of bearing when the parser made the message the participle's subject:
    "chanted slogans praising the judge" parsed as "chanted [slogans praising ...]" (a clause
    whose subject is "slogans"); None otherwise."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBG" or found.lemma_.lower() not in BORNE_NOUNS:
        return None
    head = verb.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in BEARING_VERBS else None
