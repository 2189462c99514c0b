#!/usr/bin/env python3
"""The plain baseline story clustering is compared with: TF-IDF (title + text, English stopwords,
sublinear tf) and average-linkage agglomerative clustering on cosine distance, cut at a fixed
distance. Writes the stories JSON that ../shared/eval/score_clusters.py reads.

Usage: tfidf-baseline.py IN.jsonl OUT.json [DISTANCE_THRESHOLD (default 0.9)]
Needs scikit-learn (pip install scikit-learn).
"""
import json, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.cluster import AgglomerativeClustering


def main():
    src, dst = sys.argv[1:3]
    cut = float(sys.argv[3]) if len(sys.argv) > 3 else 0.9
    docs = [json.loads(line) for line in open(src) if line.strip()]
    texts = [(d.get("title") or "") + "\n" + (d.get("text") or "") for d in docs]
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(texts).toarray()
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=cut)
    labels = model.fit_predict(x)
    stories = {}
    for d, lab in zip(docs, labels):
        stories.setdefault(int(lab), []).append(d["id"])
    out = {"stories": [{"id": str(k), "articles": v} for k, v in sorted(stories.items(), key=lambda kv: -len(kv[1]))]}
    json.dump(out, open(dst, "w"))


if __name__ == "__main__":
    main()
