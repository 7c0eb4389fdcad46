"""The event coder: take the triggers :mod:`~newsevents.events.matching` finds, fill their frames
with actors, apply the construction rules, and build :class:`Event` records with their evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.allegations import (
    ALLEGE_PATTERN,
    allegation,
    code_allegation,
    responsibility_targets,
    unproven_acts,
)
from newsevents.events.attributes import PLACE_LABELS, event_date, event_place, place_actor
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match, desire, obligation, readiness
from newsevents.events.modality import (
    FACT,
    HYPOTHETICAL,
    INTENT,
    NEGATED,
    OBLIGED,
    REFUSE,
    REQUESTED,
    Mood,
    mood,
    recode,
)
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.tolls import accident, consequence, split_compound_doer, victims
from newsevents.records import ActorMention, Event
from newsevents.sentences import sentence_of

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
REQUEST_ROOTS = {"02": "appeal", "10": "demand"}
# Roots whose untargeted events are aimed at the country they happen in (CAMEO convention).
PLACE_TARGET_ROOTS = {"14", "18", "19", "20"}
# Exercises with no partner (150): a show of force aimed at the place too ("drills in the Baltic").
PLACE_TARGET_CODES = {"150"}


@dataclass(slots=True)
class _Found:
    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    governor: int | None
    confidence: float
    tags: list[str] = field(default_factory=list)
    suffix: str = ""


def _license(match: Match, lex: Lexicon) -> bool:
    """Whether a noun trigger reports an event, and which verb and subject it hangs from."""
    tok = match.token
    while tok.dep_ in ("conj", "appos") and tok.head.pos_ in NOUN_POS:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and fr.has_lemma(head, lex.word_list("light_verbs")):
        match.verb, match.light, match.subject = head, head, fr.subject(head)
        return True
    if tok.dep_ == "nsubj" and fr.has_lemma(head, lex.word_list("occurrence_verbs")):
        # "a blockade of Taiwan was possible but unlikely": a prospect, not an event
        if any(c.dep_ == "acomp" and c.lemma_.lower() in lex.word_list("prospect_adjectives") for c in head.children):
            return False
        match.verb = head
        return True
    if tok.dep_ == "pobj" and head.lower_ in lex.word_list("adjunct_preps") and head.head.pos_ in ("VERB", "AUX"):
        # "at a summit", "during the march": a setting, an event only with its parties named.
        match.verb, match.subject, match.adjunct = head.head, fr.subject(head.head), True
        return True
    if tok.dep_ == "ROOT":
        match.verb = tok
        return True
    return False


def _slot(match: Match, slot: str) -> list[Token]:
    tok, theme = match.token, match.theme
    if slot == "subj":
        if match.pattern.pos == "verb":
            split = split_compound_doer(tok)
            if split:
                return split
            found = fr.subject(tok)
            if found is None and tok.dep_ in NOMINAL_DEPS:
                # A gerund used as a noun ("Russian shelling killed two"): its modifier is the doer.
                return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
            return fr.conjuncts(found) if found is not None else []
        return fr.conjuncts(match.subject) if match.subject is not None else []
    if slot == "obj":
        return fr.objects(tok)
    if slot == "dative":
        return fr.datives(tok)
    if slot == "comp":  # "demanded that Washington act": the complement's subject
        subjects = [fr.subject(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        return [t for s in subjects if s is not None for t in fr.conjuncts(s)]
    if slot == "act":  # "claimed responsibility for an attack on X": the act's target
        return [t for host in (tok, theme) if host is not None for t in responsibility_targets(host)]
    if slot == "xobj":  # "promised to help Turkey": the complement's object
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        return [o for c in comps for o in fr.objects(c) + fr.datives(c) + fr.prep_objects(c, {"with", "to"})]
    # A verb's possessor or modifier slot is its theme's: "rejected *Israel's* offer", "a *US* request".
    owner = theme if match.pattern.pos == "verb" and theme is not None else tok
    if slot == "poss":
        return [c for c in owner.children if c.dep_ == "poss"]
    if slot == "compound":
        return [c for c in owner.children if c.dep_ in ("compound", "amod", "nmod")]
    hosts = [tok] + ([theme] if theme is not None else []) + ([match.light] if match.light is not None else [])
    hosts += [o for o in fr.objects(tok) if o is not theme] if match.pattern.pos == "verb" else []
    out: list[Token] = []
    for host in hosts:
        out.extend(t for t in fr.prep_objects(host, {slot}) if t not in out)
    return out


def _fill(slots: tuple[str, ...], match: Match, index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    for slot in slots:
        found = actors_of(_slot(match, slot), index, exclude)
        if found:
            return found
    return []


def _same(a: ActorMention, b: ActorMention | None) -> bool:
    if b is None:
        return False
    if a.entity >= 0 and a.entity == b.entity:
        return True
    return a.code is not None and a.code == b.code


def _vetoed(match: Match, lex: Lexicon) -> bool:
    sent = sentence_of(match.token)
    context = lex.word_list("veto_context")
    # Only nouns and verbs count: "match" the verb or "final" the adjective are not sport.
    return any((t.lemma_.lower() in context or t.lower_ in context) and t.pos_ in ("NOUN", "PROPN", "VERB")
               for t in sent)


def _refine_request(match: Match, code: str, lex: Lexicon, consumed: set[int]) -> str:
    """An appeal or demand takes its subject matter's code: "called for talks" -> 026."""
    name = REQUEST_ROOTS.get(code[:2])
    if name is None:
        return code
    comps = [c for c in match.token.children if c.dep_ in ("xcomp", "ccomp")]
    if match.theme is not None:
        comps.append(match.theme)
    for comp in comps:
        inner = best_match(comp, lexicon())
        if inner is not None:
            consumed.add(comp.i)
            refined = lex.map_code(name, inner.pattern.cameo)
            if refined is not None:
                return refined
    return code


def _polite(verb: Token) -> bool:
    """"would like X to", "'d prefer X to": a wish put politely; "might want", "could wish" and
    "if they want" stay hypothetical."""
    children = list(verb.children)
    return not any(c.dep_ == "mark" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)


def _reference(match: Match) -> bool:
    """"the terms agreed in July", "the property seized by the army in the 1970s": a participle
    naming an earlier act refers to it rather than reporting it."""
    tok = match.token
    return (match.pattern.pos == "verb" and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN"
            and int(match.pattern.cameo[:2]) < 18  # "ten soldiers killed in Ukraine" reports a killing
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children))


def _code_match(match: Match, index: MentionIndex, lex: Lexicon, consumed: set[int]) -> list[_Found]:
    pattern = match.pattern
    verb = match.verb or match.token
    if _reference(match) or accident(match, lex):
        return []
    if match.adjunct:
        if mood(verb, verb, lex).kind in (NEGATED, REFUSE, HYPOTHETICAL):
            return []  # "did not meet during the summit"
        if int(pattern.cameo[:2]) >= 9:
            match.subject = None  # "police stepped up security after the attack": not the attackers
    state = mood(match.token, verb, lex)
    if pattern.lemma == ALLEGE_PATTERN:
        if state.kind != FACT:
            return []  # "did not allege", "may claim"
        return [_Found(match, code, source, target, None, pattern.confidence)
                for code, source, target in code_allegation(match, index, lex)]
    if state.kind == HYPOTHETICAL and pattern.lemma == "_want":
        if not _polite(match.token):
            # "might want X to resign": neither the wish nor the wished act is a fact
            consumed.update(c.i for c in match.token.children if c.dep_ in ("xcomp", "ccomp"))
            return []
        state = Mood(FACT)  # "would like X to": a polite wish, not a condition
    if state.kind == REQUESTED:
        return []
    if state.kind == INTENT and int(pattern.cameo[:2]) >= 14 and state.governor is not None \
            and fr.has_lemma(state.governor, lex.word_list("cooperative_intent")):
        return []  # "offered to send police": the offer codes, not a threat of force
    code = recode(pattern.cameo, state.kind, lex)
    if code is None or _vetoed(match, lex):
        return []
    code = _refine_request(match, code, lex, consumed)
    between = actors_of(fr.prep_objects(match.token, {"between"}), index, set())
    if state.kind == OBLIGED and state.governor is not None:
        # The speaker demands that the complement's subject act: source speaker, target that subject.
        speaker, doer = fr.subject(state.governor), fr.subject(verb)
        sources = actors_of(fr.conjuncts(speaker), index, set()) if speaker is not None else []
        targets = actors_of(fr.conjuncts(doer), index, {m.start for m in sources}) if doer is not None else []
        if not targets:
            return []  # "said everything must be done": a demand needs an actor who must act
        between = []
    elif between and not pattern.mutual and "between" in pattern.target \
            and (mediators := _fill(pattern.source, match, index, set())):
        # "Egypt mediated between Israel and Hamas": the mediator acts on each party.
        sources, targets, between = mediators, between, []
    else:
        sources = between[:1] or _fill(pattern.source, match, index, set())
        targets = between[1:] or _fill(pattern.target, match, index, {m.start for m in sources})
    code, targets, suffix = _untargeted(match, code, state.kind, sources, targets, index, lex)
    if not code:
        return []
    if not sources and (not any(t.code for t in targets) or int(code[:2]) <= 8):
        return []  # cooperation needs a known actor to cooperate
    pairs: list[tuple[ActorMention | None, ActorMention | None]]
    if not sources:
        # An unnamed doer ("were killed by a roadside bomb") stays null; the target is political.
        pairs = [(None, t) for t in targets if t.country or (t.code is not None and len(t.code) > 3)]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif pattern.mutual and len(sources) > 1:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    if between[1:] and pattern.mutual:
        pairs += [(t, between[0]) for t in between[1:]]
    confidence = pattern.confidence * (0.85 if pattern.pos == "noun" else 1.0)
    confidence *= 1.0 if state.kind == FACT else 0.85
    confidence *= 0.7 if suffix else 1.0
    needs_target = pattern.needs_target or match.adjunct
    tags = [] if state.kind == FACT else [state.kind]
    governor = state.governor.i if state.governor is not None else None
    out = []
    for source, target in pairs:
        if (source is not None and _same(source, target)) or (needs_target and target is None):
            continue
        if not ((source is not None and source.code) or (target is not None and target.code)):
            continue
        guessed = source is not None and (source.rule.startswith("coref") or source.rule == "context-country")
        conf = confidence * (0.9 if guessed else 1.0)
        conf *= 0.8 if source is None else 1.0
        out.append(_Found(match, code, source, target, governor, round(conf, 3), tags, suffix))
    return out


def _untargeted(match: Match, code: str, kind: str, sources: list[ActorMention], targets: list[ActorMention],
                index: MentionIndex, lex: Lexicon) -> tuple[str, list[ActorMention], str]:
    """The code, targets and rule suffix of an event whose frame named no target: the theme's
    partner ("endorsed an agreement *with the EU*"), the pattern's solo code ("held drills" alone
    is 150), and the place it happens in for protests and force (CAMEO convention)."""
    pattern = match.pattern
    if targets or (pattern.mutual and len(sources) > 1):
        return code, targets, ""
    if pattern.pos == "verb" and match.theme is not None:
        partners = actors_of(fr.prep_objects(match.theme, {"with"}), index, {m.start for m in sources})
        if partners:
            return code, partners, ""
    if code[:2] == "13":
        # "threatened a strike if the government cut budgets": the threat is aimed at whom the condition binds
        bound = [b for b in actors_of(_conditioned(match), index, set()) if not any(_same(b, s) for s in sources)]
        if bound:
            return code, bound, ""
    hit = actors_of(victims(match, lex), index, {m.start for m in sources})
    if hit and int(code[:2]) >= 18:
        return code, hit, ""  # "four soldiers were killed in Israeli shelling": the shelling's targets
    if pattern.solo:
        code = recode(pattern.solo, kind, lex) or ""  # "held drills" with no partner: a show of force
        if not code:
            return "", [], ""
    if (code[:2] in PLACE_TARGET_ROOTS or code in PLACE_TARGET_CODES) and (code[:2] == "14" or not any(
            t.ent_type_ not in PLACE_LABELS for slot in pattern.target for t in _slot(match, slot))):
        # A protest or an attack with no target named ("an air strike in Syria"; not "killed
        # civilians in Syria") is aimed at the country where it happens, never at a place merely
        # spoken from. What protesters block ("blocked roads in Minsk") is no target of its own.
        place = place_actor(_place_tokens(match), index)
        if place is not None:
            return code, [place], "+place-target"
    return code, targets, ""


def _conditioned(match: Match) -> list[Token]:
    """The subjects of the "if"/"unless" clauses on a threat or on the act it threatens."""
    tok = match.token
    hosts = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj"))]
    if match.verb is not None and match.verb is not tok:
        hosts.append(match.verb)
    out: list[Token] = []
    for host in hosts:
        for clause in host.children:
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"if", "unless"}:
                doer = fr.subject(clause)
                out += fr.conjuncts(doer) if doer is not None else []
    return out


def _place_tokens(match: Match) -> list[Token]:
    tok = match.token
    verb = match.verb or tok
    return fr.clause_tokens(verb) + (list(tok.subtree) if tok is not verb else [])


def _event(found: _Found, doc: Doc) -> Event:
    match = found.match
    tok, sent = match.token, sentence_of(match.token)
    entry = codebook.lookup(found.cameo)
    particle = match.pattern.particle
    trigger = f"{tok.text} {particle}" if particle else tok.text
    verb = match.verb or tok
    place_tokens = _place_tokens(match)
    rule = match.pattern.id + "".join(f"[{t}]" for t in found.tags) + found.suffix
    return Event(
        date=event_date(verb, doc), source=found.source.ref() if found.source is not None else None,
        target=found.target.ref() if found.target is not None else None,
        cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
        sentence=sent.text, span=(sent.start_char, sent.end_char), trigger=trigger, rule=rule,
        confidence=found.confidence, location=event_place(place_tokens),
        trigger_span=(tok.idx, tok.idx + len(tok.text)), plover_mode=entry.plover_mode,
        plover_context=entry.plover_context,
    )


@dataclass(frozen=True, slots=True)
class _Triggers:
    """The lemma forms any matcher can fire on, by part of speech (see :func:`_may_trigger`)."""

    verbs: frozenset[str]
    nouns: frozenset[str]


# Keyed by id(); the lexicon is kept in the value so that its id is not reused while cached.
_TRIGGERS: dict[int, tuple[Lexicon, _Triggers]] = {}


def _triggers(lex: Lexicon) -> _Triggers:
    cached = _TRIGGERS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    verbs = {lemma for pos, lemma in lex.patterns if pos == "verb"}
    verbs |= lex.word_list("allege_verbs") | lex.word_list("admit_verbs") | lex.word_list("desire_verbs")
    found = _Triggers(frozenset(verbs), frozenset(lemma for pos, lemma in lex.patterns if pos == "noun"))
    if len(_TRIGGERS) >= 8:  # tests build many small lexicons; a run uses one
        _TRIGGERS.clear()
    _TRIGGERS[id(lex)] = (lex, found)
    return found


def _may_trigger(tok: Token, triggers: _Triggers) -> bool:
    """False only where none of the five matchers can fire, checked with set lookups.

    Each matcher asks for these first: :func:`allegation` and :func:`desire` a verb with a lemma
    form in their word lists; :func:`best_match` a verb or noun with a lemma form that has
    patterns; :func:`obligation` a verb that is a ``ccomp``; :func:`readiness` an adjective that
    is an ``acomp``. Most tokens (function words, punctuation, other words) are none of these.
    """
    pos = tok.pos_
    if pos in VERB_POS:
        return tok.dep_ == "ccomp" or not triggers.verbs.isdisjoint(fr.lemma_forms(tok))
    if pos in NOUN_POS:
        return not triggers.nouns.isdisjoint(fr.lemma_forms(tok))
    return pos == "ADJ" and tok.dep_ == "acomp"


def code_doc(doc: Doc, lex: Lexicon | None = None) -> list[Event]:
    """Every event in a parsed and actor-tagged ``Doc``, in text order."""
    lex = lex or lexicon()
    index = MentionIndex(doc)
    triggers = _triggers(lex)
    matches = [m for m in (allegation(tok, lex) or best_match(tok, lex) or obligation(tok, lex)
                           or readiness(tok, lex) or desire(tok, lex)
                           for tok in doc if _may_trigger(tok, triggers))
               if m is not None]
    # An alleged act is unproven: the allegation is the event, the act is not coded.
    consumed: set[int] = {a.i for m in matches if m.pattern.lemma == ALLEGE_PATTERN
                          for a in unproven_acts(m.token, lex)}
    found: list[_Found] = []
    # Verbs first: a verb that codes an event owns its theme ("imposed sanctions", "condemned the
    # attack"); a noun trigger left free codes only where a light verb or adjunct licenses it.
    for match in sorted(matches, key=lambda m: (m.pattern.pos != "verb", m.token.i)):
        if match.token.i in consumed:
            continue
        if match.pattern.pos == "noun" and not _license(match, lex):
            continue
        coded = _code_match(match, index, lex, consumed)
        if coded and match.pattern.pos == "verb" and match.theme is not None:
            # One event per phrase: the verb's object noun ("offered military *support*") is part
            # of the verb's event, not a second one.
            consumed.update([match.theme.i, *(o.i for o in fr.objects(match.token))])
        found.extend(coded)
    found.sort(key=lambda f: f.match.token.i)
    governors = {f.governor for f in found if f.governor is not None}
    # "agreed to meet", "threatened to strike": the complement carries the event, not the governor.
    attacks = {t.i for f in found if int(f.cameo[:2]) >= 18 for t in (f.match.token, f.match.verb) if t is not None}
    kept = [f for f in found if f.match.token.i not in governors and not consequence(f.match, attacks)]
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for f in kept:
        dyad = (f.source.start if f.source else None, f.target.start if f.target else None, f.cameo)
        # "will meet to discuss": a purpose coding the same as the act it is the purpose of adds nothing
        purpose = f.match.token.dep_ == "advcl" and (f.match.token.head.i, *dyad) in seen
        if (f.match.token.i, *dyad) not in seen and not purpose:
            seen.add((f.match.token.i, *dyad))
            events.append(_event(f, doc))
    return events
