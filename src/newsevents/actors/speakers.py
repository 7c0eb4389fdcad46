"""What a speaking body says is no clue to whose body it is.

"The authorities said the men had crossed from Somalia": a state body with no country of its own
takes the one country its sentence names (:mod:`newsevents.actors.context`), but a country named
only inside what the body says is the matter of its words, not its home; in a story from Nairobi
those authorities are Kenya's. :func:`said_span` gives the token range of the reported clause of a
body that is the subject of a verb of saying, so that the sentence-country rule can read the
sentence without it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Verbs whose clausal complement is what the subject says, believes or reports.
SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "allege", "confirm", "add", "report",
                          "insist", "deny", "explain", "note", "believe", "suspect", "fear", "estimate", "warn",
                          "charge", "accuse", "argue", "assert", "stress", "declare", "disclose", "reveal"})
# Verbs that report what a speaker says on their own side's behalf ("He says the bloc will ...", "said ...
# and urged"), not what it believes or fears: read by ``described_orgs`` and ``events.speaker_acts``.
REPORT_VERBS = frozenset({"say", "tell", "announce", "declare", "state", "add", "note", "insist", "stress", "vow",
                          "pledge", "promise", "warn", "confirm"})


def said_span(subject: Token) -> tuple[int, int] | None:
    """The token range ``[start, end)`` of what ``subject`` (a body's head noun) is said to say,
    when it is the subject of a verb of saying with a clausal complement; else ``None``."""
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if verb.lemma_.lower() not in SAYING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > subject.i), None)
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and _quoted(c)), None)
    if clause is None:
        return None
    return clause.left_edge.i, clause.right_edge.i + 1


def _quoted(clause: Token) -> bool:
    """Whether a fronted clause is a direct quotation ("'The bank has ...,' said X"): the speaker's
    own words. An unquoted fronted report ("Police killed two men in Nairobi, the ministry said")
    is left to the sentence rules: a body reporting its own country's acts is usually of it."""
    doc = clause.doc
    start, end = max(clause.left_edge.i - 1, 0), min(clause.right_edge.i + 2, len(doc))
    return any(t.is_quote for t in doc[start:end])


def added_spans(subject: Token) -> list[tuple[int, int]]:
    """The token ranges of what the speaker goes on to say in a participle of saying ("..., said X,
    adding that Y"): his words as much as the main clause's."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in SAYING_VERBS:
        return []
    return [(c.left_edge.i, c.right_edge.i + 1) for adv in subject.head.children
            if adv.dep_ == "advcl" and adv.i > subject.i and adv.lemma_.lower() in SAYING_VERBS
            for c in adv.children if c.dep_ == "ccomp"]


def said_chars(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The character span of what the mention at tokens ``start:end`` says (see :func:`said_span`),
    and of what it goes on to say (:func:`added_spans`), as a list of ``(start_char, end_char)``."""
    if not start < end <= len(doc):
        return []
    root = doc[start:end].root
    said = said_span(root)
    spans = ([said] if said is not None else []) + added_spans(root)
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in spans]
