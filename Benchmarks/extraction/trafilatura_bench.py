#!/usr/bin/env python3
"""Times trafilatura on the same pages as `dossier-bench extract-html`, one process on one core.

Usage: trafilatura_bench.py [--passes N] OUT.jsonl PAGE.html.gz...
Pages are read and gunzipped before the clock starts; extraction uses trafilatura's defaults
(as in the benchmark scores: no comments, no tables excluded). Writes {"id","source","text"} lines
(from the first pass) for score_extraction.py and prints pages/second of the fastest of N passes
(default 1) on stderr, as `dossier-bench extract-html --repeat N` does for Dossier.
"""
import gzip, json, os, sys, time

import trafilatura


def main():
    args = sys.argv[1:]
    passes = 1
    if args[:1] == ["--passes"]:
        passes, args = int(args[1]), args[2:]
    out_path, paths = args[0], args[1:]
    pages = []
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        pages.append((p, data))
    results = []
    secs = float("inf")
    for n in range(passes):
        start = time.perf_counter()
        texts = [(p, trafilatura.extract(data, include_comments=False) or "") for p, data in pages]
        secs = min(secs, time.perf_counter() - start)
        if n == 0:
            results = texts
    with open(out_path, "w", encoding="utf-8") as f:
        for p, text in results:
            f.write(json.dumps({"id": os.path.basename(p), "source": p, "text": text}) + "\n")
    print(f"trafilatura: {len(pages)} pages in {secs:.3f} s (fastest of {passes} passes), {len(pages) / secs:.1f} pages/s", file=sys.stderr)


if __name__ == "__main__":
    main()
