"""The speaker's own second act: "The ministry said the talks were useful and urged the rebels to
sign". The parser joins "urged" to the reported clause ("were useful"), so the subject the coder
inherits is the reported clause's ("the talks"), or no one; the act is the ministry's.

A verb joined to the clause a report verb reports is the speaker's own act when it is itself an
act of speech (urging, condemning, warning ...), has no subject of its own, and stands in the
report verb's tense ("said ... and urged", "says ... and calls for"). "The army said rebels had
attacked the town and killed 12 people" keeps the rebels: killing is no act of speech, and a
past perfect marks the reported clause's own sequence of acts. So is a participle of speaking set
off after the reported clause ("say Georgia broke the truce, claiming that ...", session 19).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.speakers import REPORT_VERBS

# Acts a speaker performs by speaking: they follow "said ... and" as the speaker's next act
SPEECH_ACTS = frozenset({
    "urge", "call", "appeal", "ask", "demand", "condemn", "denounce", "criticize", "criticise", "accuse",
    "blame", "warn", "threaten", "praise", "welcome", "hail", "reject", "deny", "dismiss", "vow", "pledge",
    "promise", "thank", "congratulate", "express", "reiterate", "renew", "invite", "offer", "propose",
    "rule", "refuse", "press", "implore", "exhort", "apologize", "apologise",
})
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
# Participles of speaking set off after a reported clause: "X say Georgia broke the truce, *claiming* that ..."
SPEAKING_PARTICIPLES = SPEECH_ACTS | frozenset({"claim", "say", "add", "allege", "argue", "insist", "note",
                                                "charge", "stress", "explain", "suggest", "cite"})


def reporting_speaker_verb(verb: Token) -> Token | None:
    """The report verb whose subject does ``verb`` when ``verb`` is the speaker's own act joined to
    the reported clause (see the module), else ``None``."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_ACTS:
        return None
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children):
        return None
    report = reported.head
    if report.lemma_.lower() not in REPORT_VERBS or report.tag_ != verb.tag_:
        return None
    return report


def reporting_participle_speaker(verb: Token) -> Token | None:
    """The report verb whose subject speaks ``verb``, a participle of speaking set off by a comma
    after the clause that report verb reports: "Russian leaders say Georgia has yet to honor the
    truce, claiming that ..." (parsed with "claiming" on "has", so Georgia seemed the claimant);
    else ``None``. A participle of any other act keeps the reported clause's subject ("police said
    the rebels attacked the town, killing 12": the rebels killed)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in SPEAKING_PARTICIPLES:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None
    reported = verb.head
    report = reported.head
    if reported.dep_ != "ccomp" or report.lemma_.lower() not in REPORT_VERBS or report.i > reported.i:
        return None
    return report


def reported_words(theme: Token) -> set[int]:
    """The indices of ``theme``'s subtree (a reported clause) less the speaker's own acts joined
    to it and their words: "said the rebels were to blame *and urged Somalia to arrest them*"."""
    own = {t.i for c in theme.subtree if reporting_speaker_verb(c) is not None for t in c.subtree}
    return {t.i for t in theme.subtree} - own


def held_stance(verb: Token) -> bool:
    """Whether ``verb`` is an act of speech in the present perfect: "the opposition leader, *who has
    accused* the president of running a dictatorship" tells a stance its speaker holds now, as
    ``standing_word`` keeps a record of speech standing; a relative clause in the past perfect
    ("the premier, who had urged a tougher line") recalls one, and other perfect-tense relatives
    describe who someone is (``unreal.described``)."""
    return standing_word(verb) and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def standing_word(verb: Token) -> bool:
    """Whether ``verb`` is an act of speech, which a record in the perfect keeps standing: "has
    repeatedly called on Gambia to reopen the border", "has long accused Rwanda of arming the
    rebels" are stances held now, unlike "has repeatedly sent warships" (see ``unreal.summarised``)."""
    return verb.lemma_.lower() in SPEECH_ACTS
