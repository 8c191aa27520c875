#!/usr/bin/env python3
"""Run trafilatura on the pages `isnad eval extract` scores; write its texts as predictions.

usage: trafilatura_run.py OUT.json DIR [DIR ...]

For an article-extraction-benchmark folder (ground-truth.json + html/*.html.gz) the pages are
read as the benchmark's own run_trafilatura.py reads them (gunzipped, UTF-8 text) and
extracted with `trafilatura.extract(html, include_comments=False)`; the key is the page key.
For a trafilatura evaluation folder (evaldata.json + pages) the page bytes are handed to
trafilatura as its own evaluation does; the key is the file name. Prints one JSON line with
the page count and the extraction time (one process, one thread), excluding file reading.
"""
import gzip
import json
import sys
import time
from pathlib import Path

import trafilatura


def main():
    out_path, dirs = Path(sys.argv[1]), [Path(d) for d in sys.argv[2:]]
    preds, pages, seconds = {}, 0, 0.0
    for d in dirs:
        if (d / "ground-truth.json").exists():
            gold = json.loads((d / "ground-truth.json").read_text(encoding="utf-8"))
            docs = []
            for key in sorted(gold):
                with gzip.open(d / "html" / f"{key}.html.gz", "rt", encoding="utf8") as f:
                    docs.append((key, f.read(), gold[key].get("url")))
        else:
            gold = json.loads((d / "evaldata.json").read_text(encoding="utf-8"))
            docs = [(e["file"], (d / e["file"]).read_bytes(), url) for url, e in gold.items()]
        for key, html, url in docs:
            t = time.perf_counter()
            text = trafilatura.extract(html, url=url, include_comments=False)
            seconds += time.perf_counter() - t
            preds[key] = text or ""
            pages += 1
    out_path.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({"pages": pages, "seconds": seconds, "pages_per_second": pages / seconds}))


if __name__ == "__main__":
    main()
