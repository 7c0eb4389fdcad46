"""Permission refused for a gathering: a ban on it.

"The authorities refused to grant permission for the opposition rally", "police denied a permit
for the march", "City Hall refused to authorize the demonstration", "officials would not give
permission for a protest", "the ministry cancelled the permit for the rally": an authority that
will not let a protest take place restricts the freedoms of whoever holds it, as a ban does (CAMEO
1721, the ``_denied_gathering`` pattern; the real-news gold codes it so). Read alone, "refused"
or "denied" codes a rejection (120) with no one to aim it at, which no coder of such news writes.

The theme is the gathering noun, so the ban is aimed at its holders as ``coerce.ban_gathering``'s
is ("the *opposition* rally", "*Kibaki's* rally", "a rally *by* students"); with none named the
coder falls back to the people of the doer's own country. A permission for anything else ("denied
permission to land", "refused to allow the men to leave": events/confinement.py) is not this.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.nlp.hyphenated import lemma_in

DENIED_PATTERN = "_denied_gathering"
# Verbs that refuse what they govern: "refused permission", "refused to grant", "denied a permit".
REFUSING = frozenset({"refuse", "deny", "decline", "reject", "withhold"})
# Verbs that take a permission away: "cancelled the permit for the rally".
REVOKING = frozenset({"cancel", "revoke", "withdraw", "rescind"})
# Verbs that give leave: refused ("refused to allow"), or negated ("would not grant permission").
GRANTING = frozenset({"grant", "give", "issue", "allow", "permit", "authorize", "authorise", "approve",
                      "sanction"})
PERMISSION_NOUNS = frozenset({"permission", "permit", "authorization", "authorisation", "approval",
                              "licence", "license", "clearance", "go-ahead"})
# Verbs of holding a gathering: "to hold a rally", "permission to stage a protest".
HOLDING = frozenset({"hold", "stage", "organize", "organise", "conduct", "have", "take"})
# Gatherings besides the lexicon's ``dissent_nouns`` (protest, rally, march ...). A boycott is not held in
# the street, and a strike is approved or not by its own union ("the union refused to approve the strike").
GATHERINGS = frozenset({"gathering", "assembly", "vigil", "procession", "picket"})
NOT_GATHERED = frozenset({"boycott", "strike", "walkout", "walk-out", "stay-away", "stayaway"})


@gated(Gate(VERBS, words=REFUSING | REVOKING | GRANTING))
def denied_gathering(tok: Token, lex: Lexicon) -> Match | None:
    """A refusal of leave for a gathering: the ``_denied_gathering`` match, theme the gathering."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lemma in REFUSING:
        gathering = _permitted(tok, lex, permission_only=True) \
            or next((g for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in GRANTING
                     for g in [_permitted(c, lex, permission_only=False)] if g is not None), None)
    elif lemma in REVOKING:
        gathering = _permitted(tok, lex, permission_only=True)
    else:
        gathering = refused_grant(tok, lex)
    pattern = lex.construction(DENIED_PATTERN) if gathering is not None else None
    return Match(tok, pattern, gathering) if pattern is not None and gathering is not None else None


def _permitted(verb: Token, lex: Lexicon, permission_only: bool) -> Token | None:
    """The gathering ``verb`` gives or refuses leave for: through a permission noun ("permission for
    the rally", "a permit to hold a march", "a rally permit"), or, unless ``permission_only``, as
    its object ("allow the march") or the object of its holding verb ("allow them to hold a rally")."""
    for obj in _objects(verb):
        if lemma_in(obj, PERMISSION_NOUNS):
            found = _of_permission(obj, lex)
            if found is not None:
                return found
        elif not permission_only and _gathering(obj, lex):
            return obj
    if permission_only:
        return None
    return next((g for c in verb.children if c.dep_ in ("xcomp", "ccomp") for g in [_held(c, lex)] if g is not None),
                None)


def refused_grant(verb: Token, lex: Lexicon) -> Token | None:
    """The gathering a negated grant refuses ("would not grant permission for *a demonstration*",
    "did not allow *the rally*"), else ``None``; the negation makes the ban, as
    events/modality.py reads it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GRANTING or not negated(verb):
        return None
    return _permitted(verb, lex, permission_only=False)


def _objects(verb: Token) -> list[Token]:
    """The verb's direct and dative objects ("denied them permission": both)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]


def _of_permission(noun: Token, lex: Lexicon) -> Token | None:
    """The gathering a permission noun is for: "for the rally", "to hold a rally", "a rally permit"."""
    for child in noun.children:
        if child.dep_ == "compound" and _gathering(child, lex):
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            found = next((o for o in child.children if o.dep_ == "pobj" and _gathering(o, lex)), None)
            if found is not None:
                return found
        if child.dep_ in ("acl", "relcl"):
            found = _held(child, lex)
            if found is not None:
                return found
    return None


def _held(verb: Token, lex: Lexicon) -> Token | None:
    """The gathering a holding verb holds ("to hold a rally")."""
    if verb.lemma_.lower() not in HOLDING:
        return None
    return next((o for o in verb.children if o.dep_ == "dobj" and _gathering(o, lex)), None)


def _gathering(noun: Token, lex: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return (lemma in lex.word_list("dissent_nouns") and lemma not in NOT_GATHERED) or lemma in GATHERINGS
