"""Cluster-comparison metrics shared by the coreference scorers: MUC, B³, CEAF-e, CoNLL F1.

Each takes the gold clusters (``key``) and the system clusters (``response``) as sets of
hashable mentions and returns precision, recall and F1.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any


def muc(key: list[set[Hashable]], response: list[set[Hashable]]) -> tuple[float, float, float]:
    """MUC precision, recall, F1 (Vilain et al. 1995)."""

    def score(a: list[set[Hashable]], b: list[set[Hashable]]) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, f_score(p, r)


def b_cubed(key: list[set[Hashable]], response: list[set[Hashable]]) -> tuple[float, float, float]:
    """B³ precision, recall, F1 (Bagga & Baldwin 1998), over the mentions of each side."""

    def score(a: list[set[Hashable]], b: list[set[Hashable]]) -> float:
        where = {m: c for c in b for m in c}
        total = sum(len(c) for c in a)
        num = sum(len(c & where.get(m, set())) / len(c) for c in a for m in c)
        return num / total if total else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, f_score(p, r)


def ceaf_e(key: list[set[Hashable]], response: list[set[Hashable]]) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with phi4 similarity and an optimal alignment."""
    if not key or not response:
        return 0.0, 0.0, 0.0
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    where = {m: i for i, c in enumerate(response) for m in c}
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for m in k:
            j = where.get(m)
            if j is not None and sim[i, j] == 0:
                sim[i, j] = 2 * len(k & response[j]) / (len(k) + len(response[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    p, r = total / len(response), total / len(key)
    return p, r, f_score(p, r)


def f_score(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def conll(key: list[set[Hashable]], response: list[set[Hashable]]) -> dict[str, Any]:
    """MUC, B³, CEAF-e (P, R, F1 each) and CoNLL F1, their F1 mean."""
    out: dict[str, Any] = {}
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceaf_e", ceaf_e)):
        p, r, f = fn(key, response)
        out[name] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
    out["conll_f1"] = round(sum(out[n]["f1"] for n in ("muc", "b3", "ceaf_e")) / 3, 4)
    return out
