#!/usr/bin/env bash
# Page extraction, Isnad vs trafilatura, on the same pages with the same scorer.
#
#   bash bench/extract.sh [DATA_DIR]      (DATA_DIR defaults to ../shared/data)
#
# Creates bench/.venv (git-ignored) with the pinned trafilatura from bench/requirements.txt,
# builds isnad in release, runs both, and prints F1 and pages/second side by side. trafilatura's
# texts are scored by `isnad eval extract --predictions`, so both sides meet one scorer (a
# port of the benchmark's evaluate.py and of trafilatura's own snippet evaluation).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
data="${1:-$root/../shared/data}"
dirs=("$data/article-extraction-benchmark" "$data/trafilatura-eval-ar")
venv="$here/.venv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r "$here/requirements.txt"

(cd "$root" && cargo build --release -q -p isnad-cli)
isnad="$root/target/release/isnad"

echo "== isnad (release, one thread; each page extracted 5 times, the mean time kept)"
"$isnad" eval extract "${dirs[@]}" --repeat 5 | tee "$work/isnad.txt"
echo "== trafilatura $("$venv/bin/python" -c 'import trafilatura; print(trafilatura.__version__)') (one process)"
"$venv/bin/python" "$here/trafilatura_run.py" "$work/traf.json" "${dirs[@]}" | tee "$work/traf_time.json"
"$isnad" eval extract "${dirs[@]}" --predictions "$work/traf.json" | tee "$work/traf.txt"

"$venv/bin/python" - "$work" <<'PY'
import json, sys
w = sys.argv[1]
last = lambda p: json.loads(open(p, encoding="utf-8").read().strip().splitlines()[-1])
i, t, tt = last(f"{w}/isnad.txt"), last(f"{w}/traf.txt"), last(f"{w}/traf_time.json")
print()
print(f"{'':34}{'isnad':>12}{'trafilatura':>14}")
for name in ("article-extraction-benchmark", "trafilatura-eval-ar"):
    if name in i:
        for k in ("precision", "recall", "f1"):
            print(f"{name + ' ' + k:34}{i[name][k]:>12.3f}{t[name][k]:>14.3f}")
ips, tps = i["pages_per_second"], tt["pages_per_second"]
print(f"{'pages/second':34}{ips:>12.1f}{tps:>14.1f}")
print(f"{'speed ratio':34}{ips / tps:>12.1f}x")
print(json.dumps({"isnad": i, "trafilatura": t, "trafilatura_speed": tt, "speed_ratio": ips / tps}))
PY

echo
echo "== dates: isnad vs htmldate $("$venv/bin/python" -c 'import htmldate; print(htmldate.__version__)') on the Arabic pages of htmldate's evaluation"
"$isnad" eval dates "$data/htmldate-mediacloud-ar" | tail -n 2 | head -n 1
"$venv/bin/python" "$here/htmldate_run.py" "$data/htmldate-mediacloud-ar" 2>/dev/null
