"""Which Congo a bare "Congo" names: the story decides, else the article's date.

English news writes "Congo" for two states. The dictionaries code the bare name as the Republic
of the Congo (COG, capital Brazzaville), yet since 1997, when Zaire took its old name back,
"Congo" alone in the news is mostly the Democratic Republic of the Congo (COD, capital
Kinshasa), as it was from 1960 to 1971. So an actor coded COG by a bare "Congo" ("Congo's
army", "Congo") is re-read from the story: the places, people and full names of each state
that the article writes elsewhere (Kinshasa, Goma, Kabila, "Democratic Republic of Congo"
against Brazzaville, Pointe-Noire, Sassou Nguesso, "Republic of Congo"). The state with more
such evidence wins; with none, or as much for each, the date decides: COG while the other
state was called Zaire (27 Oct 1971 to 17 May 1997), COD otherwise. An actor the text names
with the Republic's own name ("Congo-Brazzaville", "the Republic of Congo") is never moved.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from newsevents.nlp.sentences import doc_text
from newsevents.records import Actor, ActorMention

# Zaire's years: "Congo" then meant the Republic, Brazzaville.
_ZAIRE = (dt.date(1971, 10, 27), dt.date(1997, 5, 17))
_BARE = re.compile(r"\bCongo(?:'s|’s)?\b")
# The Republic named as such: "Republic of (the) Congo" without "Democratic" before it.
_REPUBLIC = r"(?<!Democratic )Republic of (?:the )?Congo|Congo[- ]Brazzaville|Congo Republic|Brazzaville"
_COG = re.compile(rf"\b(?:{_REPUBLIC}|Pointe-Noire|Sassou|Nguesso|Lissouba|Kolelas|Ntoumi)\b")
_COD = re.compile(r"\b(?:Democratic Republic of (?:the )?Congo|DR ?Congo|D\.R\. Congo|DRC|Congo-Kinshasa|Kinshasa|"
                  r"Goma|Bukavu|Kivu|Katanga|Ituri|Kisangani|Lubumbashi|Kabila|Tshisekedi|Katumbi|Mobutu|"
                  r"Lumumba|MONUC|MONUSCO|M23)\b")
_OWN_NAME = re.compile(_REPUBLIC)


def congo_of_story(text: str, day: dt.date | None) -> str:
    """The state a bare "Congo" names in this article: ``COD`` or ``COG``."""
    cod, cog = len(_COD.findall(text)), len(_COG.findall(text))
    if cod != cog:
        return "COD" if cod > cog else "COG"
    if day is not None and _ZAIRE[0] <= day < _ZAIRE[1]:
        return "COG"
    return "COD"


def _bare(text: str) -> bool:
    return bool(_BARE.search(text)) and not _OWN_NAME.search(text)


def resolve_congo(doc: Doc, day: dt.date | None, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Move actors coded COG only by a bare "Congo" to the state the story means (in place)."""
    moved = {i for i, a in enumerate(actors) if a.country == "COG" and (_bare(a.text) or _bare(a.name))}
    if not moved:
        return
    if congo_of_story(doc_text(doc), day) == "COG":
        return
    for i in moved:
        actor = actors[i]
        actor.country, actor.code = "COD", _recode(actor.code)
    for m in mentions:
        if m.entity in moved and m.country == "COG":
            m.country, m.code = "COD", _recode(m.code)


def _recode(code: str | None) -> str | None:
    return None if code is None else "COD" + code[3:] if code.startswith("COG") else code
