"""Score the real-news gold by split and by group of articles, at the dyad-root level.

Usage: .venv/bin/python tools/realnews_table.py [GOLD] [--dump OUT.json]

One extraction of every article of ``tests/data/realnews/gold.jsonl`` (or GOLD), scored as
``newsevents evaluate`` scores it, then summed per group: all, real (not written by us), dev,
test, the four unseen sets (rn-u to rn-x) together and apart, the first 86 articles, and the
written ones. Each row: right/false/missed events of the exhaustive part, precision, recall, F1,
key-event recall, actor country accuracy and the events on the negatives. ``--dump`` writes each
article's predicted, false and missed events (OUT.json, and FALSE/MISS lines in OUT.txt) for rule
work; the unseen sets' are left out (counts only) unless SHOW_BLIND=1, so that they stay unseen.
"""
from __future__ import annotations

import json
import os
import sys

from newsevents.evaluate import evaluate, read_gold

UNSEEN = ("rn-u", "rn-v", "rn-w", "rn-x")
FIRST86 = ("rn-a", "rn-b", "rn-c")


def code(ref):
    return getattr(ref, "code", None) if ref is not None else None


def ev(events, g):
    for e in events:
        if (e.get("source"), e.get("target"), e.get("cameo")) == (g.source, g.target, g.cameo):
            return f"s{e.get('sentence', '?')}: {e.get('evidence', '')}"
    return None


def main() -> None:
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = args[i + 1]
        del args[i:i + 2]
    path = args[0] if args else "tests/data/realnews/gold.jsonl"
    with open(path, encoding="utf-8") as fh:
        raw = {rec["id"]: rec for rec in map(json.loads, fh)}
    items = read_gold(path)
    report = evaluate(items)
    groups = {"all": lambda r: True, "real": lambda r: r.get("origin") != "written",
              "dev": lambda r: r.get("split") == "dev", "test": lambda r: r.get("split") == "test",
              "unseen": lambda r: r["id"][:4] in UNSEEN, "first86": lambda r: r["id"][:4] in FIRST86,
              "shown": lambda r: r["id"][:4] not in UNSEEN, "written": lambda r: r.get("origin") == "written",
              "uv": lambda r: r["id"][:4] in ("rn-u", "rn-v"), "w": lambda r: r["id"][:4] == "rn-w",
              "x": lambda r: r["id"][:4] == "rn-x"}
    rows = {}
    for name, keep in groups.items():
        tp = fp = fn = kt = km = ag = ae = anf = neg = 0
        for res in report.items:
            rec = raw[res.item.id]
            if not keep(rec):
                continue
            tp += len(res.item.events) - len(res.missed)
            fp += len(res.false)
            fn += len(res.missed)
            kt += len(rec.get("key_events", []))
            km += len(res.key_missed)
            ag += len(rec.get("actors", []))
            anf += sum(1 for e in res.actor_errors if e.endswith("not found"))
            ae += len(res.actor_errors)
            if rec.get("negative"):
                neg += len(res.predicted)
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        found = ag - anf
        rows[name] = dict(n=sum(1 for x in raw.values() if keep(x)), tp=tp, fp=fp, fn=fn, P=round(p, 3),
                          R=round(r, 3), F1=round(f, 3), key=round((kt - km) / kt, 3) if kt else 0,
                          actor=round((ag - ae) / found, 3) if found else 0, neg=neg)
        print(f"{name:8s} n={rows[name]['n']:3d} {tp}/{fp}/{fn} P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"key {rows[name]['key']:.3f} actor {rows[name]['actor']:.3f} neg {neg}")
    if dump:
        blind = os.environ.get("SHOW_BLIND") == "1"
        out = []
        for res in report.items:
            rid = res.item.id
            hide = rid[:4] in UNSEEN and not blind
            d = {"id": rid, "split": raw[rid].get("split"),
                 "tp": len(res.item.events) - len(res.missed), "fp": len(res.false), "fn": len(res.missed)}
            if not hide:
                d["predicted"] = [[code(e.source), code(e.target), e.cameo, e.rule, e.trigger, e.sentence[:200]]
                                  for e in res.predicted]
                d["false"] = [[code(e.source), code(e.target), e.cameo, e.rule, e.trigger, e.sentence[:200]]
                              for e in res.false]
                d["missed"] = [[g.source, g.target, g.cameo, ev(raw[rid].get("events", []), g)] for g in res.missed]
                d["key_missed"] = [[g.source, g.target, g.cameo, ev(raw[rid].get("key_events", []), g)]
                                   for g in res.key_missed]
                d["actor_errors"] = res.actor_errors
            out.append(d)
        with open(dump, "w", encoding="utf-8") as fh:
            json.dump({"rows": rows, "items": out}, fh, indent=1)
        # also a text form
        with open(dump.rsplit(".", 1)[0] + ".txt", "w", encoding="utf-8") as fh:
            for d in out:
                if "false" not in d:
                    continue
                for f in d["false"]:
                    fh.write(f"{d['id']}\tFALSE\t{f[0]}\t{f[1]}\t{f[2]}\t{f[3]}\t{f[4]}\t{f[5]}\n")
                for m in d["missed"]:
                    fh.write(f"{d['id']}\tMISS\t{m[0]}\t{m[1]}\t{m[2]}\t{m[3]}\n")


if __name__ == "__main__":
    main()
