#!/usr/bin/env python3
"""Writes a PolNeAR split (../shared/data/quotes/polnear/data/SPLIT) in the form of the dev set
(../shared/data/dev/quotes): one JSON line per article and the brat annotations keyed by article id,
so `score_quotes.py` and `scripts/quote-errors.py` read it unchanged. The train split (840 articles of
2015-16 that no quote rule was tuned on) checks that a rule kept on dev generalises. An article that
several annotators marked (16 of train's) keeps the annotation file whose name sorts first.
Usage: scripts/polnear-split.py SPLIT OUT.jsonl OUT-ann.json [--every K --offset I]
(--every/--offset keep every K-th article from the I-th, for a smaller or alternate-half sample)."""
import argparse, json, os

p = argparse.ArgumentParser()
p.add_argument("split")
p.add_argument("out")
p.add_argument("ann")
p.add_argument("--every", type=int, default=1)
p.add_argument("--offset", type=int, default=0)
a = p.parse_args()
root = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "quotes", "polnear", "data", a.split)
files = sorted(os.listdir(os.path.join(root, "attributions")))
chosen = {}
for f in files:
    chosen.setdefault(f[: -len(".ann")].rsplit("_", 1)[0], f)
ids = sorted(chosen)[a.offset :: a.every]
ann = {}
with open(a.out, "w") as out:
    for i in ids:
        with open(os.path.join(root, "text", i + ".txt"), encoding="utf-8") as t:
            text = t.read()
        with open(os.path.join(root, "attributions", chosen[i]), encoding="utf-8") as t:
            ann[i] = t.read()
        row = {"id": i, "title": None, "text": text, "published": None, "outlet": None, "url": None}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
with open(a.ann, "w") as out:
    json.dump(ann, out, ensure_ascii=False)
print(f"{len(ids)} articles -> {a.out}, {a.ann}")
