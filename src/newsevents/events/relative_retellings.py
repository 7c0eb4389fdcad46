"""An act named again in a relative clause on one of its sides is the act told before.

A story names the doers of its lead act again by that act: "Thousands of protesters rallied in the
capital on Friday. ... The protesters, who gathered in the central square, demanded ...", "Police
detained about 20 activists. ... Police who arrested the demonstrators cited a court ban". The
relative clause describes a side by what the story has already told; a trained coder codes the act
once (CONVENTIONS 5.1). Only a past act of the same code between the same two countries as an
act of an earlier sentence, in a clause on one of its sides, counts: a relative clause with a new
act ("the activists, who were released later" after their arrest) has another code, a clause on a
place ("Islamabad, where passers-by were arrested") tells acts of its own, and an act the lead has
not told stays.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

PAST_TAGS = frozenset({"VBD", "VBN"})


def without_relative_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less an act told in a past relative clause on one of its sides whose code and two countries repeat an
    act of an earlier sentence (kept among that act's retellings)."""
    _, number = doc_view(doc).sentences()
    out: list[Event] = []
    for e in events:
        trigger = trigger_token(doc, e)
        first = None
        if trigger is not None and trigger.dep_ == "relcl" and trigger.tag_ in PAST_TAGS \
                and _on_a_side(e, trigger.head.idx):
            key = _key(e)
            first = next((i for i, k in enumerate(out) if None not in key and _key(k) == key
                          and (t := trigger_token(doc, k)) is not None and number[t.i] < number[trigger.i]), None)
        if first is None:
            out.append(e)
        else:
            out[first] = out[first].told_again(e)
    return out


def _on_a_side(event: Event, offset: int) -> bool:
    """Whether the character ``offset`` (the noun a relative clause hangs on) lies in the act's
    source or target: the clause describes a side ("Police who arrested ..."), not a place or a
    time ("in Islamabad, where even passers-by were arrested")."""
    return any(side is not None and side.span is not None and side.span[0] <= offset < side.span[1]
               for side in (event.source, event.target))


def _key(event: Event) -> tuple[str | None, str | None, str]:
    """The act's two countries and its code."""
    source, target = event.source, event.target
    return (source.country if source is not None else None, target.country if target is not None else None,
            event.cameo)
