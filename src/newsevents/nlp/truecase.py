"""Text set in capitals, given ordinary case before parsing; the spans found map back unchanged.

Radio scripts, wire slugs and some agency feeds are printed in capitals. The small English model
reads "PRESIDENT JOHN KUFUOR OF GHANA MET ... IN ABUJA" as a run of shouted nouns: no verb, no
names, no event. Here each block of lines with (nearly) no small letters and at least
:data:`MIN_WORDS` words gets the case an editor would give it, from general knowledge only:

- a name the project knows (:mod:`newsevents.nlp.truecase_knowledge`: countries and demonyms,
  organisations, persons, regions, large cities, the Phoenix actors) is written as that name is;
  a known acronym (UN, NATO, KLA) and a word with dots or letters joined by hyphens (U.S., U-N)
  stays in capitals, "US" and "WHO" only where they name something;
- months and days are capitalised ("may" and "march" only near a number or after "in"/"of");
- a word that is not an English word is taken for a name and capitalised; so are a title before
  a name, a surname after a first name and a first name after a role word;
- every other word goes to lower case; a sentence's first word and "I" are capitalised.

Only the parse sees the new case: every character keeps its place and length (a letter whose
case mapping is longer, as "İ", keeps its own case), so each span of the extraction points into
the original text, and :func:`restore_case` puts the original words back into the evidence
(sentences, triggers, mentions, quotes, dates, figures). Text with no run of
:data:`MIN_RUN` capitalised words is returned as it is after one regular-expression search.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from newsevents.dates import calendar
from newsevents.nlp.truecase_knowledge import WORD, Knowledge, knowledge
from newsevents.records import ActorRef, Article, Extraction

MIN_RUN = 5
"""Words in capitals in a row before a text is looked at closer (cheap pre-check)."""
MIN_WORDS = 6
"""Words a block of capital lines needs: shorter lines (datelines, slugs, "UN, EU URGE TALKS")
are left as they are."""
MAX_SMALL_SHARE = 0.02
"""Share of small letters among the cased letters a line in capitals may have (McDONALD, "(Opt)")."""

# Capital letters of the cased alphabets (Latin, Greek, Cyrillic, Armenian): not "[^\W\da-z_]",
# which takes any small letter beyond ASCII and every letter of an uncased script for a capital.
_UPPER_LETTERS = "".join(ch for ch in map(chr, range(0x0590)) if ch.isupper())
_UPPER_WORD = rf"[{_UPPER_LETTERS}]{{2,}}"
_RUN = re.compile(rf"{_UPPER_WORD}(?:[\s,;:'’\-\d]+{_UPPER_WORD}){{{MIN_RUN - 1},}}")
# A fragment a warning quotes: "no doer named: \"clashes\" ... in: \"Police arrested ...\"".
_QUOTED = re.compile(r"(?<=\")[^\"]+(?=\")|(?<=')[^']+(?=')")
# Before a word an editor capitalises as a sentence's first: an end of sentence, a paragraph break,
# an opening quote after a colon. Not nlp/text_sentences.py's cut, which answers another question:
# here a single line break is no sentence end (scripts in capitals wrap their lines mid-sentence)
# and a quotation opened after a colon starts with a capital. It knows no abbreviation: after "U.S."
# the next word is capitalised (left as it was: unifying would change the parse of capitals text).
_SENTENCE_END = re.compile(r"[.!?]['\"’”)]*\s+$|\n\s*\n\s*$|[:]\s*[\"“]\s*$")
MONTHS = frozenset(name for name, number in calendar.MONTHS.items()  # the full names, not "jan", "sept"
                   if len(name) == max(len(other) for other, n in calendar.MONTHS.items() if n == number))
DAYS = frozenset(calendar.WEEKDAYS)
_MONTH_VERBS = frozenset({"may", "march"})  # months that are also common English words
# Single words an editor capitalises before a name. Not the actor step's role table
# (actors/data/roles.tsv) nor person_names.HONORIFICS: the table holds role phrases and many
# roles that are no title ("police", "soldier"), which would be capitalised before a name here.
TITLES = frozenset(
    [
        "president", "vice", "prime", "minister", "foreign", "defense", "defence", "interior", "finance",
        "treasury", "energy", "justice", "deputy", "assistant", "chief", "secretary", "general",
        "chancellor", "king", "queen", "prince", "princess", "sheikh", "emperor", "pope", "senator",
        "governor", "ambassador", "mayor", "chairman", "colonel", "lieutenant", "major", "captain",
        "commander", "admiral", "marshal", "premier", "judge", "mr", "mrs", "ms", "dr", "sir", "lord",
        "cardinal", "archbishop", "bishop", "ayatollah", "mullah", "rev"
    ])
ROLES = TITLES | frozenset(
    [
        "correspondent", "reporter", "spokesman", "spokeswoman", "candidate", "envoy", "leader", "adviser",
        "advisor", "commander"
    ])
"""Words before a person's name."""
CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
_DOTS_OR_LETTERS = re.compile(r"(?:[^\W\d_][.\-]){1,}[^\W\d_]?\.?")


def is_capitals(text: str) -> bool:
    """Whether ``text`` holds a run of :data:`MIN_RUN` capitalised words (the cheap pre-check)."""
    return _RUN.search(text) is not None


def capital_blocks(text: str) -> list[tuple[int, int]]:
    """Character spans of the blocks of consecutive lines set in capitals (blank lines inside a
    block belong to it) holding at least :data:`MIN_WORDS` words."""
    if not is_capitals(text):
        return []
    blocks: list[tuple[int, int]] = []
    start = end = -1
    words = 0
    at = 0
    for line in text.splitlines(keepends=True):
        upper = sum(1 for ch in line if ch.isupper())
        small = sum(1 for ch in line if ch.islower())
        uncased = sum(1 for ch in line if ch.isalpha()) - upper - small  # Arabic, Chinese: no capitals
        if upper and small <= MAX_SMALL_SHARE * (upper + small) and uncased <= upper:
            if start < 0:
                start, words = at, 0
            end = at + len(line)
            words += len(WORD.findall(line))
        elif upper or small:
            if start >= 0 and words >= MIN_WORDS:
                blocks.append((start, end))
            start = -1
        at += len(line)
    if start >= 0 and words >= MIN_WORDS:
        blocks.append((start, end))
    return blocks


def truecased(text: str, knowledge: Knowledge) -> str:
    """``text`` with each block set in capitals given ordinary case (same length)."""
    blocks = capital_blocks(text)
    if not blocks:
        return text
    chars = list(text)
    for start, end in blocks:
        _truecase_block(text, start, end, knowledge, chars)
    return "".join(chars)


def _truecase_block(text: str, start: int, end: int, know: Knowledge, chars: list[str]) -> None:
    words = list(WORD.finditer(text, start, end))
    lowered = [w.group().lower() for w in words]
    forms: list[str | None] = [None] * len(words)  # the word as written, None: lower case
    seen: set[str] = set()  # words of persons named in full earlier ("Rice" after "Condoleezza Rice")
    unknown: set[int] = set()  # words no dictionary knows, and first names: persons' names
    i = 0
    while i < len(words):
        span = _phrase_at(lowered, words, i, know)
        if span:
            for k, name in enumerate(span):
                forms[i + k] = name
            if tuple(lowered[i:i + len(span)]) in know.people:
                seen.update(lowered[i:i + len(span)])
            i += len(span)
            continue
        form = forms[i] = _word_form(text, words, lowered, i, know, seen)
        low = lowered[i]
        # a word kept in capitals is an acronym, no person's: "NATO LEADERS" has no surname
        if form is not None and not form.isupper() and not know.english(low) and low not in know.names \
                and (low in know.first_names or not know.proper(low)):
            unknown.add(i)
        i += 1
    _name_neighbours(text, words, lowered, forms, unknown, know)
    for i in reversed(range(len(words) - 1)):  # "Turkish Foreign Minister Erdal Inonu": right to left
        if forms[i] is None and lowered[i] in TITLES and _is_name_form(forms[i + 1]) \
                and text[words[i].end():words[i + 1].start()] in (" ", "-"):
            forms[i] = _capitalised(words[i].group())
    for i, word in enumerate(words):
        form = forms[i]
        if form is None and (_starts_sentence(text, start, word.start()) or lowered[i] == "i"):
            form = _capitalised(word.group())
        _write(chars, word.start(), word.group(), form)


def _name_neighbours(text: str, words: list[re.Match[str]], lowered: list[str], forms: list[str | None],
                     unknown: set[int], know: Knowledge) -> None:
    """English words in a person's name beside a word no dictionary knows: the surname after it
    ("MICHAEL DRUDGE", but not "ERDAL INONU CONTINUES"), the first name before it after a role
    ("CORRESPONDENT NICK SIMEONE")."""
    def plain(k: int) -> bool:
        return forms[k] is None and lowered[k] not in STOP_WORDS and len(lowered[k]) > 1

    def joined(k: int) -> bool:  # words k and k + 1 stand apart by one space
        return text[words[k].end():words[k + 1].start()] == " "

    for i in sorted(unknown):
        after = i + 1
        if after < len(words) and joined(i) and plain(after) and not know.verb(lowered[after]) \
                and i - 1 not in unknown:
            forms[after] = _capitalised(words[after].group())
        before = i - 1
        if before >= 1 and joined(before) and joined(before - 1) and plain(before) \
                and lowered[before - 1] in ROLES:
            forms[before] = _capitalised(words[before].group())


def _phrase_at(lowered: list[str], words: list[re.Match[str]], i: int, know: Knowledge) -> tuple[str, ...]:
    """The known name of two or more words starting at word ``i``, as written (empty if none)."""
    for n in range(min(know.longest, len(words) - i), 1, -1):
        form = know.phrases.get(tuple(lowered[i:i + n]))
        if form and all(words[i + k].end() + 1 == words[i + k + 1].start() for k in range(n - 1)):
            return form
    return ()


def _word_form(text: str, words: list[re.Match[str]], lowered: list[str], i: int,
               know: Knowledge, seen: set[str]) -> str | None:
    word, low = words[i].group(), lowered[i]
    before = text[words[i - 1].end():words[i].start()] if i else ""
    if before in ("'", "’") and low in CLITICS:
        return None  # "OBASANJO'S", "DON'T"
    if len(word) == 1:  # initials ("GEORGE W. BUSH", "V-O-A") stay, the article "a" does not
        alone = before not in ("-", ".") and text[words[i].end():words[i].end() + 1] not in ("-", ".")
        return None if low == "a" and alone else word
    if _DOTS_OR_LETTERS.fullmatch(text, words[i].start(), _letters_end(text, words[i].end())):
        return word  # "U.S.", "U-N"
    if word in know.acronyms or (word in know.pronoun_acronyms and _names_a_noun(text, words, lowered, i, know)):
        return word
    if low in MONTHS or low in DAYS:
        if low not in _MONTH_VERBS or _dated(text, words, lowered, i):
            return _capitalised(word)
        return None
    if low in know.names:
        return know.names[low]
    if low in seen:
        return _capitalised(word)
    if not know.english(low):
        acronym = _unsayable(word) and not know.proper(low) and low not in know.first_names and low not in TITLES
        return word if acronym else _capitalised(word)
    return None


def _unsayable(word: str) -> bool:
    """Whether a word no dictionary knows reads as an acronym: four letters or less with one
    vowel at most ("CNA", "TV"; not "RAO")."""
    return len(word) <= 4 and sum(1 for ch in word.upper() if ch in "AEIOUY") <= 1


def _names_a_noun(text: str, words: list[re.Match[str]], lowered: list[str], i: int, know: Knowledge) -> bool:
    """Whether an acronym that is also a pronoun ("US", "WHO") is the acronym: after "the", or
    before a word that is neither a stop word nor a verb ("US TROOPS"; not "TOLD US THAT")."""
    if i and lowered[i - 1] == "the":
        return True
    if i + 1 == len(words) or text[words[i].end():words[i + 1].start()] != " ":
        return False
    after = lowered[i + 1]
    return after not in STOP_WORDS and not (know.verb(after) and not after.endswith("s"))


def _letters_end(text: str, end: int) -> int:
    while end < len(text) and (text[end] in ".-" or (text[end].isalpha() and text[end].isupper())):
        end += 1
    return end


def _dated(text: str, words: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Whether "may"/"march" at word ``i`` is a month: a number near it ("MAY THE 15TH"), or after
    "in"/"of"/"since"."""
    around = text[max(0, words[i].start() - 4):words[i].end() + 8]
    return any(ch.isdigit() for ch in around) or (i > 0 and lowered[i - 1] in {"in", "of", "since", "last", "next",
                                                                               "early", "late", "mid"})


def _starts_sentence(text: str, block_start: int, at: int) -> bool:
    before = text[max(block_start, at - 6):at]
    return at == block_start or _SENTENCE_END.search(before) is not None


def _is_name_form(form: str | None) -> bool:
    return form is not None and form[:1].isupper()


def _write(chars: list[str], at: int, word: str, form: str | None) -> None:
    if form is None:
        form = "".join(_lower(ch) for ch in word)
    elif len(form) != len(word) or form.lower() != word.lower():
        form = _capitalised(word)
    chars[at:at + len(word)] = form


def _capitalised(word: str) -> str:
    return word[:1] + "".join(_lower(ch) for ch in word[1:])


def _lower(ch: str) -> str:
    """``ch`` in lower case, or as it is where that takes more than one character ("İ")."""
    low = ch.lower()
    return low if len(low) == 1 else ch


def restore_case(extraction: Extraction, original: str) -> Extraction:
    """``extraction`` of the truecased copy of ``original`` with its article's text and its
    evidence texts (sentences, triggers, mention, quote, speaker, date and figure texts, the
    headline and the fragments the warnings quote) taken from ``original`` again; names (an
    actor's, a place's) keep their ordinary case."""
    cased = extraction.article.text

    def back(value: str | None, span: tuple[int, int] | None) -> str | None:
        if not value or span is None:
            return value
        start, end = span
        where = cased.find(value, start, max(end, start + len(value)))
        return original[where:where + len(value)] if where >= 0 else value

    def ref(actor: ActorRef | None, span: tuple[int, int]) -> ActorRef | None:
        if actor is None:
            return None
        return dataclasses.replace(actor, text=back(actor.text, actor.span or span))

    def quoted(match: re.Match[str]) -> str:  # a fragment of the text a warning quotes
        return back(match.group(), (0, len(cased))) or match.group()

    events = [dataclasses.replace(e, sentence=back(e.sentence, e.span) or e.sentence,
                                  trigger=back(e.trigger, e.trigger_span or e.span) or e.trigger,
                                  source=ref(e.source, e.span), target=ref(e.target, e.span))
              for e in extraction.events]
    actors = [dataclasses.replace(a, text=back(a.text, a.span) or a.text) for a in extraction.actors]
    story = extraction.story
    if story is not None and story.headline:
        story = dataclasses.replace(story, headline=back(story.headline, (0, len(cased))))
    return dataclasses.replace(
        extraction, article=dataclasses.replace(extraction.article, text=original), events=events, actors=actors,
        quotes=[dataclasses.replace(q, text=back(q.text, q.span) or q.text, speaker=ref(q.speaker, q.span))
                for q in extraction.quotes],
        dates=[dataclasses.replace(d, text=back(d.text, d.span) or d.text) for d in extraction.dates],
        figures=[dataclasses.replace(f, text=back(f.text, f.span) or f.text) for f in extraction.figures],
        warnings=[_QUOTED.sub(quoted, w) for w in extraction.warnings], story=story,
    )


def truecased_article(article: Article, nlp: Language) -> Article:
    """``article`` with its text in capitals given ordinary case (itself when there is none, or
    when the pipeline has no lemma tables to tell English words by)."""
    if not is_capitals(article.text):
        return article
    know = knowledge(nlp)
    if know is None:
        return article
    text = truecased(article.text, know)
    return article if text == article.text else dataclasses.replace(article, text=text)
