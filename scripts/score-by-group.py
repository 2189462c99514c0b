#!/usr/bin/env python3
"""Shingle F1 per group (site, converter) of analyze/extract records, with the acceptance metric.

Usage: scripts/score-by-group.py GROUND_TRUTH_JSON RECORDS_JSONL GROUPS_JSON
  GROUPS_JSON: {id: group}, e.g. converters.json from scripts/scraped-groups.py.
"""
import json, os, statistics, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from score_extraction import load_pred, tpfpfn, prec, rec

gold = json.load(open(sys.argv[1]))
pred = load_pred(sys.argv[2])
groups = json.load(open(sys.argv[3]))
by = {}
for k, g in gold.items():
    by.setdefault(groups.get(k, "?"), []).append(tpfpfn(g.get("articleBody", ""), pred.get(k, "")))
for name, rows in sorted(by.items(), key=lambda x: -len(x[1])):
    p = statistics.mean(prec(*r) for r in rows)
    r_ = statistics.mean(rec(*r) for r in rows)
    print(f"{name:24s} pages {len(rows):4d}  P {p:.3f}  R {r_:.3f}  F1 {2 * p * r_ / (p + r_) if p + r_ else 0:.3f}")
