#!/usr/bin/env python3
"""Converts the MEANTIME English corpus (NAF-like XML, one file per Wikinews article) into the
JSONL that `dossier stories` reads, plus labels for ../shared/eval/score_clusters.py.

Usage: meantime-to-jsonl.py MEANTIME_DIR OUT.jsonl OUT-labels.json
MEANTIME_DIR is the unpacked meantime-en folder (unpack the archive under /tmp, never into the
repository). Each article: sentence 0 is the headline, sentence 1 the publication date
("December 10, 2013"), the rest the body. The label of an article is its corpus folder
(airbus, apple, gm, stock): four long-running topics.
"""
import glob, json, os, sys, datetime
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", "%", ")", "'", "''", "'re", "'ll", "'ve", "'d", "'m"}
NO_SPACE_AFTER = {"(", "$", "``", "#"}


def detokenize(tokens):
    out = ""
    for t in tokens:
        if out and t not in NO_SPACE_BEFORE and out[-1] not in "($#" and not out.endswith("``"):
            out += " "
        out += t
    return out.replace("``", '"').replace("''", '"')


def parse_date(s):
    for fmt in ("%B %d, %Y", "%B %d %Y", "%d %B %Y"):
        try:
            return datetime.datetime.strptime(s.strip(), fmt).date().isoformat()
        except ValueError:
            pass
    return None


def main():
    root, out_path, labels_path = sys.argv[1:4]
    # The cross-document folder is the complete set (120 articles); intra-doc holds the same texts.
    files = sorted(glob.glob(os.path.join(root, "intra_cross-doc_annotation", "corpus_*", "*.xml")))
    labels = {}
    with open(out_path, "w") as out:
        for path in files:
            topic = os.path.basename(os.path.dirname(path)).replace("corpus_", "")
            doc = ET.parse(path).getroot()
            sentences = {}
            for tok in doc.iter("token"):
                sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
            order = sorted(sentences)
            if len(order) < 3:
                continue
            title = detokenize(sentences[order[0]])
            published = parse_date(detokenize(sentences[order[1]]))
            body_from = 2 if published else 1
            text = "\n\n".join(detokenize(sentences[k]) for k in order[body_from:])
            aid = doc.get("doc_id")
            rec = {"id": aid, "url": doc.get("url"), "title": title, "text": text}
            if published:
                rec["published"] = published
            out.write(json.dumps(rec) + "\n")
            labels[aid] = topic
    json.dump(labels, open(labels_path, "w"), indent=0, sort_keys=True)
    print(f"{len(labels)} articles, {len(set(labels.values()))} topics", file=sys.stderr)


if __name__ == "__main__":
    main()
