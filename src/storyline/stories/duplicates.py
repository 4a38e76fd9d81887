"""Near-duplicate articles: MinHash LSH over word shingles (step 1 of :mod:`storyline.stories`)."""

from __future__ import annotations

import zlib
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

    A short text (at most ``short_words`` words) loses a larger share of its shingles to each
    edited phrase: a 60-word brief with two phrases rewritten keeps a Jaccard near 0.4, under
    ``threshold``, though it is one report. A short text is therefore also compared with the short
    texts holding one of its word 3-grams among their ``sketch`` smallest 3-gram hashes (a
    bottom-k sketch: a text sharing half of another's 3-grams shares one of those 8 but about
    once in 250), and linked when the share of the shorter text's 3-grams found in the other
    reaches ``containment``, an exact measure; two agencies' own briefs on one event share a name
    or a phrase, rarely a tenth of their 3-grams. The 3-grams of short texts are kept in memory
    (a few hundred bytes each), not stored: :meth:`restore` makes them again from the text.
    """

    SCHEME = "affine32"  # 32-bit hash values: a stored signature is num_perm × 4 bytes

    def __init__(
        self,
        *,
        threshold: float = 0.6,
        num_perm: int = 64,
        shingle: int = 5,
        short_words: int = 150,
        containment: float = 0.5,
        sketch: int = 8,
    ) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.short_words = short_words
        self.containment = containment
        self.sketch = sketch
        self.grams: dict[str, Any] = {}  # short text's article id -> its sorted 3-gram hashes
        # a 3-gram hash -> the short texts holding it among their ``sketch`` smallest
        self.sketches: dict[int, list[str]] = {}
        # candidates at a lower threshold, so that pairs just above ``threshold`` are not
        # lost to LSH's banding; each candidate is then checked against ``threshold``
        self.lsh = MinHashLSH(threshold=max(0.2, threshold - 0.2), num_perm=num_perm)
        self.signatures: dict[str, Any] = {}
        self.original: dict[str, str] = {}
        self.dates: dict[str, str] = {}  # article id -> publication date, for eviction

    def signature(self, text: str) -> Any:
        """The MinHash of the text's word shingles."""
        return self._signature(words(text))

    def _signature(self, toks: list[str]) -> Any:
        from datasketch import MinHash

        k = self.shingle
        grams = {" ".join(toks[i : i + k]) for i in range(max(1, len(toks) - k + 1))}
        mh = MinHash(num_perm=self.num_perm, scheme=self.SCHEME)
        mh.update_batch([g.encode("utf-8") for g in grams])
        return mh

    def short_grams(self, toks: list[str]) -> Any:
        """The sorted distinct hashes of a short text's word 3-grams (None for a longer text)."""
        import numpy as np

        if not toks or len(toks) > self.short_words:
            return None
        grams = {" ".join(toks[i : i + 3]) for i in range(max(1, len(toks) - 2))}
        return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint32))

    def contained(self, a: Any, b: Any) -> float:
        """The share of the smaller 3-gram set found in the other (:meth:`short_grams`)."""
        import numpy as np

        return len(np.intersect1d(a, b, assume_unique=True)) / max(1, min(len(a), len(b)))

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
        toks = words(text) if text else []
        mh = signature if signature is not None else self._signature(toks)
        grams = self.short_grams(toks)
        found = self.lsh.query(mh)
        if grams is not None:
            for h in grams.tolist():
                found += self.sketches.get(h, ())
        best: tuple[float, str] | None = None
        for other in dict.fromkeys(found):
            sim = float(mh.jaccard(self.signatures[other]))
            if sim < self.threshold and not (
                grams is not None
                and other in self.grams
                and self.contained(grams, self.grams[other]) >= self.containment
            ):
                continue
            if best is None or sim > best[0]:
                best = (sim, other)
        self._insert(article_id, mh, grams)
        if best is None:
            return None
        root = self.original.get(best[1], best[1])
        self.original[article_id] = root
        return Duplicate(article_id, root, round(best[0], 3))

    def _insert(self, article_id: str, mh: Any, grams: Any) -> None:
        self.signatures[article_id] = mh
        self.lsh.insert(article_id, mh)
        if grams is not None:
            self.grams[article_id] = grams
            for h in grams[: self.sketch].tolist():
                self.sketches.setdefault(h, []).append(article_id)

    def restore(
        self, article_id: str, signature: Any, text: str | None = None, published: str | None = None
    ) -> None:
        """Index a stored article again without looking for its original (known already):
        its signature, and the 3-grams of its text when short (``text``, if given)."""
        if article_id in self.signatures:
            return
        if published:
            self.dates[article_id] = published[:10]
        self._insert(article_id, signature, self.short_grams(words(text)) if text else None)

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
            grams = self.grams.pop(aid, None)
            for h in grams[: self.sketch].tolist() if grams is not None else ():
                held = self.sketches[h]
                held.remove(aid)
                if not held:
                    del self.sketches[h]
            self.original.pop(aid, None)
            del self.dates[aid]
        return len(old)
