#!/usr/bin/env python3
"""Times trafilatura on the same pages as `dossier-bench extract-html`, one process on one core.

Usage: trafilatura_bench.py OUT.jsonl PAGE.html.gz...
Pages are read and gunzipped before the clock starts; extraction uses trafilatura's defaults
(as in the benchmark scores: no comments, no tables excluded). Writes {"id","source","text"} lines
for score_extraction.py and prints pages/second on stderr.
"""
import gzip, json, os, sys, time

import trafilatura


def main():
    out_path, paths = sys.argv[1], sys.argv[2:]
    pages = []
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        pages.append((p, data))
    start = time.perf_counter()
    results = []
    for p, data in pages:
        text = trafilatura.extract(data, include_comments=False) or ""
        results.append((p, text))
    secs = time.perf_counter() - start
    with open(out_path, "w", encoding="utf-8") as f:
        for p, text in results:
            f.write(json.dumps({"id": os.path.basename(p), "source": p, "text": text}) + "\n")
    print(f"trafilatura: {len(pages)} pages in {secs:.3f} s, {len(pages) / secs:.1f} pages/s", file=sys.stderr)


if __name__ == "__main__":
    main()
