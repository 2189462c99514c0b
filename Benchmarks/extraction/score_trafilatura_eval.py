#!/usr/bin/env python3
"""Score extractor output with trafilatura's own evaluation metric.

Usage: score_trafilatura_eval.py EVALDATA_JSON OUTPUT_JSONL [--misses N]

EVALDATA_JSON is trafilatura's tests/evaldata.json: for each page, snippets that must
("with") and must not ("without") appear in the extracted text. OUTPUT_JSONL holds one
{"source", "text"} line per page (as `dossier-bench extract-html` prints it); pages are
matched on the file name with any .gz suffix removed. Per snippet, as in trafilatura's
tests/comparison.py: a "with" snippet found is a true positive, missing a false negative;
a "without" snippet found is a false positive, missing a true negative. Precision, recall,
accuracy and F1 are computed over all snippets of the pages present in the output.
--misses N lists the N pages with the most errors, to study failures.
"""
import json
import os
import sys


def main():
    args = sys.argv[1:]
    misses = 0
    if "--misses" in args:
        i = args.index("--misses")
        misses = int(args[i + 1])
        del args[i:i + 2]
    evaldata = json.load(open(args[0]))
    predicted = {}
    for line in open(args[1]):
        row = json.loads(line)
        name = os.path.basename(row["source"])
        if name.endswith(".gz"):
            name = name[:-3]
        predicted[name] = row["text"] or ""
    tp = fp = tn = fn = 0
    rows = []
    pages = 0
    for item in evaldata.values():
        if item["file"] not in predicted:
            continue
        pages += 1
        text = predicted[item["file"]]
        missed = [s for s in item.get("with", []) if s not in text]
        leaked = [s for s in item.get("without", []) if s in text]
        tp += len(item.get("with", [])) - len(missed)
        fn += len(missed)
        fp += len(leaked)
        tn += len(item.get("without", [])) - len(leaked)
        if missed or leaked:
            rows.append((len(missed) + len(leaked), item["file"], len(text), missed, leaked))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + tn + fp + fn) if tp + tn + fp + fn else 0.0
    print(f"pages {pages} of {len(evaldata)}  precision {precision:.3f} recall {recall:.3f} "
          f"accuracy {accuracy:.3f} F1 {f1:.3f}  (tp {tp} fn {fn} fp {fp} tn {tn})")
    rows.sort(key=lambda r: (-r[0], r[1]))
    for count, name, length, missed, leaked in rows[:misses]:
        print(name, length, "MISS", [m[:60] for m in missed], "EXTRA", [m[:50] for m in leaked])


if __name__ == "__main__":
    main()
