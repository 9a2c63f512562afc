#!/usr/bin/env python3
"""The quality gate: fails when a score written by scripts/quality/run.sh falls below its floor.

usage: check_floors.py FLOORS.json SCORES_DIR

FLOORS.json maps set -> {metric: floor}, metrics named as in score.py --json output
(aeb_f1, wb_f1, snip_f1). Floors are the achieved figures minus a 0.005 noise margin; raising
one is a normal commit, lowering one needs a reason in the commit message.
"""
import json
import sys


def main():
    floors = json.load(open(sys.argv[1], encoding="utf-8"))
    failed = False
    for set_name, metrics in floors.items():
        if set_name.startswith("_"):
            continue
        scores = next(iter(json.load(open(f"{sys.argv[2]}/{set_name}.score.json", encoding="utf-8")).values()))
        for metric, floor in metrics.items():
            value = scores.get(metric)
            ok = value is not None and value >= floor
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {set_name:18s} {metric:8s} {value:.4f} (floor {floor:.4f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
