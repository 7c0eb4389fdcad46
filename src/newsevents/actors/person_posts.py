"""A person's posts: the title words before a name and the appositive after it.

"Japanese ambassador to Hanoi Kenji Morimoto" and "Maria Olsen, speaker of the national
assembly" both say what the person is. Reading how far those words reach is a question of
token shapes and dictionary matches alone, apart from finding the name itself, so it lives
here; ``newsevents.actors.person_names.PersonFinder`` calls it for each name it finds.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.coding import SERVING_TITLES, STANCE_GROUPS, STANCE_PREFIXES
from newsevents.actors.lexicon import Match
from newsevents.nlp.docview import DocView, norm

# Words allowed between the title words before a name ("Japanese ambassador to Hanoi Kenji").
TITLE_GLUE = frozenset({"'s", "'", "of", "to", "for", "the", "deputy", "vice", "acting", "chief", "senior",
                        "top", "-", "interim", "current", "new", "outgoing", "incoming", "special", "foreign",
                        "then", "first", "general", "high", "state", "national"} | {
                        # a faith between a nationality and a title ("Egyptian Islamic cleric X") leaves
                        # the nationality the person's country
                        "muslim", "islamic", "christian", "catholic", "jewish", "buddhist", "hindu", "sunni",
                        "shiite", "shia", "orthodox", "evangelical", "protestant"})
LEADING_JUNK = frozenset({"the", "a", "an", "to", "of", "for", "'s", "'", "-"})
CLAUSE_END = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "–", "—", "!", "?"})
# The longest appositive read as a person's post (in tokens, "second-in-command" is five).
APPOSITIVE_WORDS = 14
# Organisations an appositive post may name ("a commander of the LRA", "a leader of the ANC").
MEMBER_ORGS = ("armed", "party")
# Posts held in an international body ("head of the OAS", "the UN envoy for Yemen").
BODY_POSTS = SERVING_TITLES | {"envoy", "representative", "ambassador", "coordinator", "rapporteur", "commissioner",
                               "mediator", "negotiator", "observer"}
# The most nouns read as an occupation between a demonym and a name ("drug cartel boss").
OCCUPATION_WORDS = 3
# Verbs of a relative clause that give a post ("X, who heads the navy,", "who leads the party").
HEADING_VERBS = frozenset({"head", "lead", "chair", "command", "run"})


def prefix_start(doc: Doc, tokens: DocView, at: list[Match | None], s: int) -> int:
    """Where the title words before the name at ``s`` begin (``s`` if there are none)."""
    j = s - 1
    while j >= 0 and s - j <= 12 and not doc[j + 1].is_sent_start:
        tok = doc[j]
        if tokens.normed[j] in STANCE_GROUPS:
            break  # "critics of President X": X is whom they oppose, not their title
        if at[j] is not None or norm(tok.text) in TITLE_GLUE:
            j -= 1
            continue
        if norm(tok.text) in STANCE_PREFIXES and tokens.texts[j + 1] == "-":
            j -= 1  # "pro-Moscow opposition leader X": the stance is read (and set aside) by gather
            continue
        demonym = occupation_demonym(doc, at, j)
        if demonym is not None:
            j = demonym  # "Spanish cyclist X", "Colombian drug dealer X": the demonym is the person's
            continue
        break
    start = j + 1
    while start < s and (tokens.normed[start] in LEADING_JUNK or doc[start].is_punct):
        start += 1
    if not any(at[i] is not None for i in range(start, s)):
        return s
    return start


def occupation_demonym(doc: Doc, at: list[Match | None], j: int) -> int | None:
    """Where a demonym stands before the occupation ending at ``j`` ("*Spanish* cyclist", "*Colombian*
    drug dealer"), when the occupation is common nouns no dictionary codes, in lower case and
    compounded onto the name after them; ``None`` otherwise. The demonym gives the person a
    country and nothing else: an occupation no role table lists says no sector."""
    k = j
    while k >= 0 and j - k < OCCUPATION_WORDS and _occupation_word(doc, at, k):
        k -= 1
    if k == j or k < 0 or doc[k + 1].is_sent_start:
        return None
    match = at[k]
    if match is None or match.end != k + 1 or match.entries[0].kind != "adjective":
        return None
    return k


def _occupation_word(doc: Doc, at: list[Match | None], k: int) -> bool:
    tok = doc[k]
    return at[k] is None and tok.pos_ == "NOUN" and tok.text.islower() and tok.dep_ in {"compound", "nmod"} \
        and tok.head.i > k


def appositive(doc: Doc, tokens: DocView, at: list[Match | None], e: int) -> tuple[int, int] | None:
    """The appositive after a name ending at ``e`` (", head of the country's legislature,")."""
    doc = doc
    if e >= len(doc) - 1 or tokens.texts[e] != ",":
        return None
    j = e + 1
    if doc[j].ent_type_ == "PERSON":
        return None
    if tokens.normed[j] == "who" and j + 2 < len(doc) and doc[j + 1].lemma_ in HEADING_VERBS:
        j += 2  # "X, who heads the country's navy,": the post of a relative clause
    while j < len(doc) and j - e <= APPOSITIVE_WORDS and tokens.texts[j] not in CLAUSE_END \
            and doc[j].pos_ not in {"VERB", "AUX"}:
        j += 1
    if j - e > APPOSITIVE_WORDS or j >= len(doc) or tokens.texts[j] not in CLAUSE_END:
        return None
    # a role ("speaker of the assembly"), or a post in a named group ("the deputy
    # leader of the New People's Army"): the person belongs to it
    if not any(at[i] is not None and at[i].first("title", "body", *MEMBER_ORGS) is not None  # type: ignore[union-attr]
               for i in range(e + 1, j)) and not heads_body(tokens, at, e + 1, j):
        return None
    return e + 1, j


def heads_body(tokens: DocView, at: list[Match | None], start: int, end: int) -> bool:
    """Whether words ``start:end`` are a post at the head of an international body ("head of the
    Organization of American States", "chief of the IAEA"): its holder acts for the body."""
    words = tokens.normed[start:end]
    heads = words[:1] == ["who"] or any(w in BODY_POSTS for w in words)
    return heads and any(at[i] is not None and at[i].first("igo", "ngo") is not None  # type: ignore[union-attr]
                         for i in range(start, end))
