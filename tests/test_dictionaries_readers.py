"""The CAMEO dictionary readers: every format read, every malformed line reported with its line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.dictionaries import check_file, read_actors, read_agents, read_discards, read_issues, read_verbs
from newsevents.dictionaries.verbs import Item, Prep


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ACTORS = """\
# invented actors
VALDORIA_  [VLD]
+VALDORIAN_ {VALDORIANS}
ANNA_KEROVA_  ; TABARI-style comment
+PRESIDENT_KEROVA
\t[VLDELI 800101-940301]
\t[VLDGOV 940301-031231]
\t[VLDELI]
OSKAR_MIRT_ [VLDMIL >20050101]
"""


def test_actors_read_synonyms_dates_and_plurals(tmp_path: Path) -> None:
    result = read_actors(write(tmp_path, "x.actors.txt", ACTORS))
    assert result.problems == []
    country, kerova, mirt = result.records
    assert country.default == "VLD"
    assert ("VALDORIAN",) in country.phrases and ("VALDORIANS",) in country.phrases
    assert kerova.phrases == [("ANNA", "KEROVA"), ("PRESIDENT", "KEROVA")]
    assert kerova.code_on(dt.date(1990, 5, 1)) == "VLDELI"
    assert kerova.code_on(dt.date(1999, 5, 1)) == "VLDGOV"
    assert kerova.code_on(dt.date(2010, 5, 1)) == "VLDELI"  # the default, outside every range
    assert kerova.dated[0].start == dt.date(1980, 1, 1)  # two-digit years: 80 -> 1980, 03 -> 2003
    assert kerova.dated[1].end == dt.date(2003, 12, 31)
    assert mirt.code_on(dt.date(2004, 1, 1)) is None and mirt.code_on(dt.date(2006, 1, 1)) == "VLDMIL"


@pytest.mark.parametrize(("line", "reason"), [
    ("\t[VLDGOV 940399-950101]", "is not a real date"),
    ("\t[VLDGOV 9403-950101]", "neither YYMMDD nor YYYYMMDD"),
    ("\t[VLDGOV 950101-940101]", "ends before it starts"),
    ("\t[vld gov]", "not a CAMEO code"),
    ("\tVLDGOV 950101", "not one [CODE ...] in brackets"),
    ("BAD_\"NAME\"_ [VLD]", "holds a character a phrase cannot"),
    ("ODD_NAME [VLD", "unbalanced"),
])
def test_actors_malformed_lines_named(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path, "bad.actors.txt", f"GOOD_NAME_ [VLD]\n{line}\nOTHER_NAME_ [VLDGOV]\n")
    result = read_actors(path)
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.path, problem.line) == (str(path), 2)
    assert reason in problem.reason
    assert [r.phrases[0] for r in result.records][-1] == ("OTHER", "NAME")  # reading went on


def test_actors_restriction_before_any_phrase(tmp_path: Path) -> None:
    result = read_actors(write(tmp_path, "a.actors.txt", "\t[VLDGOV]\n"))
    assert [(p.line, p.reason) for p in result.problems] == [(1, "date restriction before any actor phrase")]


AGENTS = """\
!PERSON! = MAN, WOMAN, MEN
HARBOUR_MASTER [~GOV]
FERRY!PERSON! [~BUS]
RIVER_POLICE {} [~COP]
RAIN_DANCER {RAIN_DANCERS_OF_OLD} [~CVL]
SEED_BANK_ALLIANCE [NGO~]
"""


def test_agents_codes_plurals_and_substitutions(tmp_path: Path) -> None:
    result = read_agents(write(tmp_path, "x.agents.txt", AGENTS))
    assert result.problems == []
    by_phrase = {a.phrase: a for a in result.agents}
    assert by_phrase[("HARBOUR", "MASTER")].code == "GOV"
    assert by_phrase[("HARBOUR", "MASTERS")].plural
    assert {("FERRYMAN",), ("FERRYWOMAN",), ("FERRYMEN",)} <= set(by_phrase)
    assert ("FERRYMANS",) not in by_phrase  # no plural made for substituted forms
    assert ("RIVER", "POLICES") not in by_phrase  # {} : no plural
    assert ("RAIN", "DANCERS", "OF", "OLD") in by_phrase and ("RAIN", "DANCERS") not in by_phrase
    assert by_phrase[("SEED", "BANK", "ALLIANCE")].before


@pytest.mark.parametrize(("line", "reason"), [
    ("HARBOUR_PILOT [GOV]", "must be [~CODE] or [CODE~]"),
    ("HARBOUR_PILOT", "without a [~CODE]"),
    ("HARBOUR_PILOT [~GOV}", "unbalanced"),
    ("DOCK!WORKER! [~LAB]", "!WORKER! is used before it is declared"),
    ("DOCK_HAND {DOCK_HANDS [~LAB]", "unbalanced { }"),
])
def test_agents_malformed_lines_named(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path, "bad.agents.txt", f"SAILOR [~CVL]\n{line}\n")
    result = read_agents(path)
    assert [(p.path, p.line) for p in result.problems] == [(str(path), 2)]
    assert reason in result.problems[0].reason


VERBS = """\
&GRAIN
+WHEAT
+BARLEY_

---  BARTER   [061]  ---
BARTER
SWAP {SWAPS SWAPPED SWAPPING}
+HAND_OVER {+HANDS_OVER +HANDED_OVER} [0211]
- * &GRAIN (FOR {SALTED FISH})  [0612]  # invented
- $ * (WITH +)                   [062:063]
- NOT * (TO/TOWARD ^)           [:064]
"""


def test_verbs_synsets_blocks_and_patterns(tmp_path: Path) -> None:
    result = read_verbs(write(tmp_path, "x.verbs.txt", VERBS))
    assert result.problems == []
    assert result.synsets["GRAIN"] == [("WHEAT",), ("WHEATS",), ("BARLEY",)]
    block = result.blocks[0]
    assert (block.name, block.code) == ("BARTER", "061")
    assert [v.lemma for v in block.verbs] == ["barter", "swap", "hand"]
    assert block.verbs[2].after == ("over",) and block.verbs[2].code == "0211"
    grain, dyad, negated = block.patterns
    assert grain.code == "0612" and grain.line == 9
    assert grain.after[0] == Item(words=(("WHEAT",), ("WHEATS",), ("BARLEY",)))
    assert grain.after[1] == Prep(("for",), (Item(words=(("SALTED", "FISH"),)),))
    assert dyad.before == (Item(marker="$"),) and dyad.after == (Prep(("with",), (Item(marker="+"),)),)
    assert (dyad.code, dyad.back_code) == ("062", "063")
    assert negated.negated and negated.code is None and negated.back_code == "064"
    assert negated.after[0].preps == ("to", "toward")


@pytest.mark.parametrize(("line", "reason"), [
    ("- * (FOR FISH [0612]", "unbalanced"),
    ("- SWAP GRAIN [0612]", "0 verb markers"),
    ("- * &FRUIT [0612]", "&FRUIT is used before it is defined"),
    ("- * GRAIN [61X]", "is not NNN"),
    ("- * GRAIN", "one [CODE] at its end"),
    ("WIRE_TAP", "must mark its verb word with +"),
])
def test_verbs_malformed_lines_named(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path, "bad.verbs.txt", "---  BARTER   [061]  ---\nBARTER\n" + line + "\n- * FISH [062]\n")
    result = read_verbs(path)
    assert [(p.path, p.line) for p in result.problems] == [(str(path), 3)]
    assert reason in result.problems[0].reason
    assert result.blocks[0].patterns[-1].code == "062"


def test_verbs_pattern_outside_a_block(tmp_path: Path) -> None:
    result = read_verbs(write(tmp_path, "v.verbs.txt", "- * FISH [062]\n"))
    assert "outside a verb block" in result.problems[0].reason


def test_discards_and_issues(tmp_path: Path) -> None:
    discards = read_discards(write(tmp_path, "d.discards.txt", "+CHESS OLYMPIAD\nPOLO_MATCH_\nBAD [X]\n"))
    assert [(d.text, d.story, d.whole_word) for d in discards.discards] == [
        ("chess olympiad", True, False), ("polo match", False, True)]
    assert [(p.line, p.reason) for p in discards.problems] == [(3, "a discard phrase takes no [code]")]
    issues = read_issues(write(tmp_path, "i.issues.txt",
                               '<ISSUE CATEGORY="X">\nn:canal toll [WATERWAYS]\ncanal+lock [WATERWAYS]\n'
                               "~toll free\nv:dredge\n</ISSUE>\n"))
    assert {i.text for i in issues.issues} == {"canal toll", "canals toll", "canal lock", "canal-lock"}
    assert issues.stops == ["toll free"]
    assert [(p.line, "PHRASE [CODE]" in p.reason) for p in issues.problems] == [(5, True)]


def test_check_file_guesses_the_kind(tmp_path: Path) -> None:
    assert check_file(write(tmp_path, "mine.txt", VERBS))[:2] == ("verbs", 1)
    assert check_file(write(tmp_path, "other.txt", AGENTS))[0] == "agents"
    kind, size, problems = check_file(tmp_path / "missing.actors.txt")
    assert kind == "actors" and size == 0 and "cannot be read" in problems[0].reason


def test_cli_dictionaries_check_reports_each_kind(tmp_path: Path) -> None:
    files = [write(tmp_path, "a.actors.txt", "GOOD_ [VLD]\n\t[VLDGOV 941301-950101]\n"),
             write(tmp_path, "b.agents.txt", "PILOT [GOV]\n"),
             write(tmp_path, "c.verbs.txt", "---  X   [061]  ---\nSWAP\n- * GRAIN\n"),
             write(tmp_path, "d.discards.txt", "OK PHRASE\nBAD [X]\n"),
             write(tmp_path, "e.issues.txt", "n:grain\n")]
    run = subprocess.run([sys.executable, "-m", "newsevents", "dictionaries", "check", *map(str, files)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    out = run.stdout.splitlines()
    assert [line.split(": ")[0] for line in out] == [f"{files[0]}:2", f"{files[1]}:1", f"{files[2]}:3",
                                                     f"{files[3]}:2", f"{files[4]}:1"]
    clean = write(tmp_path, "f.discards.txt", "CHESS\n")
    ok = subprocess.run([sys.executable, "-m", "newsevents", "dictionaries", "check", str(clean)],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and ok.stdout == "" and "0 problems" in ok.stderr


def test_dated_codes_never_name_a_state_before_it_existed() -> None:
    from newsevents.dictionaries.actors import ActorRecord, DatedCode

    record = ActorRecord([("ayen", "deng")], 1, default="SSDELI",
                         dated=[DatedCode("SDNGOV", dt.date(2005, 8, 1), dt.date(2011, 7, 8), 2),
                                DatedCode("SSDGOV", dt.date(2011, 7, 9), None, 3)])
    assert record.code_on(dt.date(2007, 1, 1)) == "SDNGOV"
    assert record.code_on(dt.date(2003, 1, 1)) is None  # the default's South Sudan did not exist yet
    assert record.code_on(dt.date(2012, 1, 1)) == "SSDGOV"
    assert record.code_on(None) == "SSDELI"


@pytest.mark.parametrize(("body", "code"), [
    ("TMPGOV 060626-070519", "TLSGOV"),  # East Timor in the Phoenix tables
    ("KSVELI", "XKXELI"),
    ("ROM", "ROU"),
    ("NGOTMP", "NGOTMP"),  # only a leading country is rewritten
    ("USAGOV", "USAGOV"),
])
def test_actors_legacy_country_codes_read_as_iso(body: str, code: str) -> None:
    from newsevents.dictionaries.actors import parse_restriction

    assert parse_restriction(body)[0] == code
