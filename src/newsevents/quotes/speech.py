"""Speech cues in a dependency parse, and the token that names their speaker.

A cue is a verb of saying ("said", "told reporters", "added", "warned"), the "quoted X as
saying" construction, or "according to X". Verbs of naming ("called it", "described as") only
count when a quote is their complement: they attribute words but never stand alone as a cue.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from pathlib import Path

from spacy.tokens import Token

from newsevents.nlp.relatives import RELATIVE_PRONOUNS
from newsevents.nlp.sentences import sentence_of

CUE_VERBS_FILE = Path(__file__).with_name("cue_verbs.tsv")
"""Verb lemmas that attribute words, one per line: ``lemma<TAB>kind`` (``speech`` or ``naming``)."""


@functools.lru_cache(maxsize=1)
def cue_lemmas() -> dict[str, str]:
    """Lemma -> kind (``speech``: introduces speech; ``naming``: quotes a phrase it governs)."""
    lemmas: dict[str, str] = {}
    with CUE_VERBS_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                lemma, kind = line.split("\t")
                lemmas[lemma.strip()] = kind.strip()
    return lemmas


# Dependency labels that link a word to the verb whose argument it is. A short quote counts as
# speech only when such a chain joins it to a speech verb: "said China was a “priority”" yes,
# "a “peaceful” friend" (amod) or "in “all issues”" (prep + pobj) no.
ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "nsubj", "nsubjpass", "csubj",
                           "acomp", "oprd", "appos", "conj", "dep", "parataxis"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Clauses that share the subject of the verb they hang from ("he smiled and said ...",
# "Beijing rejected it, saying ...").
_SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})


# Speech verbs with a common sense that is not speech when they take an object ("added fuel to
# the fire", "continued the talks").
_OBJECT_MEANS_OTHER_SENSE = frozenset({"add", "continue", "post"})


def is_speech_verb(token: Token, quoted: Collection[int] = ()) -> bool:
    """Whether ``token`` is a verb that introduces speech here.

    A passive verb introduces nobody's speech ("new content should be added", "it was stated"),
    except "X was quoted as saying"; neither does "add"/"continue" with an object of its own.
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or cue_lemmas().get(lemma) != "speech":
        return False
    deps = {c.dep_ for c in token.children}
    if lemma != "quote" and deps & {"auxpass", "nsubjpass"}:
        return False
    if lemma in _OBJECT_MEANS_OTHER_SENSE:
        return not any(c.dep_ in {"dobj", "obj"} and c.i not in quoted for c in token.children)
    return True


def is_naming_verb(token: Token) -> bool:
    """Whether ``token`` is a verb that can quote a phrase as its complement."""
    return token.pos_ == "VERB" and cue_lemmas().get(token.lemma_.lower()) == "naming"


def quoting_verb(cue: Token) -> Token | None:
    """The verb "quote" of "quoted X as saying" / "X was quoted as saying", given the cue."""
    if cue.lemma_.lower() == "quote" and cue.pos_ == "VERB":
        return cue
    head = cue.head
    # "as saying": saying <-pcomp- as <-prep- quoted (or saying <-advcl- quoted)
    if head.lower_ == "as" and head.head.lemma_.lower() == "quote":
        return head.head
    if cue.dep_ == "advcl" and head.lemma_.lower() == "quote":
        return head
    return None


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _agent(verb: Token) -> Token | None:
    agent = _child(verb, frozenset({"agent"}))
    return None if agent is None else _child(agent, frozenset({"pobj"}))


def speaker_token(cue: Token) -> tuple[Token | None, bool]:
    """The token naming who speaks through ``cue``, and whether the quote verb pattern applied.

    "X quoted Y as saying" names Y (the object), "Y was quoted as saying" names Y (the passive
    subject); otherwise the speaker is the subject of the cue verb, the agent of a passive one,
    or the subject of the clause the cue verb shares its subject with.
    """
    quoter = quoting_verb(cue)
    if quoter is not None:
        passive = _child(quoter, frozenset({"nsubjpass"}))
        quoted = passive or _child(quoter, frozenset({"dobj", "obj"}))
        if quoted is not None:
            return quoted, True
    verb = cue
    for _ in range(4):
        subject = _child(verb, frozenset({"nsubj", "csubj"})) or _agent(verb)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            return subject, False
        if verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return None, False


def according_to(token: Token) -> Token | None:
    """For the word "according" of "according to X", the head token of X."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    return _child(to, frozenset({"pobj", "obj"}))


def has_own_content(verb: Token, quoted: set[int]) -> bool:
    """Whether a speech verb already has what it says outside the quotes ("said that X")."""
    for child in verb.children:
        content = child.dep_ in {"ccomp", "xcomp", "csubj"} or (
            # the object of "tell", "ask", "urge" is the listener, not what is said
            child.dep_ == "dobj" and verb.lemma_.lower() not in {"tell", "ask", "quote", "urge"}
        )
        if content and not any(t.i in quoted for t in child.subtree):
            return True
    return False


def governing_chain(head: Token, quoted: set[int]) -> list[Token]:
    """The ancestors of ``head`` within its sentence, nearest first, skipping quoted words."""
    chain: list[Token] = []
    token = head
    sent_start = sentence_of(head).start
    while token.head.i != token.i and token.head.i >= sent_start:
        token = token.head
        if token.i not in quoted:
            chain.append(token)
    return chain
