"""Acts told as nouns that "came from" their doer: "Calls for new elections have come from the
United States", "Condemnation of the coup came swiftly from France", "Offers of help came from
India and China".

The noun is the subject of "come", and its doer the object of "from" on that verb, so neither a
light verb nor the noun's own phrase names who did it, and the noun was not read as an event
(:mod:`~newsevents.events.licensing`). The verb of coming reports the act as given, like an
occurrence verb ("talks took place"); its "from" phrase is the noun's subject (slot ``subj``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

# "condemnation came from France", "messages of support poured in from Asia"
COMING_VERBS = frozenset({"come", "pour"})
# "No criticism came from Washington", "little support has come from Europe": none or almost none
NONE_DETERMINERS = frozenset({"no", "little", "few"})


def giver(tok: Token) -> Token | None:
    """The doer of a noun act that came from it: "France" in "condemnation came from France";
    None when ``tok`` is no such noun or the coming is denied, asked or only possible."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in COMING_VERBS:
        return None
    if any(c.dep_ == "det" and c.lower_ in NONE_DETERMINERS for c in tok.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None  # "no help would come from Europe", "support did not come from Moscow"
    givers = [o for o in fr.prep_objects(verb, {"from"}) if o.pos_ in ("NOUN", "PROPN")]
    return givers[0] if givers else None
