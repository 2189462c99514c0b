#!/usr/bin/env python3
"""Turns an entity fixture in bracket markup ("[ORG Baltic Policy Institute] said ...", documents
separated by blank lines, '#' lines comments) into the project's JSONL input and a gold file for
../shared/eval/score_entities.py, so the fixture is scored exactly like the dev sets:

    python3 scripts/entity-markup.py Tests/Fixtures/entities/modern-newswire.txt /tmp/mn.jsonl /tmp/mn-gold.json
    $B analyze /tmp/mn.jsonl > /tmp/mn-out.jsonl
    python3 ../shared/eval/score_entities.py /tmp/mn.jsonl /tmp/mn-gold.json /tmp/mn-out.jsonl
"""
import json, re, sys

MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+)\]")


def documents(path):
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if not l.startswith("#")]
    return [d.strip() for d in "\n".join(lines).split("\n\n") if d.strip()]


def parse(markup):
    text, gold, pos = "", [], 0
    for m in MARK.finditer(markup):
        text += markup[pos:m.start()]
        gold.append({"start": len(text), "end": len(text) + len(m.group(2)), "type": m.group(1), "text": m.group(2)})
        text += m.group(2)
        pos = m.end()
    return text + markup[pos:], gold


def main():
    src, out_jsonl, out_gold = sys.argv[1:4]
    stem = src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    gold = {}
    with open(out_jsonl, "w", encoding="utf-8") as f:
        for k, d in enumerate(documents(src)):
            doc_id = f"{stem}-{k:03d}"
            text, names = parse(d)
            gold[doc_id] = names
            f.write(json.dumps({"id": doc_id, "title": "", "text": text}, ensure_ascii=False) + "\n")
    json.dump(gold, open(out_gold, "w", encoding="utf-8"), ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
