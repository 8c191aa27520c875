#!/usr/bin/env python3
"""Run htmldate (trafilatura's date extractor, installed with it) on htmldate's own Arabic
evaluation pages; print accuracy as `isnad eval dates` counts it, and pages/second.

usage: htmldate_run.py DIR   (DIR: ../shared/data/htmldate-mediacloud-ar)

Settings as htmldate's own evaluation of the original publication date:
find_date(html, original_date=True), default extensive search.
"""
import json
import sys
import time
from pathlib import Path

from htmldate import find_date


def main():
    d = Path(sys.argv[1])
    gold = json.loads(next(d.glob("eval*.json")).read_text(encoding="utf-8"))
    right = wrong = missing = 0
    seconds = 0.0
    for url, e in gold.items():
        html = (d / "test_set" / e["file"]).read_bytes()
        t = time.perf_counter()
        got = find_date(html, url=url, original_date=True)
        seconds += time.perf_counter() - t
        if got is None:
            missing += 1
        elif got == e["date"]:
            right += 1
        else:
            wrong += 1
        print(f"{e['file']}\tgold {e['date']}\tgot {got}", file=sys.stderr)
    n = len(gold)
    print(json.dumps({"pages": n, "right": right, "wrong": wrong, "missing": missing,
                      "accuracy": right / n, "pages_per_second": n / seconds}))


if __name__ == "__main__":
    main()
