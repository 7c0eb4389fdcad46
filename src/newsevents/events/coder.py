"""The event coder: match triggers against the pattern file, fill their frames with actors,
apply the construction rules, and build :class:`Event` records with their evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.attributes import event_date, event_place
from newsevents.events.modality import FACT, OBLIGED, REQUESTED, mood, recode
from newsevents.events.patterns import BLOCK, Lexicon, Pattern, lexicon
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention, Event

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
REQUEST_ROOTS = {"02": "appeal", "10": "demand"}


@dataclass(slots=True)
class Match:
    """A trigger token matched to its best pattern, with the theme that decided it."""

    token: Token
    pattern: Pattern
    theme: Token | None = None
    verb: Token | None = None
    subject: Token | None = None
    light: Token | None = None


@dataclass(slots=True)
class _Found:
    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    governor: int | None
    confidence: float
    tags: list[str] = field(default_factory=list)


def _themes(tok: Token, pattern: Pattern, lex: Lexicon) -> list[Token]:
    quantity = lex.word_list("quantity_nouns")
    if pattern.pos == "noun":
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        return mods + [fr.quantity_head(t, quantity) for t in fr.prep_objects(tok, {"of"})]
    if pattern.theme == "obj":
        found = fr.objects(tok) + fr.prep_objects(tok, {"with"})
    else:
        found = fr.prep_objects(tok, {pattern.theme})
    return [fr.quantity_head(t, quantity) for t in found]


def best_match(tok: Token, lex: Lexicon) -> Match | None:
    """The most specific pattern the token satisfies, or ``None`` (also for blocking patterns)."""
    pos = "verb" if tok.pos_ in VERB_POS else "noun" if tok.pos_ in NOUN_POS else None
    if pos is None:
        return None
    forms = fr.lemma_forms(tok)
    found = next((f for f in forms if lex.for_token(pos, f)), forms[0])
    for pattern in lex.for_token(pos, found):
        if pattern.particle and not fr.particle_of(tok, pattern.particle):
            continue
        themes = _themes(tok, pattern, lex)
        theme = themes[0] if themes else None
        if pattern.objects:
            # The theme's own modifiers count too: "food aid" is humanitarian, "military aid" military.
            words = themes + [c for t in themes for c in t.children if c.dep_ in ("compound", "amod")]
            hits = [t for t in words if t.lemma_.lower() in pattern.objects or t.lower_ in pattern.objects]
            if not hits:
                continue
            theme = hits[0]
        if pattern.cameo == BLOCK:
            return None
        return Match(tok, pattern, theme)
    return None


def _obligation(tok: Token, lex: Lexicon) -> Match | None:
    """"X said Y must do Z" is X's demand on Y whatever Z is (the ``_must`` pattern)."""
    if tok.pos_ not in VERB_POS or tok.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
        return None
    patterns = lex.for_token("verb", "_must")
    return Match(tok, patterns[0]) if patterns else None


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
        match.verb = head
        return True
    if tok.dep_ == "pobj" and head.lower_ in lex.word_list("adjunct_preps") and head.head.pos_ in ("VERB", "AUX"):
        match.verb, match.subject = head.head, fr.subject(head.head)
        return True
    if tok.dep_ == "ROOT":
        match.verb = tok
        return True
    return False


def _slot(match: Match, slot: str) -> list[Token]:
    tok, theme = match.token, match.theme
    if slot == "subj":
        if match.pattern.pos == "verb":
            found = fr.subject(tok)
            return fr.conjuncts(found) if found is not None else []
        return fr.conjuncts(match.subject) if match.subject is not None else []
    if slot == "obj":
        return fr.objects(tok)
    if slot == "dative":
        return fr.datives(tok)
    if slot == "comp":  # "demanded that Washington act": the complement's subject
        subjects = [fr.subject(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        return [t for s in subjects if s is not None for t in fr.conjuncts(s)]
    if slot == "poss":
        return [c for c in tok.children if c.dep_ == "poss"]
    if slot == "compound":
        return [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    hosts = [tok] + ([theme] if theme is not None else []) + ([match.light] if match.light is not None else [])
    hosts += [o for o in fr.objects(tok) if o is not theme] if match.pattern.pos == "verb" else []
    out: list[Token] = []
    for host in hosts:
        out.extend(t for t in fr.prep_objects(host, {slot}) if t not in out)
    return out


def _actors(tokens: list[Token], index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for tok in tokens:
        mention = index.actor(tok)
        for one in [mention] if mention is not None else index.group(tok):
            if one.start not in exclude and all(m.start != one.start for m in out):
                out.append(one)
    return out


def _fill(slots: tuple[str, ...], match: Match, index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    for slot in slots:
        found = _actors(_slot(match, slot), index, exclude)
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
    sent = match.token.sent
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


def _code_match(match: Match, index: MentionIndex, lex: Lexicon, consumed: set[int]) -> list[_Found]:
    pattern = match.pattern
    verb = match.verb or match.token
    state = mood(match.token, verb, lex)
    if state.kind == REQUESTED:
        return []
    code = recode(pattern.cameo, state.kind, lex)
    if code is None or _vetoed(match, lex):
        return []
    code = _refine_request(match, code, lex, consumed)
    between = _actors(fr.prep_objects(match.token, {"between"}), index, set())
    if state.kind == OBLIGED and state.governor is not None:
        # The speaker demands that the complement's subject act: source speaker, target that subject.
        speaker, doer = fr.subject(state.governor), fr.subject(verb)
        sources = _actors(fr.conjuncts(speaker), index, set()) if speaker is not None else []
        targets = _actors(fr.conjuncts(doer), index, {m.start for m in sources}) if doer is not None else []
        between = []
    else:
        sources = between[:1] or _fill(pattern.source, match, index, set())
        targets = between[1:] or _fill(pattern.target, match, index, {m.start for m in sources})
    if not sources and not any(t.code for t in targets):
        return []
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
    tags = [] if state.kind == FACT else [state.kind]
    governor = state.governor.i if state.governor is not None else None
    out = []
    for source, target in pairs:
        if (source is not None and _same(source, target)) or (pattern.needs_target and target is None):
            continue
        if not ((source is not None and source.code) or (target is not None and target.code)):
            continue
        conf = confidence * (0.9 if source is not None and source.rule.startswith("coref") else 1.0)
        conf *= 0.8 if source is None else 1.0
        out.append(_Found(match, code, source, target, governor, round(conf, 3), tags))
    return out


def _event(found: _Found, doc: Doc) -> Event:
    match = found.match
    tok, sent = match.token, match.token.sent
    entry = codebook.lookup(found.cameo)
    particle = match.pattern.particle
    trigger = f"{tok.text} {particle}" if particle else tok.text
    verb = match.verb or tok
    place_tokens = fr.clause_tokens(verb) + (list(tok.subtree) if tok is not verb else [])
    rule = match.pattern.id + "".join(f"[{t}]" for t in found.tags)
    return Event(
        date=event_date(verb, doc), source=found.source.ref() if found.source is not None else None,
        target=found.target.ref() if found.target is not None else None,
        cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
        sentence=sent.text, span=(sent.start_char, sent.end_char), trigger=trigger, rule=rule,
        confidence=found.confidence, location=event_place(place_tokens),
        trigger_span=(tok.idx, tok.idx + len(tok.text)), plover_mode=entry.plover_mode,
        plover_context=entry.plover_context,
    )


def code_doc(doc: Doc, lex: Lexicon | None = None) -> list[Event]:
    """Every event in a parsed and actor-tagged ``Doc``, in text order."""
    lex = lex or lexicon()
    index = MentionIndex(doc)
    matches = [m for m in (best_match(tok, lex) or _obligation(tok, lex) for tok in doc) if m is not None]
    consumed: set[int] = set()
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
            consumed.add(match.theme.i)
        found.extend(coded)
    found.sort(key=lambda f: f.match.token.i)
    governors = {f.governor for f in found if f.governor is not None}
    # "agreed to meet", "threatened to strike": the complement carries the event, not the governor.
    kept = [f for f in found if f.match.token.i not in governors]
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for f in kept:
        key = (f.match.token.i, f.source.start if f.source else None, f.target.start if f.target else None, f.cameo)
        if key not in seen:
            seen.add(key)
            events.append(_event(f, doc))
    return events
