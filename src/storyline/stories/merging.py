"""Canonical events: event mentions of many articles merged into one real-world event
(step 3 of :mod:`storyline.stories`)."""

from __future__ import annotations

import bisect
import functools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from storyline.stories.mentions import EventMention, trigger_classes, weak_triggers
from storyline.stories.text import _content_set, _date, _jaccard

#: What a mention's arguments (:class:`~storyline.stories.mentions.ArgumentFinder`) may share
#: with another mention's, or with a canonical event's, as evidence of one event: entity
#: names, argument head words and numbers ("killed 3" / "3 dead").
SHARED_ARGUMENTS = ("participants", "argument_words", "numbers")
#: prepositions that end an actor phrase's head ("a judge in Fulton County", "the man from Leeds")
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "inside"})


def shared_arguments(a: EventMention, others: Iterable[EventMention]) -> int:
    """How many kinds of argument (of :data:`SHARED_ARGUMENTS`) mention ``a`` shares with
    any of ``others``."""
    others = list(others)
    n = 0
    for name in SHARED_ARGUMENTS:
        mine = set(getattr(a, name))
        if mine and any(mine.intersection(getattr(o, name)) for o in others):
            n += 1
    return n


def coordinated(a: Iterable[EventMention], b: Iterable[EventMention]) -> bool:
    """Whether a mention of ``a`` and one of ``b`` are predicates coordinated in one sentence
    of one article (:attr:`EventMention.coordinated`: "shot and wounded", "arrested and
    charged"). Such predicates share subject and object by construction, so the arguments
    that let :meth:`EventMerger._absorb` join two events told in related words are no
    evidence for them: they name two acts."""
    marks = {(m.article_id, c) for m in a for c in m.coordinated}
    return bool(marks) and any(
        (o.article_id, c) in marks for o in b for c in range(o.trigger_start, o.trigger_end)
    )


def actor_heads(names: Iterable[str]) -> set[str]:
    """The head words (last words, lower case) of actor names, what event merging compares:
    reports name one actor in other words ("Alexis Grigoropoulos" / "Alexandros Grigoropoulos",
    "23 pirates" / "Somali pirates", "INDIAN NAVY" / "the Indian navy"). Comparing whole names
    made such reports clash as actors of two events: the store's canonical events on ECB+ 1-35
    (``storyline eval stories --canonical``) CoNLL F1 0.583 -> 0.627, topics 1-17 0.658 -> 0.684
    and 18-35 0.558 -> 0.602.

    A phrase's head comes before its locative modifier (:data:`LOCATIVE_PREPOSITIONS`): the
    record may say where an actor was ("a woman in Harrowgate", "the police in Calvedra"), and
    taking the place for the head made two reports of one act clash; not at the first word ("In
    Touch Weekly"), and "of" is no cut ("Bank of Lorland"). Records rebuilt at 131d639, whose
    actors carry such places: ``--canonical`` CoNLL F1 0.677 -> 0.683 (1-17 0.686 -> 0.696, 18-35
    0.631 -> 0.637); session 22's records, which held the place as an actor of its own, unchanged."""
    out: set[str] = set()
    for name in names:
        words = name.lower().split()
        cut = next((i for i, w in enumerate(words) if i and w in LOCATIVE_PREPOSITIONS), len(words))
        if words[:cut]:
            out.add(words[cut - 1])
    return out


def clashing_heads(m: EventMention, role: str) -> set[str]:
    """The head words (:func:`actor_heads`) of the names of a mention's ``role`` ("sources" or
    "targets") that clash with another report's: names of people and bodies, not places read as
    actors (:attr:`EventMention.place_actors`) nor descriptions (:attr:`EventMention.generic_actors`:
    "a man" may be any named man)."""
    return actor_heads(n for n in getattr(m, role) if n not in m.place_actors and n not in m.generic_actors)


#: gazetteer features of a place that stands for a whole country ("adjectival": "Greek" for Greece)
COUNTRY_FEATURES = frozenset({"country", "adjectival"})


def place_within(name: str, where: tuple[str, ...], other: str, other_where: tuple[str, ...]) -> bool:
    """Whether place ``name`` may lie within place ``other`` (or be it), from their names and
    where the gazetteer puts them (:attr:`EventMention.place_where`: feature, country, admin1,
    GeoNames id). Reports place one event at different scales ("Athens" / "Greece", "Palermo" /
    "Sicily", "Northeast Philadelphia" / "Philadelphia", "the Pagliarelli prison" / "Palermo"):
    such places are no clash. Within: ``other``'s words are a run of ``name``'s; one GeoNames
    entry; ``other`` a country (or its adjective) and ``name`` in that country; ``other`` an
    administrative division and ``name`` no country in its country and first-level division;
    ``name`` a site the gazetteer does not hold (a building, a street, a region) whose country
    and division, where known, are ``other``'s. Two towns of one division stay two places, and
    places the gazetteer puts in two countries stay two whatever their names ("New York" /
    "York", "South Sudan" / "Sudan")."""
    if (
        len(where) == 4
        and len(other_where) == 4
        and where[1]
        and other_where[1]
        and where[1] != other_where[1]
    ):
        return False
    words, others = name.lower().split(), other.lower().split()
    if words == others or (
        len(others) < len(words) and any(words[i : i + len(others)] == others for i in range(len(words)))
    ):
        return True
    if len(where) != 4 or len(other_where) != 4:  # none stored, or not the four fields
        return False
    feature, country, admin1, gid = where
    o_feature, o_country, o_admin1, o_gid = other_where
    if gid and gid == o_gid:
        return True
    if o_feature in COUNTRY_FEATURES:
        return bool(country) and country == o_country
    in_division = bool(country) and country == o_country and bool(admin1) and admin1 == o_admin1
    if o_feature.startswith("admin") and feature not in COUNTRY_FEATURES and in_division:
        return True
    return (
        not gid
        and bool(o_gid)
        and (not country or country == o_country)
        and (not admin1 or admin1 == o_admin1)
    )


def places_agree(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions' places may be the one place of one event: no place on either
    side, the same name, or one within the other (:func:`place_within`)."""
    if not a.place or not b.place or a.place.lower() == b.place.lower():
        return True
    return place_within(a.place, a.place_where, b.place, b.place_where) or place_within(
        b.place, b.place_where, a.place, a.place_where
    )


class TriggerRelations:
    """A set of unordered pairs of different lemmas, kept compact: each lemma once (lemma ->
    number) and each pair as one 64-bit code (the two numbers) in a sorted array, found by
    bisection. The 67,000 pairs of :func:`trigger_relations` take 2.2 MB this way, 6.9 MB as
    a frozenset of "a<TAB>b" strings; a lookup costs about 3 µs instead of 1 (merging ECB+
    topics 18-35 makes 32,000 of them in 5 s)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.ids: dict[str, int] = {}
        codes: list[int] = []
        for a, b in pairs:
            if a != b:
                i, j = self.ids.setdefault(a, len(self.ids)), self.ids.setdefault(b, len(self.ids))
                codes.append(self._code(i, j))
        self.codes = array("q", sorted(set(codes)))

    @staticmethod
    def _code(i: int, j: int) -> int:
        return (i << 32 | j) if i < j else (j << 32 | i)

    def __contains__(self, pair: object) -> bool:
        if not isinstance(pair, tuple) or len(pair) != 2:
            return False
        i, j = self.ids.get(pair[0]), self.ids.get(pair[1])
        if i is None or j is None or i == j:
            return False
        code = self._code(i, j)
        k = bisect.bisect_left(self.codes, code)
        return k < len(self.codes) and self.codes[k] == code

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        """Each pair once, alphabetically ordered within the pair."""
        lemmas = list(self.ids)  # in order of their numbers
        for code in self.codes:
            a, b = lemmas[code >> 32], lemmas[code & 0xFFFFFFFF]
            yield (a, b) if a < b else (b, a)


@functools.cache
def trigger_relations() -> TriggerRelations:
    """Pairs of trigger lemmas that may name the same event in other words
    (``data/trigger_relations.tsv``: WordNet cause, entailment, hypernym, derivation and
    synonym links between most frequent senses, "kill"/"die", "slay"/"kill", "shot"/"shoot";
    "blaze"/"fire" through another sense of "fire"; phrasal verbs, "gun down"/"shoot", and each
    with its own verb), read once into a compact :class:`TriggerRelations`."""
    from storyline.knowledge import data_path

    def pairs(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
        for line in lines:
            if not line.startswith("#") and not line.startswith("lemma\t"):
                a, b, _ = line.split("\t", 2)
                yield a, b

    with data_path("trigger_relations.tsv").open(encoding="utf-8") as fh:
        return TriggerRelations(pairs(fh))


@functools.lru_cache(maxsize=1 << 14)
def related_triggers(a: str, b: str) -> bool:
    """Whether trigger lemmas ``a`` and ``b`` differ but are related (:func:`trigger_relations`),
    directly or through their trigger classes (:func:`~storyline.stories.mentions.trigger_classes`:
    "death" and "dead" are of the class of "die", which "kill" causes). Through the classes:
    ECB+ CoNLL F1 18-35 +0.002, 1-35 +0.0014, 1-17 and MEANTIME unchanged (a learned pair
    model was tried instead and lost on 18-35). Cached: the merge asks the same pairs often."""
    a, b = a.lower(), b.lower()
    relations = trigger_relations()
    if (a, b) in relations:
        return True
    classes = trigger_classes()
    ca, cb = classes.get(a, a), classes.get(b, b)
    return ca != cb and ((ca, cb) in relations or (ca, b) in relations or (a, cb) in relations)


class LemmaSimilarity:
    """Cosine similarity of two trigger lemmas' sentence embeddings (all-MiniLM-L6-v2 on the
    bare word: "kill"/"die" 0.74, "fire"/"blaze" 0.61, "kill"/"say" 0.36), each lemma embedded
    once per process. It lets :class:`EventMerger` join mentions that name one event in
    different words. :meth:`learn` embeds an article's new lemmas in one batch (30 ms of CPU a lemma,
    against 240 ms one by one)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.vectors: dict[str, Any] = {}

    def learn(self, lemmas: Iterable[str]) -> None:
        """Embed the lemmas not seen yet, in one batch."""
        new = sorted({w for w in lemmas if w and w not in self.vectors})
        if new:
            vectors = self.model.encode(new, normalize_embeddings=True, show_progress_bar=False)
            self.vectors.update(zip(new, vectors, strict=True))

    def __call__(self, a: str, b: str) -> float:
        """The similarity of lemmas ``a`` and ``b`` (-1 to 1)."""
        self.learn((a, b))
        return float(self.vectors[a] @ self.vectors[b])


def lemma_similarity() -> LemmaSimilarity | None:
    """A :class:`LemmaSimilarity`, or None without the optional model (``storyline[embeddings]``,
    :func:`~storyline.stories.grouping.embedding_model`)."""
    from storyline.stories.grouping import embedding_model

    model = embedding_model()
    return LemmaSimilarity(model) if model is not None else None


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
    days apart, or both name actors for a role and no two share a head word
    (:func:`actor_heads`; names the record holds as places, :attr:`EventMention.place_actors`,
    are left out of that test), or both name places that differ. Their similarity adds trigger
    stem match, actor (head word) overlap, sentence word
    overlap, and date and story agreement; a date disagreement within ``max_date_gap``
    days is allowed only with strong other evidence, and is then kept as a conflict.
    A mention that its own article marks as telling an earlier event again (``same_as``,
    from the events stage) joins that event's canonical event without scoring.

    Predicate arguments (:class:`~storyline.stories.mentions.ArgumentFinder`): a shared
    participant or argument word adds ``argument_bonus``. With ``related`` (a similarity of
    two trigger lemmas, :func:`lemma_similarity`), a mention that joins no event may still
    join one of its blocks whose triggers all differ from its own but are related (at least
    ``related_min``) and that shares an argument with it ("slain" joins the "killed" event of
    the same victim): 45% of same-event pairs in an ECB+ story use different words.
    With ``wordnet`` (the default), lemmas related in WordNet's most frequent senses
    (:func:`related_triggers`: "die"/"kill", "murder"/"kill", "escape"/"flee") count as
    related (1.0) in the same way; as soft evidence needing a shared argument, never as one
    trigger class (whole synsets as classes hurt): ECB+ 1-17 CoNLL +0.006, checked on 18-35
    and MEANTIME.
    Both were tuned on ECB+ topics 1-17 and checked on 18-35; clashing arguments were tried
    as evidence of two events and hurt on both halves (the parse's arguments are too noisy).
    With ``pair_model`` (a :class:`~storyline.stories.contextual.PairHead`: contextual trigger
    vectors and a learned head, off by default), a mention in other words also joins a
    candidate event when the head's probability for one of its mentions reaches the head's
    ``join_min``: 2-fold cross-validated on ECB+ it changed CoNLL F1 by +0.0003 / +0.0018
    (noise) at ~20 ms of embedding a sentence (``scripts/train_event_pairs.py``).

    A mention is scored against a candidate event's mentions with its own trigger head where
    the event has some (an event told in two words is not diluted for either), else against
    all. With ``absorb`` (the default), an event whose mentions changed absorbs, or is absorbed
    by, another event of its story told in other but related words (:func:`related_triggers`,
    no weak trigger on either side) once the two share an argument (of
    :data:`SHARED_ARGUMENTS`) over their first ``max_compare`` mentions: arguments gather as
    reports arrive, so two events that no single mention could join ("killed" with no
    victim named, "died" with one) join later. The smaller event goes into the larger;
    :meth:`resolve` follows an absorbed id to its survivor and :meth:`take_absorbed` hands the
    moves to the store. Two events holding predicates coordinated in one sentence
    (:func:`coordinated`: "shot and wounded" share their arguments by construction) are never
    absorbed into one: ECB+ 2-fold CV CoNLL F1 0.6965 -> 0.6974 (both halves up), MEANTIME
    0.6696 -> 0.6707 (vetoing joins as well 0.6975; any two mentions of one sentence, absorbing
    only, 0.6961). Scoring against same-head mentions and absorbing, with the wider trigger data
    (``hypernym-sense`` relations, nominalisations as trigger classes): ECB+
    CoNLL F1 1-17 0.633 -> 0.640, 18-35 0.662 -> 0.671, MEANTIME 0.656 -> 0.657; absorbing
    alone +0.003 / +0.006 / -0.001 (tuned on 1-17, checked on 18-35 and MEANTIME).

    With ``fuse`` (on in the store's :class:`~storyline.stories.Stories`), an event whose
    mentions changed also joins the event of its story, type and trigger head that its mentions
    match best on average (:meth:`_fuse`), once that average reaches ``threshold``: two reports
    of one event that share too little start two events, and a later report matching both joins
    them, whatever came first. The store's canonical events on ECB+ 1-35 (``storyline eval
    stories --canonical``) CoNLL F1 0.744 -> 0.754 (1-17 unchanged, 18-35 0.721 -> 0.729);
    fusing at a lower mean (0.45) lowers 1-17. Descriptions that clash with no name
    (:attr:`EventMention.generic_actors`) and places at two scales (:func:`places_agree`) gave
    0.683 -> 0.734 -> 0.744 before it.

    A canonical event lies within one story (its row has one story, and a story shows its
    events): unless ``cross_story``, mentions of two different stories are incompatible and an
    event of another story is no candidate. Joins across stories were allowed before, through
    the date, actor and place blocks; they joined unrelated events whose mentions had no date
    ("the foreign ministry called for" in two stories), and only while the older story was
    still in memory, so that merging a store in one pass and ingesting it in batches gave
    different events.
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
        argument_bonus: float = 0.05,
        related: Callable[[str, str], float] | None = None,
        related_min: float = 0.6,
        wordnet: bool = True,
        absorb: bool = True,
        pair_model: Any = None,
        cross_story: bool = False,
        fuse: bool = False,
    ) -> None:
        self.threshold = threshold
        self.cross_story = cross_story
        self.fuse = fuse
        self.pair_model = pair_model
        self.absorb = absorb
        self.absorbed: dict[int, int] = {}  # absorbed event id -> the event that took it in
        self.wordnet = wordnet
        if wordnet:
            trigger_relations()  # loaded once, up front (a new merger then costs nothing)
        self.argument_bonus = argument_bonus
        self.related = related
        self.related_min = related_min
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
        if a.type != b.type or not self._same_story(a.story, b.story):
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
            # places read as actors ("Surrey" / "Banstead") are no people or bodies to clash:
            # the store's canonical events on ECB+ 1-35 (--canonical) CoNLL F1 0.678 -> 0.690;
            # nor are descriptions ("a man" / "Jo Smith", "the mother" / "her mom"): 0.683 -> 0.734
            x, y = clashing_heads(a, role), clashing_heads(b, role)
            if x and y and not x & y:
                return 0.0
        if not places_agree(a, b):
            return 0.0
        text = _jaccard(_content_set(a.sentence), _content_set(b.sentence))
        actors_a, actors_b = actor_heads((*a.sources, *a.targets)), actor_heads((*b.sources, *b.targets))
        actors = len(actors_a & actors_b) / len(actors_a | actors_b) if actors_a and actors_b else 0.0
        if not same_trigger and not actors and gap != 0 and not (a.place and b.place):
            # other words, and nothing in common but text and story: only related words may
            # join them (_related_event, _absorb)
            return 0.0
        weak = same_trigger and a.head in weak_triggers()
        score = (0.3 - self.weak_discount * weak) * same_trigger + 0.25 * actors + 0.35 * min(1.0, 2 * text)
        score += 0.1 * (a.story is not None and a.story == b.story)
        if set(a.participants).intersection(b.participants) or set(a.argument_words).intersection(
            b.argument_words
        ):
            score += self.argument_bonus
        if gap == 0:
            score += 0.15
        elif gap is not None:
            score -= 0.2  # a conflicting date needs strong other evidence
        return min(1.0, score)

    def _same_story(self, a: int | None, b: int | None) -> bool:
        """Whether mentions (or events) of stories ``a`` and ``b`` may join: always with
        ``cross_story`` or an unknown story, else only within one story."""
        return self.cross_story or a is None or b is None or a == b

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
        if not self.cross_story and m.story is not None:
            for cid in [c for c in hits if not self._same_story(self.events[c].story, m.story)]:
                del hits[cid]  # another story's event (blocked by date, actor or place)
        for cid, _ in hits.most_common(self.max_candidates):
            ev = self.events[cid]
            pool = [o for o in ev.mentions if o.head == m.head][: self.max_compare]
            sims = [self.similarity(m, other) for other in pool or ev.mentions[: self.max_compare]]
            sc = (1 - self.mean_weight) * max(sims) + self.mean_weight * sum(sims) / len(sims)
            if sc >= self.threshold and (best is None or sc > best[0]):
                best = (sc, cid)
        if best is None and (self.related is not None or self.wordnet or self.pair_model is not None):
            best = self._related_event(m, [cid for cid, _ in hits.most_common(self.max_candidates)])
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
        if self.absorb and len(self.events[cid].mentions) <= self.max_compare:
            cid = self._absorb(cid)
        if self.fuse and m.story is not None:
            cid = self._fuse(cid, m.head)
        return cid

    def _fuse(self, cid: int, head: str) -> int:
        """Join event ``cid`` and the event of its story and type with a mention in trigger head
        ``head`` that its mentions match best on average, when that average (over the first
        ``max_compare`` mentions of each, :meth:`similarity`) reaches ``threshold``, what one
        mention needs to join; the smaller goes into the larger, repeatedly; the surviving id.
        Reports of one event that arrived before anything bridged them ("arrested" with the
        name, "arrested" with the place) start two events; the later reports that match both
        show they are one, whatever the order of arrival."""
        while True:
            ev = self.events[cid]
            mine = ev.mentions[: self.max_compare]
            best: tuple[float, int] | None = None
            for other in self.blocks.get((ev.type, "sh", str(ev.story), head), ()):
                oev = self.events.get(other)
                if other == cid or oev is None or oev.story != ev.story or oev.type != ev.type:
                    continue
                mean = self._mean_similarity(mine, oev.mentions[: self.max_compare], best)
                if mean is not None and mean >= self.threshold and (best is None or mean > best[0]):
                    best = (mean, other)
            if best is None:
                return cid
            cid = self._join(cid, best[1])

    def _mean_similarity(
        self, mine: list[EventMention], theirs: list[EventMention], best: tuple[float, int] | None
    ) -> float | None:
        """The mean :meth:`similarity` of every pair of ``mine`` and ``theirs``, or None as soon
        as it can no longer reach ``threshold`` nor beat ``best`` (each pair adds at most 1): most
        pairs of a story's events score 0, so a big block costs far fewer pairs."""
        n = len(mine) * len(theirs)
        need = max(self.threshold, best[0] if best is not None else 0.0) * n - 1e-9
        sims: list[float] = []
        total, left = 0.0, n
        for x in mine:
            for y in theirs:
                sims.append(self.similarity(x, y))
                total += sims[-1]
                left -= 1
                if total + left < need:
                    return None
        return sum(sims) / n  # as the full mean is summed (the running total only bounds it)

    def resolve(self, cid: int) -> int:
        """The canonical event that event ``cid`` now belongs to (itself unless absorbed)."""
        while cid in self.absorbed:
            cid = self.absorbed[cid]
        return cid

    def take_absorbed(self) -> dict[int, int]:
        """The absorptions since the last call (absorbed id -> surviving id, resolved), for
        the store to move their rows; forgotten here."""
        out = {gone: self.resolve(gone) for gone in self.absorbed}
        self.absorbed = {}
        return out

    def _profile(self, ev: CanonicalEvent) -> tuple[set[str], set[str], list[set[str]]] | None:
        """The trigger heads, lemmas and argument sets (:data:`SHARED_ARGUMENTS`) of an
        event's first ``max_compare`` mentions; None if one has a weak trigger or no lemma."""
        ms = ev.mentions[: self.max_compare]
        weak = weak_triggers()
        if any(o.head in weak or not o.lemma for o in ms):
            return None
        args = [{v for o in ms for v in getattr(o, name)} for name in SHARED_ARGUMENTS]
        return {o.head for o in ms}, {o.lemma or "" for o in ms}, args

    def _absorb(self, cid: int) -> int:
        """Join event ``cid`` and the largest event of its story and type told in other,
        related words that shares an argument with it (the smaller goes into the larger),
        repeatedly; the surviving id."""
        while True:
            ev = self.events[cid]
            if not self.wordnet or ev.story is None:
                return cid
            others = [o for o in self.blocks.get((ev.type, "s", str(ev.story)), ()) if o != cid]
            mine = self._profile(ev) if others else None
            if mine is None:
                return cid
            heads, lemmas, args = mine
            best: tuple[int, int] | None = None
            for other in others:
                oev = self.events.get(other)
                if oev is None or oev.story != ev.story or oev.type != ev.type:
                    continue
                if best is not None and len(oev.mentions) <= best[0]:
                    continue
                theirs = self._profile(oev)
                if (
                    theirs is None
                    or heads & theirs[0]
                    or not any(x & y for x, y in zip(args, theirs[2], strict=True))
                    or not any(related_triggers(a, b) for a in lemmas for b in theirs[1])
                    or coordinated(ev.mentions, oev.mentions)
                ):
                    continue
                best = (len(oev.mentions), other)
            if best is None:
                return cid
            cid = self._join(cid, best[1])

    def _join(self, cid: int, other: int) -> int:
        """Join events ``cid`` and ``other``: the smaller goes into the larger (``other`` on a
        tie, :meth:`_move`); the surviving id."""
        if len(self.events[other].mentions) >= len(self.events[cid].mentions):
            self._move(cid, other)
            return other
        self._move(other, cid)
        return cid

    def _move(self, gone: int, keep: int) -> None:
        """Put every mention of event ``gone`` into event ``keep`` and forget ``gone``."""
        old = self.events.pop(gone)
        self.events[keep].mentions.extend(old.mentions)
        for m in old.mentions:
            self.of_mention[m.key] = keep
            for b in self._blocks(m):
                members = self.blocks[b]
                members.discard(gone)
                members.add(keep)
        self.absorbed[gone] = keep

    def _related_event(self, m: EventMention, candidates: list[int]) -> tuple[float, int] | None:
        """The candidate event told in other but related words that shares an argument with
        ``m`` (most related first), or None. Weak triggers (reporting and light verbs) and a
        sentence already in the event never join this way."""
        if not m.lemma or m.head in weak_triggers():
            return None
        best: tuple[float, int] | None = None
        for cid in candidates:
            ev = self.events[cid]
            others = ev.mentions[: self.max_compare]
            if ev.type != m.type or any(
                o.head == m.head
                or o.head in weak_triggers()
                or not o.lemma
                or (o.article_id == m.article_id and o.sentence_start == m.sentence_start)
                for o in others
            ):
                continue
            sim = max(self._relatedness(m.lemma, o.lemma or "") for o in others)
            ok = sim >= self.related_min and shared_arguments(m, others) > 0
            if self.pair_model is not None:
                # the learned head (stories.contextual.PairHead) may join other words too
                learned = max(self.pair_model.probability(m, o, self.similarity(m, o)) for o in others)
                if learned >= self.pair_model.join_min:
                    sim, ok = (sim if ok else learned), True
            if ok and (best is None or sim > best[0]):
                best = (sim, cid)
        return best

    def _relatedness(self, a: str, b: str) -> float:
        """1 for lemmas related in WordNet (:func:`related_triggers`, with ``wordnet``), else
        the ``related`` similarity (0 without one)."""
        if self.wordnet and related_triggers(a, b):
            return 1.0
        return self.related(a, b) if self.related is not None else 0.0

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

    def restory(self, story_of: Callable[[EventMention], int | None]) -> set[int]:
        """Move mentions to the story their article belongs to now (``story_of``), after
        stories were folded or split (:class:`~storyline.stories.grouping.StoryIndex`), so that
        blocking by story, story agreement and eviction see the current story; the ids of the
        events whose mentions moved (for the store to rewrite)."""
        moved: set[int] = set()
        for ev in self.events.values():
            old = list(ev.mentions)
            changed = 0
            for k, m in enumerate(old):
                sid = story_of(m)
                if sid is not None and sid != m.story:
                    ev.mentions[k] = replace(m, story=sid)
                    changed += 1
            if not changed:
                continue
            moved.add(ev.id)
            before = {b for m in old for b in self._blocks(m)}
            after = {b for m in ev.mentions for b in self._blocks(m)}
            for key in before - after:
                members = self.blocks.get(key)
                if members is not None:
                    members.discard(ev.id)
                    if not members:
                        del self.blocks[key]
            for key in after:
                self.blocks[key].add(ev.id)
        return moved

    def restore(self, event: CanonicalEvent) -> None:
        """Put back a stored canonical event."""
        self.events[event.id] = event
        self.next_id = max(self.next_id, event.id + 1)
        for m in event.mentions:
            self.of_mention[m.key] = event.id
            for b in self._blocks(m):
                self.blocks[b].add(event.id)
