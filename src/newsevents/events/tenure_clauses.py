"""A relative clause that sums up a ruler's whole time in power describes him; it reports no act.

"The new president pledged to follow Niyazov, *who suppressed all opposition during his 21 years of
rule*", "Saleh, *who crushed dissent throughout his reign*", "the general, *who jailed critics over
three decades in power*": such a clause tells what kind of ruler someone was over a tenure, as a
perfect-tense relative clause tells who someone is (``unreal.described``), not an act of the news.
The span must be a tenure ("his rule", "his reign", "years of rule", "decades in power"); "who
held him for two years" is a detention that lasted, and stays an act.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that stretch an act over a span: "during his rule", "throughout his reign".  "in" is
# also a place ("in his office"), so it counts only before "power" or a span ("in his 20 years in power").
SPAN_PREPS = frozenset({"during", "throughout", "over", "for", "in"})
# Nouns of a ruler's tenure.  "office" is a room as often as a post, so it counts only after a span
# ("three decades in office").
TENURE_NOUNS = frozenset({"rule", "reign", "tenure", "presidency", "premiership", "regime", "dictatorship",
                          "administration", "power"})
SPANNED_TENURES = TENURE_NOUNS | {"office"}
# Nouns of a long span that a tenure noun may qualify: "21 years of rule", "three decades in power".
SPAN_NOUNS = frozenset({"year", "decade"})


def tenure_description(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause set over its subject's whole tenure."""
    if verb.dep_ != "relcl":
        return False
    spans = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in SPAN_PREPS
             for o in p.children if o.dep_ == "pobj" and (p.lower_ != "in" or _in_span(o))]
    return any(_tenure(o) for o in spans)


def _in_span(noun: Token) -> bool:
    """"in power", "in his 20 years in power"; not "in his office", "in the capital"."""
    return noun.lemma_.lower() == "power" or noun.lemma_.lower() in SPAN_NOUNS


def _tenure(noun: Token) -> bool:
    """"his rule", "his reign"; "21 years of rule", "three decades in power"."""
    lemma = noun.lemma_.lower()
    if lemma in TENURE_NOUNS:
        return any(c.dep_ == "poss" for c in noun.children) or lemma == "power"
    if lemma not in SPAN_NOUNS:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "in", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SPANNED_TENURES for o in p.children) for p in noun.children)
