"""Safety advice to the public is no political appeal.

"Officials urged people with breathing problems to stay indoors", "authorities asked residents of
the coast to evacuate", "the ministry urged citizens to boil drinking water": an authority tells
the public how to keep safe from a hazard or a disease. CAMEO's 02 ("make an appeal or request")
codes a demand made of an actor about a political matter; health and safety advice is neither, and
in a weather, disaster or health story it would be the story's only "political" event (a blind
negative of session 18, an ash-cloud story, was coded that way).

The rule is narrow, on two word classes: the addressee is the general public (people, residents,
citizens, travellers ...) and the act asked of them is a protective one (stay indoors or at home,
evacuate, seek or take shelter, cover or precautions, boil water, wear masks, wash hands, get
vaccinated, move to higher ground). Calls on the public to vote, protest, keep calm, stay away
from the polls or leave a town are left alone: they have political senses. So is a stay-at-home
call made by the opposition, a union or activists, or in a sentence about a protest, strike or
boycott ("the opposition urged people to stay at home on Monday" is a call for a general strike).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.hyphenated import lemma_in

# The general public, as the addressee of advice (lemmas).
PUBLIC_NOUNS = frozenset({
    "people", "person", "resident", "citizen", "public", "population", "inhabitant", "villager", "local",
    "traveller", "traveler", "passenger", "motorist", "driver", "tourist", "visitor", "household", "family",
    "parent", "consumer", "shopper", "commuter", "holidaymaker", "pilgrim", "everyone", "anyone",
})
# Protective acts asked for with any complement ("to evacuate", "to boil drinking water").
PROTECTIVE_VERBS = frozenset({"evacuate", "boil", "wear", "wash", "vaccinate", "shelter", "disinfect",
                              "quarantine", "self-isolate", "isolate", "hydrate"})
# Acts protective only with a word of keeping in ("stay indoors", "remain at home", "seek shelter").
STAY_VERBS = frozenset({"stay", "remain", "keep"})
INDOOR_WORDS = frozenset({"indoors", "inside", "home", "homes", "house", "houses", "shelter", "shelters"})
COVER_VERBS = frozenset({"seek", "take", "find", "move", "head", "get"})
COVER_WORDS = frozenset({"shelter", "cover", "refuge", "precaution", "precautions", "protection", "care", "safety",
                         "ground", "vaccinated", "vaccine", "vaccination", "jab"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
# Callers whose stay-at-home calls are protests, and words that make the call one (lemmas).
CONTENDERS = frozenset({"opposition", "union", "party", "activist", "organizer", "organiser", "campaigner",
                        "protester", "rebel", "militant", "insurgent", "movement", "coalition", "alliance"})
PROTEST_WORDS = frozenset({"protest", "strike", "stayaway", "stay-away", "boycott", "shutdown", "demonstration",
                           "rally", "march", "sit-in", "walkout", "solidarity", "mourning"})


def _public(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in PUBLIC_NOUNS


def _words_under(verb: Token) -> set[str]:
    """The lower-case words that complete ``verb`` one or two steps down ("indoors", "at home")."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "aux", "mark", "neg"):
            continue
        words.add(child.lower_)
        words.update(grand.lower_ for grand in child.children)
    return words


def protective_act(verb: Token, keep_words: frozenset[str] = INDOOR_WORDS) -> bool:
    """Whether ``verb`` ("stay", "evacuate", "seek") asks for a protective act; ``keep_words`` are
    where "stay" keeps one safe (a warning may add "away" and "clear": events/frame_senses.py)."""
    lemma = verb.lemma_.lower()
    if lemma_in(verb, PROTECTIVE_VERBS):
        return True
    if lemma in STAY_VERBS:
        return bool(_words_under(verb) & keep_words)
    if lemma in COVER_VERBS:
        return bool(_words_under(verb) & COVER_WORDS)
    return False


def _contention(verb: Token) -> bool:
    """Whether the call is made by a contender or in a sentence about a protest."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CONTENDERS for c in verb.children):
        return True
    return any(lemma_in(t, PROTEST_WORDS) for t in verb.sent)


def safety_advice(cameo: str, verb: Token) -> bool:
    """Whether an appeal (root 02) told by ``verb`` ("urged", "asked", "called on") is advice to the
    public to keep safe: its addressee is a public noun (the verb's object, or the subject of the
    act asked for), the act asked for is a protective one, and no contender or protest is in view."""
    if not cameo.startswith("02"):
        return False
    return _advice(verb) and not _contention(verb)


def _advice(verb: Token) -> bool:
    """Whether ``verb`` asks the public for a protective act (see ``safety_advice``)."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    for act in verb.children:
        if act.dep_ not in COMPLEMENT_DEPS or act.pos_ not in ("VERB", "AUX"):
            continue
        addressee = told if told is not None else next((c for c in act.children if c.dep_ == "nsubj"), None)
        if _public(addressee) and protective_act(act):
            return True
    # "called on residents to evacuate": the addressee hangs on "on", the act on the verb or the noun
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            acts = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
            if obj is not None:
                acts += [c for c in obj.children if c.dep_ in ("acl", "relcl")]
            if _public(obj) and any(protective_act(a) for a in acts):
                return True
    return False
