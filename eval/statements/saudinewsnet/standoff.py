#!/usr/bin/env python3
"""Turns a gold file written with SaudiNewsNet texts into its stand-off form for the repo.

    python3 eval/statements/saudinewsnet/standoff.py FULL.jsonl > gold-X.standoff.jsonl

The text is replaced by `text_chars` and `text_crc32` (CRC-32 of its UTF-8 bytes) and each
statement's `content` by `content_span` ([start, end) in code points), found as the scorer
finds it: the first occurrence at or after the previous statement's, else the first. Each
text is checked against the dataset first. `isnad eval statements` joins the text back
(crates/isnad-cli/src/standoff.rs).
"""
import json
import sys
import zipfile
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "saudinewsnet"


def dataset_text(day, index):
    with zipfile.ZipFile(DATA / day) as zf:
        return json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))[index]["content"]


def main():
    for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
        if not line.strip():
            continue
        a = json.loads(line)
        text, src = a.pop("text"), a["source"]
        if dataset_text(src["file"], src["index"]) != text:
            sys.exit(f"{sys.argv[1]}: line {n}: text differs from the dataset")
        out = {}
        for k, v in a.items():
            out[k] = v
            if k == "source":
                out["text_chars"] = len(text)
                out["text_crc32"] = zlib.crc32(text.encode("utf-8"))
        frm = 0
        for s in out["statements"]:
            c = s.pop("content")
            at = text.find(c, frm)
            if at < 0:
                at = text.find(c)
            if at < 0:
                sys.exit(f"{sys.argv[1]}: line {n}: content not in text: {c[:40]}")
            if text.count(c) > 1:
                print(f"note: line {n}: content occurs {text.count(c)} times; took {at}", file=sys.stderr)
            frm = at
            s["content_span"] = [at, at + len(c)]
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
