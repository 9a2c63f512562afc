"""Prints the end-to-end extraction benchmark's table from the JSON reports of its runners.

    python3 extract_table.py LEDE_1T.json LEDE_2T.json READABILITY_JS.json READABILITY_LXML.json

Every figure printed comes from those reports; the only numbers written here are the targets of
issue 3 (bars 3 and 4) and issue 4 (bar 4). A report that is missing or empty (its runner
failed) prints as n/a.
"""

import json
import sys

TARGET_VS_READABILITY_JS = 150.0
TARGET_VS_READABILITY_LXML = 20.0
TARGET_TWO_THREAD_SCALING = 1.8
TARGET_METADATA_ADDS_PERCENT = 25.0  # issue 4, bar 4


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read().strip()
        return json.loads(text) if text else None
    except (OSError, ValueError):
        return None


def pages_per_cpu_second(report):
    """Throughput per second of CPU the process actually got: steadier than wall-clock time when
    other work shares the cores, but blind to what threads buy."""
    return report["pages_per_s"] / report["cores_used"] if report["cores_used"] > 0 else 0.0


def print_tools(reports):
    header = "%-22s %7s %9s %8s %10s %9s %11s %11s %12s" % (
        "tool", "threads", "pages/s", "MB/s", "cores used", "pages/cpu-s",
        "peak RSS MiB", "RSS growth", "body / fail")
    print(header)
    print("-" * len(header))
    for name, report in reports:
        if report is None:
            print("%-22s n/a (the runner failed; see its stderr above)" % name)
            continue
        print("%-22s %7d %9.2f %8.2f %10.2f %9.2f %11.1f %11.1f %8d / %d" % (
            name, report["threads"], report["pages_per_s"], report["mb_per_s"],
            report["cores_used"], pages_per_cpu_second(report), report["peak_rss_mib"],
            report["rss_growth_mib"], report["pages_with_body"], report["pages_failed"]))


def print_ratio(label, numerator, denominator, target):
    if not numerator or not denominator:
        print("  %-44s n/a" % label)
        return
    ratio = numerator / denominator
    print("  %-44s %8.2fx   (target >= %gx: %s)" % (label, ratio, target, "met" if ratio >= target else "NOT met"))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    lede1, lede2, rjs, lxml = (load(path) for path in sys.argv[1:])
    print_tools([("lede", lede1), ("lede", lede2), ("Readability.js+jsdom", rjs), ("readability-lxml", lxml)])

    for report in (lede1, rjs, lxml):
        if report:
            print("  %s: %s; best of %d passes" % (report["tool"], report["version"], report["repetitions"]))
    reference = next((r for r in (lede1, rjs, lxml) if r), None)
    if reference:
        print("  pages: %d, %.1f MB of UTF-8 (MB/s counts these bytes for every tool)" % (
            reference["pages"], reference["utf8_bytes"] / 1e6))

    def speed(report, per_cpu=False):
        if not report:
            return None
        return pages_per_cpu_second(report) if per_cpu else report["pages_per_s"]

    if lede1 and "metadata_adds_percent" in lede1:
        adds = lede1["metadata_adds_percent"]
        print("  metadata adds %.1f%% to lede's time (%.1f%% of it; %.2f pages/s without; target <= %g%%: %s)" % (
            adds, lede1["metadata_share_percent"], lede1["pages_per_s_without_metadata"],
            TARGET_METADATA_ADDS_PERCENT, "met" if adds <= TARGET_METADATA_ADDS_PERCENT else "NOT met"))

    print("\nRatios, wall-clock pages/s (lede with 1 thread):")
    print_ratio("lede / Readability.js+jsdom", speed(lede1), speed(rjs), TARGET_VS_READABILITY_JS)
    print_ratio("lede / readability-lxml", speed(lede1), speed(lxml), TARGET_VS_READABILITY_LXML)
    print_ratio("lede 2 threads / 1 thread", speed(lede2), speed(lede1), TARGET_TWO_THREAD_SCALING)
    print("Ratios, pages per CPU-second (less sensitive to other load on the machine):")
    print_ratio("lede / Readability.js+jsdom", speed(lede1, True), speed(rjs, True), TARGET_VS_READABILITY_JS)
    print_ratio("lede / readability-lxml", speed(lede1, True), speed(lxml, True), TARGET_VS_READABILITY_LXML)
    if lede2 and lede1:
        print("  2-thread scaling needs two free cores: the 2-thread run had %.2f ('cores used' < 2:"
              " other processes took the rest)." % lede2["cores_used"])
        print("  lede 2 threads / 1 thread, pages per CPU-second: %.2fx (1.00 = threads add no work;"
              " derived, not a scaling measurement)" % (speed(lede2, True) / speed(lede1, True)))


if __name__ == "__main__":
    main()
