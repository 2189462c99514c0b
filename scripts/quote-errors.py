#!/usr/bin/env python3
"""Lists quote detection and speaker errors on a PolNeAR-format set, grouped by construction.
Usage: quote-errors.py INPUT_JSONL GOLD_ANN_JSON ANALYSIS_JSONL [misses|fps|speakers|summary]
Matching follows ../shared/eval/score_quotes.py (content tokens overlap by half the larger side).
Misses are grouped by their gold cue word, false positives by predicted kind and cue, speaker
errors are printed with the gold source; for development only (reads no data into the repo)."""
import collections, json, re, sys

WORD = re.compile(r"[A-Za-z0-9']+")
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "his", "her", "their", "him", "them"}


def toks(s):
    return [w.lower() for w in WORD.findall(s or "")]


def parse(ann, text):
    spans, out = {}, []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offs = parts[1].partition(" ")
            frags = [tuple(map(int, f.split())) for f in offs.split(";")]
            spans[parts[0]] = (kind, " ".join(text[a:b] for a, b in frags), frags[0][0])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            c, s, q = (spans.get(roles.get(x)) for x in ("Content", "Source", "Cue"))
            if c:
                out.append({"content": c[1], "at": c[2], "source": s[1] if s else None,
                            "cue": q[1] if q else None})
    return out


def main():
    inputs = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1]) if l.strip()}
    gold = json.load(open(sys.argv[2]))
    pred = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[3]) if l.strip()}
    mode = sys.argv[4] if len(sys.argv) > 4 else "summary"
    misses, fps, wrong = collections.defaultdict(list), collections.defaultdict(list), []
    for doc, ann in gold.items():
        text = inputs[doc]["text"]
        g = parse(ann, text)
        qs = (pred.get(doc) or {}).get("quotes") or []
        pt = [set(toks(q.get("text"))) for q in qs]
        used = set()
        for e in g:
            gt = set(toks(e["content"]))
            if not gt:
                continue
            best, score = None, 0.0
            for i, p in enumerate(pt):
                if i in used or not p:
                    continue
                s = len(gt & p) / max(len(gt), len(p))
                if s > score:
                    best, score = i, s
            if best is None or score < 0.5:
                near = max(((len(gt & p) / max(len(gt), len(p)), i) for i, p in enumerate(pt) if p), default=(0, -1))
                e["near"] = qs[near[1]]["text"] if near[0] > 0.2 else None
                misses[(e["cue"] or "-").lower()].append((doc, e))
                continue
            used.add(best)
            named = [w for w in WORD.findall(e["source"] or "") if w[:1].isupper() and w.lower() not in PRONOUNS]
            if named:
                sp = set(toks(qs[best].get("speaker")))
                if not sp & {w.lower() for w in named}:
                    wrong.append((doc, e, qs[best]))
        for i, q in enumerate(qs):
            if i not in used:
                fps[(q.get("kind"), (q.get("cue") or "-").lower())].append((doc, q))
    if mode == "summary":
        print("misses by gold cue:", sum(map(len, misses.values())))
        for k, v in sorted(misses.items(), key=lambda kv: -len(kv[1]))[:40]:
            print(f"  {len(v):4d} {k}")
        print("false positives by kind/cue:", sum(map(len, fps.values())))
        for k, v in sorted(fps.items(), key=lambda kv: -len(kv[1]))[:40]:
            print(f"  {len(v):4d} {k}")
        print("speaker errors:", len(wrong))
    elif mode == "misses":
        for k, v in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            for doc, e in v:
                print(f"[{k}] {doc} SRC={e['source']!r}\n   GOLD: {e['content'][:200]!r}"
                      f"\n   NEAR: {(e['near'] or '')[:200]!r}")
    elif mode == "fps":
        for k, v in sorted(fps.items(), key=lambda kv: -len(kv[1])):
            for doc, q in v:
                print(f"[{k}] {doc} SPK={q.get('speaker')!r} DESC={q.get('speaker_description')!r}"
                      f"\n   {q['text'][:200]!r}")
    elif mode == "speakers":
        for doc, e, q in wrong:
            print(f"{doc} GOLD={e['source']!r} PRED={q.get('speaker')!r} / {q.get('speaker_description')!r}"
                  f" cue={q.get('cue')!r}\n   {q['text'][:160]!r}")


if __name__ == "__main__":
    main()
