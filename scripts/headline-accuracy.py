#!/usr/bin/env python3
"""Headline accuracy of analyze/extract records against the source pages' <title> and og:title.

Usage: scripts/headline-accuracy.py TITLES_JSON RECORDS_JSONL
  TITLES_JSON: {id: {"title", "og"}} from scripts/scraped-groups.py.
A page's gold headline is its og:title, else its <title>, with a trailing " | Site" / " - Site"
part dropped. A prediction is right when its words equal the gold's, or when the word sets overlap
by Jaccard >= 0.8 (sites often add or drop a word between the two). Prints strict and lenient
accuracy over pages with a gold title; the last line is the lenient one.
"""
import json, os, re, sys

SEPS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00bb|\u00b7)\s+")
WORD = re.compile(r"\w+", re.UNICODE)

def words(s):
    return [w.lower() for w in WORD.findall(s or "")]

def gold_variants(entry):
    out = []
    for raw in (entry.get("og"), entry.get("title")):
        if not raw:
            continue
        out.append(raw)
        parts = [p for p in SEPS.split(raw) if p.strip()]
        if len(parts) > 1:
            out.append(max(parts, key=len))
            out.append(" - ".join(parts[:-1]))
    return out

def right(pred, variants, lenient):
    p = words(pred)
    if not p:
        return False
    for g in variants:
        w = words(g)
        if not w:
            continue
        if p == w:
            return True
        if lenient:
            a, b = set(p), set(w)
            if len(a & b) / len(a | b) >= 0.8:
                return True
    return False

def main():
    titles = json.load(open(sys.argv[1]))
    preds = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        preds[os.path.basename(str(r.get("source") or "")).split(".")[0]] = r.get("title") or ""
    ids = [k for k, v in titles.items() if gold_variants(v)]
    strict = sum(right(preds.get(k, ""), gold_variants(titles[k]), False) for k in ids)
    lenient = sum(right(preds.get(k, ""), gold_variants(titles[k]), True) for k in ids)
    print(f"pages {len(ids)}  strict {strict / len(ids):.3f}  lenient {lenient / len(ids):.3f}")
    print(f"{lenient / len(ids):.4f}")

main()
