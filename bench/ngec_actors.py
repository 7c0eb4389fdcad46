"""Actor country accuracy on NGEC's actor-resolution cases (a JSON-lines file of test cases).

Usage: ``PYTHONPATH=src python bench/ngec_actors.py CASES.jsonl [--no-builtin-dictionaries] [--show]``

Every case with an expected ``country`` (an ISO3 code, or empty for "no country") and a phrase
to code (``agent_to_code``, ``search_nat``, ``short_text_to_agent``) is coded on its own with
:func:`newsevents.actors.code_phrase` on the case's date ("today" when it gives none). A case
is right when the country we give equals the expected one. Prints the accuracy and the time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

METHODS = {"agent_to_code", "search_nat", "short_text_to_agent"}


def case_date(args: list[str]) -> str | None:
    """The case's date as ISO text: its third argument if it parses, else today."""
    raw = args[2].strip() if len(args) > 2 else ""
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    return dt.date.today().isoformat()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--no-builtin-dictionaries", action="store_true",
                        help="Code with our own tables alone (no Phoenix dictionaries).")
    parser.add_argument("--show", action="store_true", help="List the cases coded wrong.")
    opts = parser.parse_args()

    from newsevents.actors import code_phrase

    try:
        from newsevents.dictionaries import DictionarySpec, use_dictionaries
        use_dictionaries(DictionarySpec(builtin=not opts.no_builtin_dictionaries))
    except ImportError:
        pass  # before the dictionaries package: our own tables alone

    cases = []
    for line in opts.cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["method"] in METHODS and "country" in case["expect"]:
            cases.append(case)
    start = time.perf_counter()
    code_phrase("warm up", None)
    loaded = time.perf_counter() - start
    right, wrong = 0, []
    start = time.perf_counter()
    for case in cases:
        ref = code_phrase(case["args"][0], case_date(case["args"]))
        got = (ref.country if ref is not None else None) or ""
        if got == case["expect"]["country"]:
            right += 1
        else:
            wrong.append((case["args"][0], case["expect"]["country"], got, ref.code if ref else None))
    coded = time.perf_counter() - start
    print(f"cases with an expected country: {len(cases)}")
    print(f"country right: {right}  accuracy: {right / len(cases):.3f}")
    print(f"dictionary load: {loaded:.2f} s; coding: {1000 * coded / len(cases):.2f} ms per phrase")
    if opts.show:
        for text, want, got, code in wrong:
            print(f"  {text!r}: want {want or '-'} got {got or '-'} ({code})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
