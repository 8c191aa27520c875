#!/usr/bin/env python3
"""Seeded selection of SaudiNewsNet articles for a stand-off statement gold set.

SaudiNewsNet is CC BY-NC-SA: its text stays out of the repository. This script
reads the dataset's zips and prints picks as `file index outlet chars title`,
without the article text, so a selection can be rerun and checked.

    python3 eval/statements/saudinewsnet/select.py SEED N [EXCLUDE_FILE...]

Eligible: an article of a general news outlet (the two sports papers are out)
whose `content` is 1,200-3,500 characters and holds at least three reporting
words. Picks come from one `random.Random(SEED)` shuffle of the eligible list,
at most two per outlet, skipping a pick whose title or first 200 characters
repeat an earlier pick or an excluded one (wire copies). EXCLUDE_FILE lists
`file index` pairs already used by other sets.
"""
import json
import random
import re
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "saudinewsnet"
SPORTS = {"arreyadi", "arriyadiyah"}
CUE = re.compile(
    r"(?:^|[\s\"(،,.])(?:و|ف)?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|ذكر|ذكرت|أشار|أشارت|أضاف|أضافت|"
    r"نفى|نفت|أعلن|أعلنت|صرح|صرحت|يقول|تقول|وفق|وفقا|بحسب|حسب)(?=[\s،,.:])"
)


def articles():
    for z in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            name = zf.namelist()[0]
            items = json.loads(zf.read(name).decode("utf-8"))
        for i, a in enumerate(items):
            yield z.name, i, a


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    excluded = set()
    for path in sys.argv[3:]:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                f, i = line.split()[:2]
                excluded.add((f, int(i)))
    pool, by_key = [], {}
    for f, i, a in articles():
        body = (a.get("content") or "").strip()
        by_key[(f, i)] = a
        if a.get("source") in SPORTS or not 1200 <= len(body) <= 3500:
            continue
        if len(CUE.findall(body)) < 3:
            continue
        pool.append((f, i))
    print(f"{len(pool)} eligible of {len(by_key)}", file=sys.stderr)
    seen_titles, seen_heads = set(), set()
    for key in excluded:
        a = by_key[key]
        seen_titles.add(a.get("title", "").strip())
        seen_heads.add(a.get("content", "").strip()[:200])
    random.Random(seed).shuffle(pool)
    outlets, picks = {}, []
    for key in pool:
        if len(picks) == n:
            break
        a = by_key[key]
        title, head = a.get("title", "").strip(), a["content"].strip()[:200]
        if key in excluded or title in seen_titles or head in seen_heads:
            continue
        if outlets.get(a["source"], 0) >= 2:
            continue
        outlets[a["source"]] = outlets.get(a["source"], 0) + 1
        seen_titles.add(title)
        seen_heads.add(head)
        picks.append(key)
        print(key[0], key[1], a["source"], len(a["content"].strip()), title)


if __name__ == "__main__":
    main()
