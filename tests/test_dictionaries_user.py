"""Users' own dictionaries end to end: invented countries, people with dated roles, agents and
verbs (one code outside the CAMEO codebook), coded through the CLI with no built-in ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.dictionaries import DictionarySpec, knowledge
from newsevents.dictionaries.environment import environment_dictionaries
from newsevents.errors import DictionaryError

DATA = Path(__file__).parent / "data" / "dictionaries"
TEXT = ("Anna Kerova scolded Meridonia on Tuesday. Valdoria swapped wheat with Meridonia. "
        "Tomas Ilver rebuked Valdoria over barley. Valdorian harbour wardens detained Meridonian fishermen.")
OPTIONS = ["--no-builtin-dictionaries", "--actors", str(DATA / "invented.actors.txt"),
           "--agents", str(DATA / "invented.agents.txt"), "--verbs", str(DATA / "invented.verbs.txt")]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], input=stdin, capture_output=True,
                          text=True, check=False)


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The extraction of the same text on three dates, keyed by date."""
    feed = tmp_path_factory.mktemp("user") / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": day, "date": day, "text": TEXT}) + "\n"
                            for day in ("1998-05-10", "2006-05-10", "2008-05-10")), encoding="utf-8")
    run = _run("extract", *OPTIONS, str(feed))
    assert run.returncode == 0, run.stderr
    return {d["article"]["date"]: d for d in map(json.loads, run.stdout.splitlines())}


def _actors(extraction: dict) -> dict[str, str]:
    return {a["name"]: a["code"] for a in extraction["actors"]}


def _events(extraction: dict) -> list[tuple[str, str, str, str]]:
    return [(e["source"]["code"], e["cameo"], e["target"]["code"], e["rule"]) for e in extraction["events"]]


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(("day", "kerova", "ilver"), [
    ("1998-05-10", "VLDELI", "MRDGOV"),   # before her term, during his
    ("2006-05-10", "VLDGOV", "MRDGOV"),   # both in office
    ("2008-05-10", "VLDGOV", "MRDOPP"),   # his default after his term ends
])
def test_dictionaries_user_dated_roles(coded: dict[str, dict], day: str, kerova: str, ilver: str) -> None:
    actors = _actors(coded[day])
    assert actors["Anna Kerova"] == kerova and actors["Tomas Ilver"] == ilver
    assert actors["Meridonia"] == "MRD" and actors["Valdoria"] == "VLD"
    assert actors["Valdorian harbour wardens"] == "VLDCOP"  # an agent of the user's


@pytest.mark.model
@pytest.mark.slow
def test_dictionaries_user_verbs_code_events_with_their_rule(coded: dict[str, dict]) -> None:
    extraction = coded["2006-05-10"]
    verbs = "dictionary:invented.verbs.txt"
    assert _events(extraction) == [
        ("VLDGOV", "111", "MRD", f"{verbs}:12"),    # the verb's own code (SCOLD)
        ("VLD", "0612", "MRD", f"{verbs}:9"),       # a pattern: * &GRAIN
        ("MRDGOV", "9111", "VLD", f"{verbs}:14"),   # a pattern with a code outside the codebook
    ]
    unknown = [e for e in extraction["events"] if e["cameo"] in {"0612", "9111"}]
    assert all(e["goldstein"] is None and e["quad_class"] is None and e["plover"] is None for e in unknown)
    known = next(e for e in extraction["events"] if e["cameo"] == "111")
    assert known["goldstein"] is not None and known["plover"]
    assert any("0612, 9111" in w for w in extraction["warnings"])


@pytest.mark.model
@pytest.mark.slow
def test_dictionaries_user_none_of_ours_without_builtin(coded: dict[str, dict]) -> None:
    # "fishermen" is one of our role words; with no built-in dictionaries it is no actor
    assert not any("fishermen" in name for name in _actors(coded["2006-05-10"]))


def test_dictionaries_user_bad_lines_are_warned_and_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("VALDORIA_ [VLD]\nKEROVA_\n\t[VLDGOV 040399-050101]\n", encoding="utf-8")
    known = knowledge(DictionarySpec(actors=(str(bad),), builtin=False))
    assert [(p.line, "not a real date" in p.reason) for p in known.problems] == [(3, True)]
    assert known.lexicon.lookup(["Valdoria"])


def test_dictionaries_user_missing_file_is_an_error() -> None:
    run = _run("extract", "--actors", "no-such.actors.txt", "-", stdin="text")
    assert run.returncode == 2 and "no-such.actors.txt: no such dictionary file" in run.stderr


def test_dictionaries_user_environment_block(tmp_path: Path) -> None:
    for name in ("invented.actors.txt", "invented.verbs.txt"):
        (tmp_path / name).write_text((DATA / name).read_text())
    xml = tmp_path / "records.xml"
    xml.write_text("<Sentences>\n<Environment>\n  <Verbfile>invented.verbs.txt</Verbfile>\n"
                   "  <Actorfile>invented.actors.txt, more.actors.txt</Actorfile>\n</Environment>\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"more\.actors\.txt, which does not exist"):
        environment_dictionaries(xml)
    xml.write_text(xml.read_text().replace(", more.actors.txt", ""), encoding="utf-8")
    spec = environment_dictionaries(xml)
    assert spec.actors == (str(tmp_path / "invented.actors.txt"),) and not spec.builtin
    assert spec.verbs == (str(tmp_path / "invented.verbs.txt"),) and spec.agents == ()
