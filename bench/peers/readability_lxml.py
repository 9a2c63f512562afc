"""readability-lxml (Debian python3-readability) run as its users run it, over the decoded pages
that `bench_extract --dump-decoded DIR` wrote (DIR/manifest.jsonl + DIR/<id>.html, UTF-8).

    /usr/bin/python3 readability_lxml.py DIR [REPS]      prints one JSON object

Timed: only the loop `Document(text, url=url).summary()`; reading the files happens before.
The best of REPS passes (default 3) is reported. Run it with Debian's /usr/bin/python3, where
the package lives.
"""

import json
import logging
import os
import resource
import sys
import time
from importlib.metadata import PackageNotFoundError, version

import lxml.etree
from readability import Document

DEFAULT_REPS = 3
BYTES_PER_MB = 1e6
KIB_PER_MIB = 1024.0


def load_pages(folder):
    pages = []
    with open(os.path.join(folder, "manifest.jsonl"), encoding="utf-8") as manifest:
        for line in manifest:
            if not line.strip():
                continue
            entry = json.loads(line)
            with open(os.path.join(folder, entry["file"]), encoding="utf-8") as page:
                pages.append((entry["url"] or None, entry["bytes"], page.read()))
    return pages


def run_pass(pages):
    """One pass; returns how many pages got a non-empty summary, and how many raised."""
    with_body = failed = 0
    for url, _, text in pages:
        try:
            summary = Document(text, url=url).summary()
            with_body += bool(summary.strip())
        except Exception:  # the package raises its own Unparseable and lxml's errors alike
            failed += 1
    return with_body, failed


def peak_rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: readability_lxml.py DIR [REPS]")
    reps = max(1, int(sys.argv[2])) if len(sys.argv) > 2 else DEFAULT_REPS
    # The package logs every candidate it scores at INFO and some pages at WARNING: not timed work.
    logging.disable(logging.WARNING)

    pages = load_pages(sys.argv[1])
    utf8_bytes = sum(size for _, size, _ in pages)
    loaded_rss = peak_rss_kib()

    best_seconds, best_cpu, outcome = float("inf"), 0.0, (0, 0)
    for _ in range(reps):
        cpu_start, start = time.process_time(), time.perf_counter()
        outcome = run_pass(pages)
        seconds = time.perf_counter() - start
        if seconds < best_seconds:
            best_seconds, best_cpu = seconds, time.process_time() - cpu_start
    peak = peak_rss_kib()

    print(json.dumps({
        "tool": "readability-lxml",
        "version": "readability-lxml %s (Debian), lxml %s, python %s" % (
            _package_version(), lxml.etree.__version__, sys.version.split()[0]),
        "threads": 1,
        "pages": len(pages),
        "pages_with_body": outcome[0],
        "pages_failed": outcome[1],
        "utf8_bytes": utf8_bytes,
        "repetitions": reps,
        "best_seconds": best_seconds,
        "pages_per_s": len(pages) / best_seconds,
        "mb_per_s": utf8_bytes / BYTES_PER_MB / best_seconds,
        "cores_used": best_cpu / best_seconds,
        "peak_rss_mib": peak / KIB_PER_MIB,
        "rss_growth_mib": (peak - loaded_rss) / KIB_PER_MIB,
    }))


def _package_version():
    try:
        return version("readability-lxml")
    except PackageNotFoundError:
        return "unknown"


if __name__ == "__main__":
    main()
