"""Speech whose content is an evaluation of another's act (session 27).

- Reported wrongs of CAMEO 112's kinds (abuse, plots, interference) told as a named actor's deed
  ("said the board skewed the vote", "said Moscow meddled in the election", "said the party forged
  the results") accuse the doer (``wrongdoing.WRONGS``, ``OBJECT_WRONGS``).
- A copula's "in breach of" / "in violation of" phrase judges as "was illegal" does: criticism of
  the owner of the judged act (``matching.in_breach``).
- "condemned what it called interference by the junta": the named act's "by" phrase names its doer,
  which is the target (``disapproval.condemned_as_named``).
- "The U.S. move to ... violates the treaty": a name the parser made an act noun's subject owns the
  act (``roles._misread_owner``).

Near misses: praise, a neutral verdict, the speaker's own act, a denied wrong, a wrong with no actor,
a forged tie, a broken truce. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _has(coded: list[Ruled], source: str, target: str, root: str) -> bool:
    return any(s == source and t == target and c.startswith(root) for s, t, c, _ in coded)


EVALUATIONS = [
    # reported wrongs
    ("The Zambian opposition said the electoral commission skewed the presidential vote.", "ZMBOPP", "ZMBGOV", "112"),
    ("The Slovenian government said Croatia discriminates against Slovenian fishermen.", "SVNGOV", "HRV", "112"),
    ("The Estonian government said Russia meddled in the local elections.", "ESTGOV", "RUS", "112"),
    ("Uganda's opposition said the army oppressed the people of the north.", "UGAOPP", "UGAMIL", "112"),
    ("The Peruvian opposition said the Peruvian government forged the results.", "PEROPP", "PERGOV", "112"),
    # a copula's broken rule
    ("The European Union said Belarus's decision was in breach of the Vienna Convention.", "IGOEU", "BLR", "111"),
    ("The Kenyan opposition said the government's decree was in violation of the constitution.",
     "KENOPP", "KENGOV", "111"),
    # the doer of a named act
    ("The African Union condemned what it called interference by Mali's junta.", "IGOAU", "MLIGOV", "111"),
    # an owner the parser made the act noun's subject ("The U.S. move")
    ("The U.S. move to block the shipments seriously violates international law, the Venezuelan foreign ministry"
     " said on Tuesday.", "VENGOV", "USA", "112"),
]


@pytest.mark.parametrize(("text", "source", "target", "root"), EVALUATIONS)
def test_speech27_an_evaluation_of_anothers_act_is_coded(nlp: Language, text: str, source: str, target: str,
                                                        root: str) -> None:
    coded = _coded(nlp, text)
    assert _has(coded, source, target, root), coded


NO_CHARGE = [
    # praise and neutral verdicts
    "The Kenyan opposition said the government's decree was in line with the constitution.",
    "The Kenyan opposition said the election was peaceful.",
    # the speaker's own act, denied
    "The Indian minister said he had not distorted the figures.",
    "Nigerian officials said the new law does not discriminate against anyone.",
    # no actor did the wrong
    "Economists said the drought skewed food prices.",
    "The report said the figures were skewed.",
    # a forged tie is no wrong
    "The Peruvian president said the two countries forged a strong alliance.",
    # a broken truce is an act of its own, not a verdict
    "The Ukrainian army said the separatists were in breach of the ceasefire.",
    # praise of what a named doer did
    "The French government praised what it called a brave decision by the Malian junta.",
]


@pytest.mark.parametrize("text", NO_CHARGE)
def test_speech27_near_misses_are_no_accusation(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c[:2] == "11" and r.startswith("accuse.") and r.split("+")[0] in (
        "accuse.wrongdoing", "accuse.verdict_bad", "accuse.condemn_named") for _, _, c, r in coded), coded
