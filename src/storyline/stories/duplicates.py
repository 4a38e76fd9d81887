"""Near-duplicate articles: MinHash LSH over word shingles (step 1 of :mod:`storyline.stories`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.stories.text import words


@dataclass(frozen=True)
class Duplicate:
    """``article_id`` is a near-copy of ``original_id`` (estimated Jaccard ``similarity``)."""

    article_id: str
    original_id: str
    similarity: float


class DuplicateIndex:
    """MinHash LSH over word shingles: finds wire copies and lightly edited versions.

    ``threshold`` is the Jaccard similarity of shingle sets above which two texts are one
    report; ``shingle`` is the shingle length in words. Signatures can be stored
    (:meth:`signature_bytes`) and re-added without the text, so the index survives restarts.
    """

    SCHEME = "affine32"  # 32-bit hash values: a stored signature is num_perm × 4 bytes

    def __init__(self, *, threshold: float = 0.6, num_perm: int = 64, shingle: int = 5) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        # candidates at a lower threshold, so that pairs just above ``threshold`` are not
        # lost to LSH's banding; each candidate is then checked against ``threshold``
        self.lsh = MinHashLSH(threshold=max(0.2, threshold - 0.2), num_perm=num_perm)
        self.signatures: dict[str, Any] = {}
        self.original: dict[str, str] = {}
        self.dates: dict[str, str] = {}  # article id -> publication date, for eviction

    def signature(self, text: str) -> Any:
        """The MinHash of the text's word shingles."""
        from datasketch import MinHash

        toks = words(text)
        k = self.shingle
        grams = {" ".join(toks[i : i + k]) for i in range(max(1, len(toks) - k + 1))}
        mh = MinHash(num_perm=self.num_perm, scheme=self.SCHEME)
        mh.update_batch([g.encode("utf-8") for g in grams])
        return mh

    def signature_bytes(self, article_id: str) -> bytes:
        """The stored form of an article's signature (uint32 hash values)."""
        import numpy as np

        return np.asarray(self.signatures[article_id].hashvalues, dtype=np.uint32).tobytes()

    def from_bytes(self, data: bytes) -> Any:
        """A signature back from :meth:`signature_bytes`."""
        import numpy as np
        from datasketch import MinHash

        return MinHash(
            num_perm=self.num_perm, hashvalues=np.frombuffer(data, dtype=np.uint32), scheme=self.SCHEME
        )

    def add(
        self,
        article_id: str,
        text: str | None = None,
        *,
        signature: Any = None,
        published: str | None = None,
    ) -> Duplicate | None:
        """Index one article; the article it copies (the first copy seen), or None."""
        if published:
            self.dates[article_id] = published[:10]
        if article_id in self.signatures:
            orig = self.original.get(article_id)
            return Duplicate(article_id, orig, 1.0) if orig else None
        mh = signature if signature is not None else self.signature(text or "")
        best: tuple[float, str] | None = None
        for other in self.lsh.query(mh):
            sim = float(mh.jaccard(self.signatures[other]))
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, other)
        self.signatures[article_id] = mh
        self.lsh.insert(article_id, mh)
        if best is None:
            return None
        root = self.original.get(best[1], best[1])
        self.original[article_id] = root
        return Duplicate(article_id, root, round(best[0], 3))

    def link(self, article_id: str, original_id: str) -> None:
        """Remember a duplicate link read back from storage."""
        self.original[article_id] = original_id

    def evict(self, before: str) -> int:
        """Forget the articles published before ``before`` (ISO date): a copy arrives within
        days of its original, so old signatures only cost memory. Undated articles stay."""
        old = [aid for aid, d in self.dates.items() if d < before]
        for aid in old:
            if aid in self.signatures:
                self.lsh.remove(aid)
                del self.signatures[aid]
            self.original.pop(aid, None)
            del self.dates[aid]
        return len(old)
