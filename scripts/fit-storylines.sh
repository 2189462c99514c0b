#!/bin/bash
# Scores one setting of the linking parameters on the story and event sets, for fitting:
#   scripts/fit-storylines.sh [key=value...]      (keys as `dossier-bench link-stories` reads them)
# Prints WikiRef220, MEANTIME (converted first with scripts/meantime-to-jsonl.py into
# /tmp/meantime.jsonl and /tmp/meantime-labels.json), ECB+ at the event level, and ECB+ at the
# story level against its events and against its 43 topics. Build dossier-bench in release first.
set -e
cd "$(dirname "$0")/.."
B=.build/release/dossier-bench
S=../shared/eval/score_clusters.py
D=../shared/data/dev
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 -c "
import json, sys
labels = json.load(open('$D/clustering/ecbplus-labels.json'))
json.dump({k: k.split('_')[0] for k in labels}, open('$T/topics.json', 'w'))"
f1() { python3 $S "$1" "$2" | tail -1; }
$B link-stories $D/stories/wikiref220.jsonl $T/w.json "$@" 2>/dev/null
echo "WikiRef220        $(f1 $D/stories/wikiref220-labels.json $T/w.json)"
if [ -f /tmp/meantime.jsonl ]; then
  $B link-stories /tmp/meantime.jsonl $T/m.json "$@" 2>/dev/null
  echo "MEANTIME          $(f1 /tmp/meantime-labels.json $T/m.json)"
fi
$B link-stories $D/clustering/ecbplus.jsonl $T/e.json --events "$@" 2>/dev/null
echo "ECB+ events       $(f1 $D/clustering/ecbplus-labels.json $T/e.json)"
$B link-stories $D/clustering/ecbplus.jsonl $T/s.json "$@" 2>/dev/null
echo "ECB+ stories/topics $(f1 $T/topics.json $T/s.json)"
