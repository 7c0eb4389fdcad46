"""Subheadings: the title lines inside a page of news briefs or a roundup.

A briefs page ("Wikinews Shorts", "News briefs") or a blog roundup strings several short stories
together, each under its own title line: "Nigeria arrests Charles Taylor for war crimes trial",
a blank line, then the story. The title has no final stop, so the parser reads it and the
story's first sentence as one sentence: the title's subject becomes the doer or the target of
the body's act ("Suicide bomber in Iraqi mosque kills 12 / A suicide bomber blew himself up"
made the bomber his own target; "Ethiopian troops will leave Somalia / A foreign ministry
spokesperson has announced" made the spokesperson the troops' target), and a titled plan ("US
and China to hold trade talks") escapes the headline-plan restraint because it is not the
article's first line.

The article's own headline is read by :mod:`newsevents.story.structure`; this module finds the
inner title lines by the same form (2 to 20 words, no final punctuation, a blank line before
and after, a capital, digit, quote or bracket opening the next paragraph) and makes each its own sentence. A title's
events are then restrained as the headline's are: a titled plan is not a done act, and an act
the story under the title reports again is coded once, in the story.
"""

from __future__ import annotations

import re

from newsevents.records import Span
from newsevents.story.structure import FINAL_MARKS, title_line

NOT_FINAL = (*FINAL_MARKS, ",", "-", "–", "—")
"""The headline's final marks (story/structure.py) and those of a clause broken over lines."""
_OPENING = re.compile(r"[ \t]*[A-Z0-9\"“‘'(]")
# Lines of a scraped page that are no story's title: captions, credits, links and bylines.
_BOILERPLATE = re.compile(
    r"(?:(?:Image|Photo|Picture|Video|Media)(?: source| caption| credit)?\s*[,:]"
    r"|(?:Read|See) (?:more|also)\b|Related\b|More on this\b|Advertisement\b|Share\b|By [A-Z])")


def boilerplate(line: str) -> bool:
    """Whether a title-like ``line`` is a caption, credit, link or byline ("Image caption, ...",
    "Read more", "By Jane Doe"): its own sentence, but no story's title."""
    return _BOILERPLATE.match(line) is not None


def subheading_spans(text: str, after: int = 0) -> list[Span]:
    """The inner title lines of ``text`` (character spans), each with a blank line before and after
    and a capital, digit, quote or bracket opening the next paragraph; lines starting before
    ``after`` (the article's own headline and dateline) are left to :mod:`newsevents.story.structure`."""
    lines = _lines(text)
    spans: list[Span] = []
    for k in range(1, len(lines) - 2):
        start, end = lines[k]
        if start < after or not _blank(text, lines[k - 1]) or not _blank(text, lines[k + 1]):
            continue
        line = text[start:end].strip()
        if not title_line(line, NOT_FINAL):  # the headline's form (story/structure.py)
            continue
        nxt = next((s for s in lines[k + 2:] if not _blank(text, s)), None)
        if nxt is None or not _OPENING.match(text, nxt[0]):
            continue
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        spans.append((start + lead, start + lead + len(line)))
    return spans


def _lines(text: str) -> list[Span]:
    """The character span of each line of ``text`` (without its newline)."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _blank(text: str, line: Span) -> bool:
    return not text[line[0]:line[1]].strip()
