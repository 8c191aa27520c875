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

# Three rounds, the two tools alternating, so that load from other jobs on the machine hits
# both alike; speeds are reported per round and as medians.
tv="$("$venv/bin/python" -c 'import trafilatura; print(trafilatura.__version__)')"
for r in 1 2 3; do
  echo "== round $r: isnad (release, one thread; each page extracted 5 times, the mean kept)"
  "$isnad" eval extract "${dirs[@]}" --repeat 5 | tee "$work/isnad_$r.txt" | grep -v '^{'
  echo "== round $r: trafilatura $tv (one process)"
  "$venv/bin/python" "$here/trafilatura_run.py" "$work/traf.json" "${dirs[@]}" | tee "$work/traf_time_$r.json"
done
"$isnad" eval extract "${dirs[@]}" --predictions "$work/traf.json" | tee "$work/traf.txt" | grep -v '^{'

"$venv/bin/python" - "$work" <<'PY'
import json, statistics, sys
w = sys.argv[1]
last = lambda p: json.loads(open(p, encoding="utf-8").read().strip().splitlines()[-1])
i, t = last(f"{w}/isnad_1.txt"), last(f"{w}/traf.txt")
ips = [last(f"{w}/isnad_{r}.txt")["pages_per_second"] for r in (1, 2, 3)]
tps = [last(f"{w}/traf_time_{r}.json")["pages_per_second"] for r in (1, 2, 3)]
print()
print(f"{'':40}{'isnad':>12}{'trafilatura':>14}")
for name in ("article-extraction-benchmark", "trafilatura-eval-ar"):
    if name in i:
        for k in ("precision", "recall", "f1"):
            print(f"{name + ' ' + k:40}{i[name][k]:>12.3f}{t[name][k]:>14.3f}")
for r in range(3):
    print(f"{'pages/second, round ' + str(r + 1):40}{ips[r]:>12.1f}{tps[r]:>14.1f}   ratio {ips[r] / tps[r]:.1f}x")
mi, mt = statistics.median(ips), statistics.median(tps)
print(f"{'pages/second, median':40}{mi:>12.1f}{mt:>14.1f}   ratio {mi / mt:.1f}x")
print(json.dumps({"isnad": i, "trafilatura": t, "isnad_pages_per_second": ips,
                  "trafilatura_pages_per_second": tps, "median_speed_ratio": mi / mt}))
PY

echo
echo "== dates: isnad vs htmldate $("$venv/bin/python" -c 'import htmldate; print(htmldate.__version__)') on the Arabic pages of htmldate's evaluation"
"$isnad" eval dates "$data/htmldate-mediacloud-ar" | tail -n 2 | head -n 1
"$venv/bin/python" "$here/htmldate_run.py" "$data/htmldate-mediacloud-ar" 2>/dev/null
