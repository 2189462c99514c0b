#!/usr/bin/env python3
"""Gives an undated JSONL corpus synthetic publication dates by its labels, to check that dates
do not break stories apart (docs/linking.md). Each label starts on a random day within
START_SPREAD days of 2024-01-01 and its articles fall within SPAN days after that start.

Usage: synthetic-dates.py IN.jsonl LABELS.json OUT.jsonl [SPAN [START_SPREAD [SEED]]]
  WikiRef220 as in docs/linking.md: SPAN 120, START_SPREAD 60, SEED 11 (topics overlap in time).
"""
import datetime, json, random, sys


def main():
    src, labels_path, dst = sys.argv[1:4]
    span = int(sys.argv[4]) if len(sys.argv) > 4 else 120
    spread = int(sys.argv[5]) if len(sys.argv) > 5 else 60
    random.seed(int(sys.argv[6]) if len(sys.argv) > 6 else 11)
    labels = json.load(open(labels_path))
    start = {}
    with open(dst, "w") as out:
        for line in open(src, encoding="utf-8", errors="replace"):
            rec = json.loads(line)
            label = labels.get(rec["id"], rec["id"])
            if label not in start:
                start[label] = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randrange(spread))
            rec["published"] = (start[label] + datetime.timedelta(days=random.randrange(span))).isoformat()
            out.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    main()
