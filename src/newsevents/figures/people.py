"""Counts of people: "at least 12 people were killed", "killing five civilians", "wounded 40"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.figures.numbers import parse_number
from newsevents.nlp.hyphenated import lemma_in
from newsevents.nlp.sentences import span_text

# Nouns that count people (lemmas).
PEOPLE = frozenset({
    "people", "person", "civilian", "protester", "protestor", "demonstrator", "soldier", "troop",
    "refugee", "migrant", "asylum-seeker", "child", "woman", "man", "student", "worker",
    "journalist", "officer", "policeman", "policemen", "militant", "fighter", "rebel", "insurgent",
    "prisoner", "detainee", "hostage", "passenger", "resident", "villager", "citizen", "voter",
    "supporter", "activist", "victim", "pilgrim", "miner", "employee", "personnel", "peacekeeper",
    "police", "casualty", "death", "dead", "member", "lawmaker", "delegate", "inmate", "patient",
    "doctor", "nurse", "teacher", "farmer", "settler", "sailor", "crew", "marine", "guard",
    "volunteer", "recruit", "conscript", "mercenary", "gunman", "attacker", "suspect", "opponent",
    "dissident", "displaced", "tourist", "visitor", "athlete", "staff", "family", "individual",
    "adult", "minor", "girl", "boy", "infant", "baby", "survivor", "evacuee", "defendant",
    "diplomat", "official", "politician", "senator", "legislator", "immigrant", "jihadist",
})

# Verbs (lemmas) whose object or passive subject is a count of people, and how we name them.
CASUALTY_VERBS = {
    "kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "injured",
    "arrest": "arrested", "detain": "detained", "displace": "displaced", "evacuate": "evacuated",
    "abduct": "abducted", "kidnap": "kidnapped", "rescue": "rescued", "release": "released",
    "free": "freed", "execute": "executed", "deport": "deported", "jail": "jailed",
    "imprison": "imprisoned", "sentence": "sentenced", "hospitalize": "hospitalized",
    "hospitalise": "hospitalized", "die": "died", "flee": "fled", "drown": "drowned",
    "massacre": "killed", "shoot": "shot", "capture": "captured", "behead": "killed",
    "murder": "killed", "slay": "killed", "strand": "stranded", "trap": "trapped",
}
# Adjectives and participles that follow a number directly: "12 dead", "40 missing".
AFTER_NUMBER = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "wounded",
                "missing": "missing", "hurt": "injured", "arrested": "arrested"}


def number_value(doc: Doc, token: Token) -> tuple[int, int, float] | None:
    """The number phrase ending at ``token`` ("1.5 million", "two hundred"): start, end, value."""
    start = token.i
    while start > 0 and doc[start - 1].like_num and doc[start - 1].ent_type_ != "DATE":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].lower_ in ("thousand", "million", "billion", "hundred"):
        end += 1
    value = parse_number(span_text(doc[start:end]))
    return None if value is None else (start, end, value)


def count_of(number: Token) -> tuple[Token, str] | None:
    """The token a count hangs on and what it counts, if it counts people."""
    head = number
    while head.dep_ in ("compound", "quantmod", "nummod") and head.head.like_num:
        head = head.head
    if head.dep_ == "nummod" and lemma_in(head.head, PEOPLE):
        noun = head.head
        return noun, _what_of_noun(noun)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        return None  # "five of the 12 hostages": the larger number is the count
    after = number.doc[head.i + 1] if head.i + 1 < len(number.doc) else None
    if after is not None and after.lower_ in AFTER_NUMBER:
        return head, AFTER_NUMBER[after.lower_]
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in CASUALTY_VERBS:
        return head, CASUALTY_VERBS[head.head.lemma_]
    return None


def _what_of_noun(noun: Token) -> str:
    """The casualty verb the people noun is subject or object of, else the noun itself."""
    verb = noun.head
    intransitive = verb.lemma_ in ("die", "flee", "drown")
    if verb.lemma_ in CASUALTY_VERBS and (noun.dep_ in ("nsubjpass", "dobj") or
                                          (noun.dep_ == "nsubj" and intransitive)):
        return CASUALTY_VERBS[verb.lemma_]
    if noun.dep_ == "nsubj" and verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr") and child.lower_ in AFTER_NUMBER:
                return AFTER_NUMBER[child.lower_]
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_ in CASUALTY_VERBS:
            return CASUALTY_VERBS[child.lemma_]  # "12 people killed in the blast"
    return AFTER_NUMBER.get(noun.lower_, noun.lower_)
