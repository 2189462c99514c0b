#!/usr/bin/env bash
# Extraction speed and quality, Dossier against trafilatura, on the same pages in one run, each
# pinned to the same single core (taskset) and run one after the other so they do not compete.
#
#   Benchmarks/extraction/run.sh [PAGES_DIR] [GOLD_JSON]
#
# Defaults to the 720-page dev set. trafilatura 2.0.0 is installed from PyPI into a virtualenv
# ($TRAF_VENV, default /tmp/dossier-traf-venv) on first use. Prints pages/second for both (fastest
# of $PASSES passes each, default 3), the speed ratio, and the shingle F1 of both with the
# project's scorer.
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGES_DIR=${1:-../shared/data/dev/extraction/html}
GOLD=${2:-../shared/data/dev/extraction/ground-truth.json}
SCORER=${SCORER:-../shared/eval/score_extraction.py}
VENV=${TRAF_VENV:-/tmp/dossier-traf-venv}
CORE=${CORE:-0}
OUT=${OUT:-/tmp/dossier-extraction-bench}
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "trafilatura==2.0.0" lxml_html_clean
fi

swift build -c release --product dossier-bench >/dev/null
shopt -s nullglob
PAGES=("$PAGES_DIR"/*.html.gz "$PAGES_DIR"/*.html)
echo "pages: ${#PAGES[@]} from $PAGES_DIR, core $CORE"

# Each side times $PASSES passes over all pages in one process and reports its fastest, so that a
# burst of noise on the machine does not decide the ratio; the output of the first pass is scored.
PASSES=${PASSES:-3}
taskset -c "$CORE" .build/release/dossier-bench extract-html --repeat "$PASSES" "${PAGES[@]}" > "$OUT/dossier.jsonl" 2> "$OUT/dossier-timing.txt"
taskset -c "$CORE" "$VENV/bin/python" Benchmarks/extraction/trafilatura_bench.py --passes "$PASSES" "$OUT/trafilatura.jsonl" "${PAGES[@]}" 2> "$OUT/trafilatura.txt"

d=$(grep -o '[0-9.]* pages/s' "$OUT/dossier-timing.txt" | cut -d' ' -f1)
t=$(grep -o '[0-9.]* pages/s' "$OUT/trafilatura.txt" | cut -d' ' -f1)
cat "$OUT/dossier-timing.txt" "$OUT/trafilatura.txt"
python3 -c "print(f'speed ratio dossier/trafilatura: {$d / $t:.1f}x')"
if [ -f "$GOLD" ]; then
  echo "dossier F1:     $(python3 "$SCORER" "$GOLD" "$OUT/dossier.jsonl" | tail -1)"
  echo "trafilatura F1: $(python3 "$SCORER" "$GOLD" "$OUT/trafilatura.jsonl" | tail -1)"
fi
