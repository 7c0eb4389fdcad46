"""The modifier of a law names its topic, not its owner.

A verdict or a charge aimed at a thing takes the thing's owner as its target: "the government
decision was unfair" (the government's), "the police crackdown was brutal" (the police's), "the
Chilean decision" (Chile's). A law, bill or decree is the lawmaker's, and its noun modifier names
what it is about: "the new media law is unfair", "the NGO law was unacceptable", "the police
bill" criticise the government that made the law, not the media, the NGOs or the police. Such a
modifier is no target; a lawmaker's ("the government bill", "the parliament's law") and a
country's ("the Russian law") still are. With no other target named, the event is dropped as a
verdict on an ownerless thing, rather than aimed at an actor guessed from the modifier.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.records import ActorMention

# Instruments made by a lawmaker: their noun modifiers name what they regulate.
LAW_NOUNS = frozenset({"law", "bill", "act", "legislation", "decree", "regulation", "statute", "amendment",
                       "ordinance", "code"})
# Sectors that make laws (or own them as a party's or movement's draft: "the opposition bill", "the
# rebel decree"): their modifier is an owner.
LAWMAKER_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "PTY", "OPP", "REB", "INS", "SEP"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def law_topic(doc: Doc, mention: ActorMention) -> bool:
    """Whether ``mention`` modifies a law noun as its topic ("the *media* law"), not its maker."""
    if mention.kind in ("country", "igo") or (mention.sector or "") in LAWMAKER_SECTORS or mention.end > len(doc):
        return False
    root = doc[mention.end - 1]  # "the new NGO" in "the new NGO law": the span's words all hang on "law"
    return root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in LAW_NOUNS and root.head.i >= mention.end


def without_law_topics(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """``found`` less the topics of laws (see :func:`law_topic`)."""
    return [m for m in found if not law_topic(doc, m)]
