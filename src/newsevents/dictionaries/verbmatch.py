"""Code events with verb dictionary patterns, read over the dependency parse.

A pattern's two sides map onto the verb's dependents: the words before ``*`` are looked for in
the subject side (the dependents left of the verb), those after it in the object side (the
dependents right of it); clauses of their own (``ccomp``, ``advcl``, ``conj``, ...) are not
searched, as PETRARCH 2's patterns hold one verb. ``(PREP ...)`` needs a ``prep``/``agent``
dependent with that word whose object holds the phrase. The source is the subject (the
``by`` agent of a passive) unless ``$`` marks another place; the target is the direct object
(the passive subject; else a preposition's object) unless ``+`` does. A verb with ``not``
codes only through a pattern written with ``NOT``. An event needs a coded source and target
that differ, and names the file and line of its pattern in ``rule``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.actors.index import mention_at, mentions_in
from newsevents.dictionaries.verbs import Item, Pattern, Prep, Verb, VerbBlock, VerbFile
from newsevents.nlp.extensions import WARNINGS_KEY
from newsevents.records import ActorMention, Event

# Dependents that start a clause of their own: their words are not the verb's arguments.
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj", "csubjpass", "relcl", "cc",
                     "punct", "mark"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True, slots=True)
class VerbRule:
    """A verb of a block, with the file it came from."""

    verb: Verb
    block: VerbBlock
    path: str


@dataclass(frozen=True, slots=True)
class Coded:
    """One dictionary-coded event before it becomes a record: who, whom, the code, the rule."""

    verb: Token
    source: ActorMention
    target: ActorMention
    code: str
    rule: str


class VerbMatcher:
    """The verbs of some verb files, indexed by base form, ready to code parsed sentences."""

    def __init__(self, files: Iterable[VerbFile]) -> None:
        self.by_lemma: dict[str, list[VerbRule]] = {}
        for vf in files:
            for block in vf.blocks:
                for verb in block.verbs:
                    self.by_lemma.setdefault(verb.lemma, []).append(VerbRule(verb, block, vf.path))

    def __len__(self) -> int:
        return len(self.by_lemma)

    def code(self, doc: Doc, skip: set[int] | None = None) -> list[Coded]:
        """Every event the patterns code in ``doc``; verbs at token indices in ``skip`` are left."""
        out: list[Coded] = []
        for tok in doc:
            if tok.pos_ not in {"VERB", "AUX"} or (skip and tok.i in skip):
                continue
            rules = self.by_lemma.get(tok.lemma_.lower()) or self.by_lemma.get(tok.lower_)
            if rules:
                out.extend(self._code_verb(doc, tok, rules))
        return out

    def _code_verb(self, doc: Doc, verb: Token, rules: list[VerbRule]) -> Iterator[Coded]:
        negated = any(c.dep_ == "neg" for c in verb.children)
        for rule in rules:
            if not _verb_words(verb, rule.verb):
                continue
            best = _best_pattern(verb, rule.block.patterns, negated)
            if best is not None:
                pattern, source_tok, target_tok = best
                codes, line = (pattern.code, pattern.back_code), pattern.line
            elif negated:
                continue
            else:
                source_tok, target_tok = _default_source(verb), _default_target(verb)
                codes, line = (rule.verb.code or rule.block.code, None), rule.verb.line
            source, target = _actor(doc, source_tok), _actor(doc, target_tok)
            if source is None or target is None or source.code == target.code:
                continue
            name = f"dictionary:{Path(rule.path).name}:{line}"
            if codes[0]:
                yield Coded(verb, source, target, codes[0], name)
            if codes[1]:
                yield Coded(verb, target, source, codes[1], name)
            return


def _verb_words(verb: Token, entry: Verb) -> bool:
    """Whether the words a multi-word verb fixes around it are there ("hand over", "wire tap")."""
    if entry.after:
        parts = [c.lower_ for c in verb.children if c.i > verb.i and c.dep_ in {"prt", "prep", "advmod"}]
        if parts[:len(entry.after)] != list(entry.after):
            return False
    if entry.before:
        start = verb.i - len(entry.before)
        if start < 0 or [t.lower_ for t in verb.doc[start:verb.i]] != list(entry.before):
            return False
    return True


def _side(verb: Token, left: bool) -> list[Token]:
    """The verb's dependents on one side, with their subtrees, clauses of their own left out."""
    kids = [c for c in verb.children if (c.i < verb.i) == left and c.dep_ not in CLAUSAL]
    return [t for c in kids for t in c.subtree]


def _words(tokens: Iterable[Token]) -> set[str]:
    return {w for t in tokens for w in (t.text.upper(), t.lemma_.upper())}


def _item_found(item: Item, words: set[str]) -> bool:
    return any(all(w in words for w in alternative) for alternative in item.words)


def _prep_object(tokens: list[Token], prep: Prep) -> Token | None:
    """The object of a preposition among ``tokens`` that the pattern's phrase fits, if any."""
    for tok in tokens:
        if tok.dep_ in {"prep", "agent", "dative"} and tok.lower_ in prep.preps:
            objects = [c for c in tok.children if c.dep_ in {"pobj", "pcomp"}]
            obj = objects[0] if objects else None
            inner = _words(obj.subtree) if obj is not None else set()
            if all(_item_found(i, inner) for i in prep.items if not i.marker):
                return obj if obj is not None else tok
    return None


def _match(verb: Token, pattern: Pattern) -> tuple[Token | None, Token | None] | None:
    """Whether ``pattern`` fits ``verb``: (source, target) tokens it marks (``None``: default)."""
    source: Token | None = None
    target: Token | None = None
    for items, left in ((pattern.before, True), (pattern.after, False)):
        tokens = _side(verb, left)
        words = _words(tokens)
        for item in items:
            if isinstance(item, Prep):
                obj = _prep_object(tokens, item)
                if obj is None:
                    return None
                markers = {i.marker for i in item.items if i.marker}
                source = obj if markers & {"$", "%"} else source
                target = obj if markers & {"+", "%"} else target
            elif item.marker:
                place = _default_source(verb) if left else _direct_object(verb)
                source = place if item.marker in {"$", "%"} else source
                target = place if item.marker in {"+", "%"} else target
            elif not _item_found(item, words):
                return None
    return source, target


def _best_pattern(verb: Token, patterns: list[Pattern],
                  negated: bool) -> tuple[Pattern, Token | None, Token | None] | None:
    """The most specific pattern that fits (the first in the file among equals)."""
    best: tuple[Pattern, Token | None, Token | None] | None = None
    for pattern in patterns:
        if pattern.negated != negated or (best is not None and pattern.size <= best[0].size):
            continue
        found = _match(verb, pattern)
        if found is not None:
            source, target = found
            best = (pattern, source or _default_source(verb), target or _default_target(verb))
    return best


def _default_source(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _direct_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass", "dative"}:
            return child
    return None


def _target_candidates(verb: Token) -> list[Token]:
    """Where a target may stand, in order: the direct object, then prepositions' objects."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _default_target(verb: Token) -> Token | None:
    """The first place a target may stand that holds a coded actor (else the direct object)."""
    candidates = _target_candidates(verb)
    for tok in candidates:
        if _actor(tok.doc, tok) is not None:
            return tok
    return candidates[0] if candidates else None


def _actor(doc: Doc, tok: Token | None) -> ActorMention | None:
    """The coded actor mention at ``tok`` (or inside its phrase), if any."""
    if tok is None:
        return None
    found = mention_at(doc, tok.i)
    if found is None:
        inside = mentions_in(doc, tok.left_edge.i, tok.right_edge.i + 1)
        found = inside[0] if inside else None
    return found if found is not None and found.code else None


def to_event(found: Coded, doc: Doc) -> Event:
    """The event record of a dictionary-coded event; a code outside the CAMEO codebook is kept
    as given, with no PLOVER type, Goldstein score or QuadClass."""
    from newsevents.events import codebook
    from newsevents.events.attributes import event_date
    from newsevents.nlp.sentences import sentence_of, span_text

    verb, sent = found.verb, sentence_of(found.verb)
    date, precision = event_date(verb, doc)
    entry = codebook.lookup(found.code) if codebook.is_valid(found.code) else None
    return Event(
        date=date, source=found.source.ref(), target=found.target.ref(),
        cameo=found.code, plover=entry.plover if entry else None,
        goldstein=entry.goldstein if entry else None, quad_class=entry.quad_class if entry else None,
        sentence=span_text(sent), span=(sent.start_char, sent.end_char), trigger=verb.text, rule=found.rule,
        confidence=0.8, trigger_span=(verb.idx, verb.idx + len(verb.text)),
        plover_mode=entry.plover_mode if entry else None, plover_context=entry.plover_context if entry else None,
        date_precision=precision,
    )


def unknown_codes_warning(codes: Iterable[str]) -> str:
    """The warning for events kept with codes the CAMEO codebook does not hold."""
    listed = ", ".join(sorted(set(codes)))
    return (f"event codes outside the CAMEO codebook, from a verb dictionary: {listed}; "
            "those events keep their code with no PLOVER type, Goldstein score or QuadClass")




def dictionary_events(doc: Doc, events: list[Event], matcher: VerbMatcher | None) -> list[Event]:
    """Events the verb patterns code at verbs ``events`` (our own coder's) left without one;
    codes outside the codebook leave a warning for the article."""
    if matcher is None:
        return []
    taken = {t.i for e in events if e.trigger_span
             for t in doc.char_span(*e.trigger_span, alignment_mode="expand") or ()}
    found = [to_event(c, doc) for c in matcher.code(doc, taken)]
    unknown = [e.cameo for e in found if e.goldstein is None]
    if unknown:
        doc.user_data.setdefault(WARNINGS_KEY, []).append(unknown_codes_warning(unknown))
    return sorted(found, key=lambda e: e.span)
