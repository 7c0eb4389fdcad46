"""Tests the coder asks of one trigger's context: is its sentence about sport, is its setting the
means of a violent act, is it a participle naming an earlier act, who are the parties "between"
it, is a trip made to meet. Split from :mod:`~newsevents.events.coder` so that the coder reads
as the order of its decisions.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.among_patients import among_patients
from newsevents.events.appeals import RELEASE_NOUNS, TRUCE, ends_fighting
from newsevents.events.battle_settings import relative_between
from newsevents.events.call_clauses import noun_for_clauses
from newsevents.events.coercion_forms import LISTED_PATTERN
from newsevents.events.hyphen_pairs import hyphened_sides
from newsevents.events.implied import street_protest
from newsevents.events.matching import Match, best_match
from newsevents.events.parenthetical import interrupted_root_verb
from newsevents.events.particles import for_clauses
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.protest_calls import asked_things
from newsevents.events.voice import misparsed_root_verb
from newsevents.nlp.docview import doc_view
from newsevents.nlp.hyphenated import whole_words_at
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

REQUEST_ROOTS = {"02": "appeal", "10": "demand"}
CROWD_SAYING_ROOTS = frozenset({2, 10, 11, 12})
"""Roots of what a protest's participle says for its crowd: appeals, demands, criticism, rejection."""
PROTEST_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})
"""Where a protest noun is the clause's news (its subject or object), not an adjunct of time or cause."""
CALLING_WORDS = frozenset({"call", "press", "push", "lobby"})
"""Triggers of a call ("called for", "called on X to", "pressed for", "a call for"), unlike the verbs of
asking ("urged", "appealed for", "asked"): a call for captives' release is a demand (CONVENTIONS 6.2)."""
RELEASE_APPEAL = "0253"
MEDIATE = "045"
# Prepositions of a violent act's means ("killed in an airstrike", "wounded in the shelling").
MEANS_PREPS = frozenset({"in", "through"})
VETO_POS = ("NOUN", "PROPN", "VERB")


def vetoed(match: Match, lex: Lexicon, vetoes: dict[int, bool]) -> bool:
    """Whether the trigger's sentence holds a word of the ``veto_context`` list (sport, markets, film);
    ``vetoes`` keeps the answer per sentence (by its first token) for the sentence's other triggers."""
    sent = sentence_of(match.token)
    found = vetoes.get(sent.start)
    if found is None:
        # Only nouns and verbs count: "match" the verb or "final" the adjective are not sport.
        found = vetoes[sent.start] = sentence_holds(match.token, lex.word_list("veto_context"), VETO_POS)
    return found


def sentence_holds(token: Token, words: frozenset[str], pos: tuple[str, ...]) -> bool:
    """Whether the sentence of ``token`` holds one of ``words`` (by lemma or lower-cased form) as a
    word of one of the parts of speech ``pos``."""
    sent = sentence_of(token)
    parse = doc_view(token.doc)
    # (The first lemma form is the lower-cased lemma.) A word split at a hyphen counts whole whatever
    # its last part's tag ("the semi-final"); only a word after a hyphen can end one (whole_words_at).
    texts = parse.texts
    return any((parse.pos[i] in pos and (parse.forms[i][0] in words or parse.lower[i] in words))
               or (i >= 2 and texts[i - 1] == "-" and not words.isdisjoint(whole_words_at(parse, i)))
               for i in range(sent.start, sent.end))


def refine_request(match: Match, code: str, lex: Lexicon, consumed: set[int]) -> str:
    """An appeal or demand takes its subject matter's code: "called for talks" -> 026; a call (not an
    appeal, urging or asking) for captives' release is the demand 1053, as for a leader's going."""
    name = REQUEST_ROOTS.get(code[:2])
    if name is None:
        return code
    if ends_fighting(match.theme):  # "called for an end to the fighting": a truce asked for
        return lex.map_code(name, TRUCE) or code
    comps = [c for c in match.token.children if c.dep_ in ("xcomp", "ccomp")] + for_clauses(match.token)
    comps += [c for c in noun_for_clauses(match.token) if c not in comps]  # "calls for X to resign" (call_clauses.py)
    if match.theme is not None:
        comps.append(match.theme)
    if match.pattern.pos == "noun" and match.token.lemma_.lower() in CALLING_WORDS:
        # "renewed its call for the release of the activists": the noun's "for" names what is asked
        comps += [t for t in asked_things(match.token) if t.lemma_.lower() in RELEASE_NOUNS and t not in comps]
    for comp in comps:
        inner = best_match(comp, lexicon())
        if inner is not None:
            consumed.add(comp.i)
            refined = lex.map_code(name, inner.pattern.cameo)
            if refined == RELEASE_APPEAL and match.token.lemma_.lower() in CALLING_WORDS:
                # "called for the release of the prisoners", "called on the rebels to free the hostages":
                # a demand (1053) made of whoever holds them (events/aims.py when they are the caller's own)
                refined = lex.map_code(REQUEST_ROOTS["10"], inner.pattern.cameo) or refined
            if refined is not None:
                return refined
    return code


def violent_means(match: Match, lex: Lexicon) -> bool:
    """Whether a violent setting is the means of its clause's violent act ("the army killed a
    commander *in an airstrike*", "rebels killed five soldiers *in an ambush*"): its doer is
    the clause's subject, unlike a setting's ("police stepped up security *after the attack*")."""
    verb = match.verb
    if verb is None or match.token.head.lower_ not in MEANS_PREPS:
        return False
    found = best_match(verb, lex)
    return found is not None and codebook.is_violence(found.pattern.cameo)


def among(sides: list[ActorMention]) -> list[ActorMention]:
    """"Talks among A, B and C": the sides, when at least two are found (one alone is a misparse)."""
    return sides if len({m.entity for m in sides}) > 1 else []


def mediation(verb: Token, lex: Lexicon) -> bool:
    found = best_match(verb, lex)
    return found is not None and found.pattern.cameo.startswith(MEDIATE)


def polite_wish(verb: Token) -> bool:
    """"would like X to", "'d prefer X to": a wish put politely; "might want", "could wish" and
    "if they want" stay hypothetical."""
    children = list(verb.children)
    return not any(c.dep_ == "mark" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)


def refers_back(match: Match) -> bool:
    """"the terms agreed in July", "the curfew imposed after the coup": a participle naming an
    earlier act refers to it rather than reporting it. One that names its doer ("hostages freed
    by the rebels", "journalists detained by police") reports the act."""
    tok = match.token
    return (match.pattern.pos == "verb" and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN"
            and not codebook.is_violence(match.pattern.cameo)  # "ten soldiers killed in Ukraine" reports a killing
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children)
            and not interrupted_root_verb(tok)  # "Senegal, for its part, called on ...": the sentence's verb
            and not misparsed_root_verb(tok)  # "A statement from X condemned the attack": a verb with an object
            and not (tok.dep_ == "acl" and among_patients(tok.head))  # "X was among those arrested": X was
            and match.pattern.lemma != LISTED_PATTERN)  # "those arrested included X" (events/coercion_forms.py)


def between_parties(match: Match) -> list[Token]:
    """The parties named by "between": on the trigger ("clashes between X and Y"), or, for a noun
    that is the subject of an occurrence verb, on that verb ("fighting broke out between X and Y"),
    or the passive subject of the verb that holds or plans it ("meetings are scheduled for Monday in
    Kaesong between vice-ministers of the two Koreas": the parser hangs the long phrase on the verb)."""
    # ... or on its relative clause ("a battle that took place between X and Y", events/battle_settings.py)
    found = fr.prep_objects(match.token, {"between"}) or relative_between(match.token)
    if not found and match.pattern.pos == "noun" and (match.pattern.mutual or "between" in match.pattern.target):
        found = hyphened_sides(match.token)  # "US-China talks" (events/hyphen_pairs.py)
    verb = match.verb
    if found or verb is None or match.adjunct or match.token.head.i != verb.i:
        return found
    if (match.light is None and match.token.dep_ == "nsubj") \
            or (match.light is not None and match.light.i == verb.i and match.token.dep_ == "nsubjpass"):
        found = fr.prep_objects(verb, {"between"})
    return found


def purposeful_trip(verb: Token, lex: Lexicon) -> bool:
    """"flew to Lima for talks", "travelled to Kyiv to meet ...": a trip made to meet or talk."""
    meeting = lex.word_list("meeting_words")
    return any(fr.has_lemma(o, meeting) for o in fr.prep_objects(verb, {"for"})) or any(
        c.dep_ in ("advcl", "xcomp") and fr.has_lemma(c, meeting) for c in verb.children)


def crowd_participle(match: Match, lex: Lexicon) -> bool:
    """"thousands marched in London *calling for* the premier's resignation": what a crowd says
    while it protests is said by the same crowd (a participle on a street-protest verb). So with a
    participle of saying on a protest noun ("demonstrations *calling for* the cabinet to resign
    lasted into Saturday", "protests *demanding* reforms"): the protest's crowd says it."""
    tok = match.token
    if match.pattern.pos != "verb" or tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        if codebook.root_of(match.pattern.cameo) not in CROWD_SAYING_ROOTS:
            return False  # "a march marking the anniversary": no act of the crowd's told
        if tok.head.dep_ not in PROTEST_ARGUMENT_DEPS or tok.head.head.dep_ == "prep":
            # "rioted following a demonstration calling for ..." ("following" parsed as a verb, the
            # demonstration its object): an earlier protest, told as a time
            return False
    elif tok.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    head = best_match(tok.head, lex)
    return head is not None and street_protest(head.pattern.cameo)


def foreign_guest(host: ActorMention | None, guest: ActorMention | None) -> bool:
    """Whether a host's guest comes from another country (both countries known)."""
    return host is not None and guest is not None and bool(host.country) and bool(guest.country) \
        and host.country != guest.country
