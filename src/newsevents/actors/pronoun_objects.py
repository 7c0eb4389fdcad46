"""A person pronoun does not stand for someone whose own country is the object of its verb.

"Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan. *She* thanked
Kenya for its support": with no gender known for either leader, the subject pronoun continued
the previous subject (Ruto), and the coder made Kenya's president thank Kenya. A leader rarely
thanks, urges or accuses their own country by name; a pronoun whose verb takes a country as its
object stands for a candidate of another country when there is one. With no such candidate the
choice is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.places import country_code

OBJECT_DEPS = frozenset({"dobj", "dative"})


def object_countries(pronoun: Token) -> set[str]:
    """The countries the verb of a subject ``pronoun`` takes as its object by name ("She thanked
    *Kenya*"): proper nouns that name a country; empty for any other pronoun or object."""
    if pronoun.dep_ != "nsubj":
        return set()
    out = set()
    for obj in pronoun.head.children:
        if obj.dep_ in OBJECT_DEPS and obj.pos_ == "PROPN":
            words = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i] + [obj]
            iso3 = country_code(obj.doc[min(w.i for w in words):obj.i + 1].text)
            if iso3 is not None:
                out.add(iso3)
    return out


def other_country_candidates(candidates: list[int], countries: list[str | None], pronoun: Token) -> list[int]:
    """``candidates`` (mention numbers, with each one's country in ``countries``) without those of
    a country the pronoun's verb names as its object, when any other candidate is left."""
    named = object_countries(pronoun)
    if not named:
        return candidates
    kept = [n for n, country in zip(candidates, countries, strict=True) if country not in named]
    return kept or candidates
