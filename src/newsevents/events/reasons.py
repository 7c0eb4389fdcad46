"""Who does an act named as the reason for a punishment or a praise: "for Ving".

"The blogger was jailed *for criticizing* the president", "police arrested the cleric for insulting the
king", "the senator was expelled for calling the president a liar": the one punished (or praised,
thanked, blamed) is the one who spoke; "faces trial for insulting the king": the one who faces it.
Only speech is read this way: other acts a punishment is for ("jailed for helping militants") are
its charge, unproven, and keep no doer (so they code nothing).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Verbs whose object (or passive subject) is the one who did what the "for" phrase names.
FOR_OBJECT_CONTROL = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict", "fine", "punish",
                                "prosecute", "charge", "try", "sue", "expel", "suspend", "ban", "sanction", "deport",
                                "criticize", "criticise", "condemn", "denounce", "blame", "fault", "praise", "thank",
                                "commend", "reprimand", "rebuke", "penalize", "penalise", "persecute", "indict"})
# Verbs whose subject did it ("faces trial for insulting the king").
FOR_SUBJECT_CONTROL = frozenset({"face", "await", "stand"})
# Gerunds of speech so read.
FOR_SPEECH = frozenset({"criticize", "criticise", "insult", "call", "describe", "label", "brand", "denounce",
                        "condemn", "accuse", "blame", "mock", "defame", "slander", "ridicule", "question",
                        "say", "write", "post", "publish", "speak", "tweet", "disparage", "oppose"})


def reason_governor(host: Token) -> Token:
    """The verb a "for Ving" phrase gives the reason of: the phrase's host, or the verb of "face" whose
    object the parser hung it on ("are facing *an inquiry* for calling the count rigged")."""
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "dobj" and host.head.lemma_.lower() in FOR_SUBJECT_CONTROL:
        return host.head
    return host


def for_doer(gerund: Token, governor: Token, subject: Callable[[Token], Token | None]) -> Token | None:
    """Who does ``gerund``, the object of a "for" phrase on ``governor`` (``subject`` finds a verb's
    logical subject), or ``None`` where the text does not tell it (see the module docstring)."""
    if gerund.lemma_.lower() not in FOR_SPEECH:
        return None
    if governor.lemma_.lower() in FOR_SUBJECT_CONTROL:
        return subject(governor)
    if governor.lemma_.lower() not in FOR_OBJECT_CONTROL:
        return None
    held = [c for c in governor.children if c.dep_ in ("nsubjpass", "dobj")]
    return held[0] if held else None
