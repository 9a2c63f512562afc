#!/usr/bin/env python3
"""Prints one line per set from a score.py --json file: the metric each set is judged by.

usage: summary.py SET SCORE.json
"""
import json
import sys

# The figure each set's bar is stated in (issue 3), then the others for context.
PRIMARY = {"aeb": "aeb_f1", "wcxb-dev": "wb_f1", "trafilatura-eval": "snip_f1"}
SHOWN = [("AEB_F1", "aeb_f1"), ("wordbag_F1", "wb_f1"), ("snippet_F1", "snip_f1")]


def main():
    name, path = sys.argv[1], sys.argv[2]
    results = next(iter(json.load(open(path, encoding="utf-8")).values()))
    figures = "  ".join(f"{label}={results[key]:.4f}" for label, key in SHOWN if results.get(key) is not None)
    print(f"{name:18s} {PRIMARY.get(name, '')}={results.get(PRIMARY.get(name), float('nan')):.4f}   {figures}")


if __name__ == "__main__":
    main()
