#!/usr/bin/env bash
# Throughput on real news text: 2,000 SaudiNewsNet articles written to temporary files (the
# corpus is non-commercial and is never copied into the repo): the divan text-layer benchmark
# over them, then the whole pipeline (`isnad analyze`, JSON Lines in) on one and on all cores.
# Usage: bench/text-corpus.sh [SHARED_DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
corpus="$(mktemp -t isnad-bench-XXXXXX.txt)"
records="$(mktemp -t isnad-bench-XXXXXX.jsonl)"
trap 'rm -f "$corpus" "$records"' EXIT
python3 - "$data/saudinewsnet" "$corpus" "$records" <<'PY'
import json, sys, zipfile, pathlib
src, out, jsonl = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
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
with open(jsonl, "w", encoding="utf-8") as f:
    for i, t in enumerate(texts[:2000]):
        f.write(json.dumps({"id": f"snn-{i}", "text": t}, ensure_ascii=False) + "\n")
print(f"corpus: {len(texts[:2000])} articles, {pathlib.Path(out).stat().st_size / 1e6:.1f} MB", file=sys.stderr)
PY
ISNAD_BENCH_TEXT="$corpus" cargo bench -p isnad --bench text
cargo build --release -q -p isnad-cli
for threads in 1 "$(nproc)"; do
    echo "isnad analyze, $threads thread(s), 2,000 articles:"
    /usr/bin/time -f "  %e s wall, %M KB peak memory" target/release/isnad analyze --threads "$threads" "$records" >/dev/null
done
echo "isnad analyze, $(nproc) thread(s), 2,000 articles, --omit tokens:"
/usr/bin/time -f "  %e s wall, %M KB peak memory" target/release/isnad analyze --omit tokens "$records" >/dev/null
for omit in "" "--omit tokens"; do
    printf '  output bytes %s: ' "${omit:-(everything)}"
    target/release/isnad analyze $omit "$records" | wc -c
done
