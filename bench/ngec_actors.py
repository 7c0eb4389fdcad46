"""Actor country accuracy on NGEC's actor-resolution cases (a JSON-lines file of test cases).

Usage: ``PYTHONPATH=src python bench/ngec_actors.py CASES.jsonl [--no-builtin-dictionaries] [--show]``

Every case with an expected ``country`` (an ISO3 code, or empty for "no country") and a phrase
to code (``agent_to_code``, ``search_nat``, ``short_text_to_agent``) is coded on its own with
:func:`newsevents.actors.code_phrase` on the case's date ("today" when it gives none); an actor
left without a country takes the one of the case's context text, as the pipeline's actors take
the article's. A case is right when the country we give equals the expected one, read in NGEC's
convention (``--strict``: as we give it). Prints the accuracy and the time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

METHODS = {"agent_to_code", "search_nat", "short_text_to_agent"}


def ngec_country(code: str | None, country: str | None, *, strict: bool) -> str:
    """Our code's country in NGEC's convention, which puts an international organisation in
    the country slot (UN bodies as UNO, the EU as EUR, others as IGO) and Kosovo as XKX.
    ``strict``: no translation, our country as it is."""
    if strict or code is None:
        return country or ""
    if code.startswith("IGO"):
        return {"UNO": "UNO", "EU": "EUR", "EEC": "EUR"}.get(code[3:6], "IGO")
    return {"KSV": "XKX"}.get(country or "", country or "")


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
    parser.add_argument("--no-phoenix", action="store_true",
                        help="Code with our own tables alone (no Phoenix dictionaries).")
    parser.add_argument("--show", action="store_true", help="List the cases coded wrong.")
    parser.add_argument("--strict", action="store_true",
                        help="Compare our country as it is (no translation of IGO and Kosovo codes).")
    opts = parser.parse_args()

    from newsevents.actors import code_phrase
    from newsevents.dictionaries.knowledge import DictionarySpec, knowledge

    start = time.perf_counter()
    known = knowledge(DictionarySpec(phoenix=not opts.no_phoenix))
    loaded = time.perf_counter() - start

    cases = []
    for line in opts.cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["method"] in METHODS and "country" in case["expect"]:
            cases.append(case)
    right, wrong = 0, []
    start = time.perf_counter()
    for case in cases:
        day = case_date(case["args"])
        ref = code_phrase(case["args"][0], day, knowledge=known)
        got = ngec_country(ref.code if ref else None, ref.country if ref else None, strict=opts.strict)
        context = case["args"][1] if len(case["args"]) > 1 else ""
        if not got and context:
            # the pipeline's rule: an actor without a country takes the one its text is about
            around = code_phrase(context, day, knowledge=known)
            got = (around.country if around is not None else None) or ""
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
