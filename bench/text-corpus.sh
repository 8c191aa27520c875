#!/usr/bin/env bash
# Text-layer throughput on real news text: 2,000 SaudiNewsNet articles (about 5 MB) written to
# a temporary file (the corpus is non-commercial and is never copied into the repo), then the
# divan benchmark over it. Usage: bench/text-corpus.sh [SHARED_DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
corpus="$(mktemp -t isnad-bench-XXXXXX.txt)"
trap 'rm -f "$corpus"' EXIT
python3 - "$data/saudinewsnet" "$corpus" <<'PY'
import json, sys, zipfile, pathlib
src, out = pathlib.Path(sys.argv[1]), sys.argv[2]
texts = []
for z in sorted(src.glob("*.zip")):
    with zipfile.ZipFile(z) as zf:
        for name in zf.namelist():
            for a in json.loads(zf.read(name)):
                if a.get("content"):
                    texts.append(a["content"])
    if len(texts) >= 2000:
        break
open(out, "w", encoding="utf-8").write("\n\n".join(texts[:2000]))
print(f"corpus: {len(texts[:2000])} articles, {pathlib.Path(out).stat().st_size / 1e6:.1f} MB", file=sys.stderr)
PY
ISNAD_BENCH_TEXT="$corpus" cargo bench -p isnad --bench text
