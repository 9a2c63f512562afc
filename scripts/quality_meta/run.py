#!/usr/bin/env python3
"""Metadata quality: runs meta_eval (decode -> parse -> meta) over the development sets, scores
each with ../shared/bench/score.py, prints title/date/author figures and, with --floors, fails
when one falls below its pinned floor minus the noise margin.

  run.py --eval BUILD/meta_eval [--shared ../shared] [--floors tests/meta_quality/floors.json]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SETS = ("htmldate-eval", "trafilatura-eval", "wcxb-dev")
METRICS = (("title_norm", "title"), ("date_acc", "date"), ("author_f1", "authors"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", required=True, help="path to the meta_eval executable")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--floors", help="JSON of pinned floors; exit 1 when a figure drops below")
    args = ap.parse_args()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            data = os.path.join(args.shared, "data", name)
            pred = os.path.join(tmp, name + ".json")
            scores = os.path.join(tmp, name + ".scores.json")
            subprocess.run([args.eval, data, pred], check=True)
            subprocess.run([sys.executable, os.path.join(args.shared, "bench", "score.py"),
                            os.path.join(data, "truth.jsonl"), pred, "--json", scores],
                           check=True, stdout=subprocess.DEVNULL)
            with open(scores, encoding="utf-8") as f:
                result = json.load(f)
            metrics = next(iter(result.values())) if isinstance(result, dict) else result
            if isinstance(metrics, dict) and "metrics" in metrics:
                metrics = metrics["metrics"]
            figures[name] = {label: round(metrics[key], 3) for key, label in METRICS if key in metrics}
            print(name, " ".join("%s=%.3f" % kv for kv in figures[name].items()))
    if not args.floors:
        return 0
    with open(args.floors, encoding="utf-8") as f:
        floors = json.load(f)
    margin = floors.get("noise_margin", 0.005)
    failed = False
    for name, fields in floors["floors"].items():
        for label, floor in fields.items():
            got = figures.get(name, {}).get(label)
            if got is None or got < floor - margin:
                print("BELOW FLOOR: %s %s = %s (floor %.3f, margin %.3f)" % (name, label, got, floor, margin))
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
