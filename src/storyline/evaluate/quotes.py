"""PolNeAR scoring for the quotes stage (BRAT ``.ann`` attributions over ``.txt`` articles).

Each article of a split is parsed with spaCy and run through the entities, times and quotes
stages, with its publication date from ``metadata.tsv``. Gold attributions are the BRAT
``Attribution`` events tying Source, Cue and Content spans. Scores:

- content P/R/F1, *exact* (the same span after trimming white space, quotation marks and
  edge punctuation) and *overlap* (the spans share at least half of the word tokens of each);
  pairs are matched one-to-one, best overlap first;
- recall is given against all gold attributions and against the *speech* ones (cue holds a
  speech verb of ``cue_verbs.tsv`` or "according to"): PolNeAR also annotates beliefs and
  intentions ("he thinks …"), which storyline does not report as quotes;
- cue P/R/F1 (a predicted cue overlapping a gold cue span);
- speaker accuracy on overlap-matched quotes that have a gold source: the speaker span, or
  a mention of its entity, overlaps the gold source. A gold source that is a relative
  pronoun ("Barkley, *who* said …") stands for its antecedent, found in the parse;
- cue recall and speaker accuracy are also given for the speech attributions alone
  (``cue_speech``, ``speaker_accuracy_speech``); precision is always over all predictions;
- ``timing``: seconds spent in spaCy and in the quotes stage on the same articles, and
  their ratio (the quotes stage's cost relative to parsing).

PolNeAR is univocal (each token in at most one attribution), so quotes nested inside another
predicted quote's span are left out before scoring.
"""

from __future__ import annotations

import csv
import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.knowledge import speech_verbs
from storyline.record import Article, Entity, Quote, article_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_ANN_LINE = re.compile(r"^[TE]\d+\t")
_RELATIVE = {"who", "which", "that", "whom"}
_EDGE = " \t\n\"'“”‘’«»,.;:!?—–-()"


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: content/cue/source spans (each possibly discontinuous)."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]

    @property
    def extent(self) -> tuple[int, int]:
        """From the first content character to the last."""
        return min(s for s, _ in self.content), max(e for _, e in self.content)


@dataclass(frozen=True)
class GoldArticle:
    """A PolNeAR article: file stem, publication date, text and gold attributions."""

    name: str
    published: str | None
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_ann(path: Path) -> tuple[GoldAttribution, ...]:
    """Attributions of one BRAT ``.ann`` file (events whose trigger type starts with Attribution)."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not _ANN_LINE.match(line):
            continue  # the text of a span that runs over a line break
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            _type, _, offsets = info.partition(" ")
            parts = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                parts.append((int(a), int(b)))
            spans[tid] = tuple(parts)
        elif line.startswith("E"):
            _eid, info = line.split("\t")[:2]
            roles: dict[str, list[str]] = {}
            for arg in info.split():
                role, _, tid = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(tid)
            events.append(roles)
    out = []
    for roles in events:

        def get(role: str, roles: dict[str, list[str]] = roles) -> tuple[tuple[int, int], ...]:
            return tuple(p for tid in roles.get(role, []) for p in spans.get(tid, ()))

        content = get("Content")
        if content:
            out.append(GoldAttribution(content, get("Cue"), get("Source")))
    return tuple(out)


def gold_articles(data_dir: Path, split: str = "dev") -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split (one annotator's file per article: the first by name)."""
    base = data_dir / "data" if (data_dir / "data").is_dir() else data_dir
    dates: dict[str, str] = {}
    with (base / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"]
    anns: dict[str, Path] = {}
    for ann in sorted((base / split / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)
    for txt in sorted((base / split / "text").glob("*.txt")):
        ann_path = anns.get(txt.stem)
        if ann_path is None:
            continue
        yield GoldArticle(txt.stem, dates.get(txt.stem), txt.read_text(encoding="utf-8"), read_ann(ann_path))


def _norm(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s] in _EDGE or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in _EDGE or text[e - 1].isspace()):
        e -= 1
    return s, e


def _words(text: str, s: int, e: int) -> set[int]:
    return {m.start() + s for m in _WORD.finditer(text[s:e])}


def _overlap(text: str, q: tuple[int, int], g: GoldAttribution) -> float:
    """How well a predicted span matches a gold content: the smaller of the share of the
    prediction's words inside the gold content, and the best share of one gold piece's words
    inside the prediction (PolNeAR joins a quote's parts around "he said" into one content)."""
    wq = _words(text, *q)
    pieces = [_words(text, *_norm(text, s, e)) for s, e in g.content]
    wg = set().union(*pieces)
    if not wq or not wg:
        return 0.0
    pred_side = len(wq & wg) / len(wq)
    gold_side = max(len(wq & p) / len(p) for p in pieces if p)
    return min(pred_side, gold_side)


def _exact(text: str, q: tuple[int, int], g: GoldAttribution) -> bool:
    """Same span as the whole gold content or as one of its pieces, after trimming."""
    spans = [_norm(text, *g.extent)] + [_norm(text, s, e) for s, e in g.content]
    return q in spans


def _hits(spans: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


class _Counts:
    def __init__(self) -> None:
        self.n: dict[str, int] = {}

    def add(self, key: str, k: int = 1) -> None:
        self.n[key] = self.n.get(key, 0) + k

    def __getitem__(self, key: str) -> int:
        return self.n.get(key, 0)


def _prf(tp_pred: int, pred: int, tp_gold: int, gold: int) -> dict[str, float]:
    p = tp_pred / pred if pred else 0.0
    r = tp_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_article(
    text: str,
    gold: Sequence[GoldAttribution],
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
    speech: Sequence[bool],
    counts: _Counts,
) -> None:
    """Add one article's matches to the running counts."""
    outer = [
        q for q in quotes if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quotes)
    ]
    counts.add("pred", len(outer))
    counts.add("gold", len(gold))
    counts.add("gold_speech", sum(speech))
    # a prediction matches the gold content it overlaps best (at least half both ways);
    # a gold attribution is found when at least one prediction matches it
    by_id = {e.id: e for e in entities}
    found: set[int] = set()
    found_exact: set[int] = set()
    for q in outer:
        qs = _norm(text, q.start, q.end)
        best = max(((_overlap(text, qs, g), j) for j, g in enumerate(gold)), default=(0.0, -1))
        if best[0] < 0.5:
            continue
        j = best[1]
        g = gold[j]
        counts.add("overlap")
        found.add(j)
        if _exact(text, qs, g):
            counts.add("exact")
            found_exact.add(j)
        if g.source:
            counts.add("speaker_total")
            sp = q.speaker
            ok = False
            if sp is not None:
                ok = _hits(g.source, sp.start, sp.end)
                ent = by_id.get(sp.entity or "")
                if not ok and ent is not None:
                    ok = any(_hits(g.source, m.start, m.end) for m in ent.mentions)
            counts.add("speaker_ok", int(ok))
            if speech[j]:
                counts.add("speaker_total_speech")
                counts.add("speaker_ok_speech", int(ok))
    counts.add("gold_found", len(found))
    counts.add("gold_found_exact", len(found_exact))
    counts.add("gold_found_speech", sum(1 for j in found if speech[j]))
    counts.add("gold_found_exact_speech", sum(1 for j in found_exact if speech[j]))
    gold_cues = [c for g in gold for c in g.cue]
    pred_cues = [q.cue for q in outer if q.cue is not None]
    counts.add("cue_pred", len(pred_cues))
    counts.add("cue_pred_ok", sum(_hits(gold_cues, c.start, c.end) for c in pred_cues))
    counts.add("cue_gold", len(gold))
    cue_found = [bool(g.cue) and any(_hits(g.cue, c.start, c.end) for c in pred_cues) for g in gold]
    counts.add("cue_gold_ok", sum(cue_found))
    counts.add("cue_gold_ok_speech", sum(f for f, sp in zip(cue_found, speech, strict=True) if sp))


def evaluate(data_dir: Path, split: str = "dev", *, limit: int | None = None) -> dict[str, Any]:
    """Score the quotes stage on a PolNeAR split (``data_dir`` is the ``polnear`` folder)."""
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.entities import EntityStage
    from storyline.stages.quotes import QuoteStage
    from storyline.stages.times import TimeStage

    nlp = load_nlp(DEFAULT_MODEL)
    entity_stage, time_stage, quote_stage = EntityStage(nlp), TimeStage(nlp), QuoteStage(nlp)
    speech_lemmas = speech_verbs()
    golds = list(gold_articles(data_dir, split))[:limit]
    articles = [Article(id=article_id(g.text), text=g.text, published=g.published) for g in golds]
    counts = _Counts()
    seconds = {"spacy": 0.0, "quotes": 0.0}
    analyses = analyse_many(nlp, articles)
    for g in golds:
        t0 = time.perf_counter()
        an = next(analyses)
        seconds["spacy"] += time.perf_counter() - t0
        try:
            entities = entity_stage(an)
        except Exception:  # another stage's failure must not stop the quotes score
            log.exception("entities stage failed on %s", g.name)
            entities = []
        try:
            times = time_stage(an)
        except Exception:
            log.exception("times stage failed on %s", g.name)
            times = []
        t0 = time.perf_counter()
        quotes = quote_stage(an, entities, times)
        seconds["quotes"] += time.perf_counter() - t0
        speech = []
        for att in g.attributions:
            lemmas = set()
            for s, e in att.cue:
                span = an.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    lemmas.update(t.lemma_.lower() for t in span)
                    lemmas.update(t.lower_ for t in span)
            speech.append(bool(lemmas & speech_lemmas) or "according" in lemmas)
        gold = tuple(_with_antecedent(an.doc, att) for att in g.attributions)
        score_article(g.text, gold, quotes, entities, speech, counts)
    pred = counts["pred"]
    return {
        "split": split,
        "articles": len(golds),
        "gold_attributions": counts["gold"],
        "gold_speech_attributions": counts["gold_speech"],
        "predicted_quotes": pred,
        "content_exact": _prf(counts["exact"], pred, counts["gold_found_exact"], counts["gold"]),
        "content_overlap": _prf(counts["overlap"], pred, counts["gold_found"], counts["gold"]),
        "content_exact_speech": _prf(
            counts["exact"], pred, counts["gold_found_exact_speech"], counts["gold_speech"]
        ),
        "content_overlap_speech": _prf(
            counts["overlap"], pred, counts["gold_found_speech"], counts["gold_speech"]
        ),
        "cue": _prf(counts["cue_pred_ok"], counts["cue_pred"], counts["cue_gold_ok"], counts["cue_gold"]),
        "cue_speech": _prf(
            counts["cue_pred_ok"], counts["cue_pred"], counts["cue_gold_ok_speech"], counts["gold_speech"]
        ),
        "speaker_accuracy": _ratio(counts["speaker_ok"], counts["speaker_total"]),
        "speaker_total": counts["speaker_total"],
        "speaker_accuracy_speech": _ratio(counts["speaker_ok_speech"], counts["speaker_total_speech"]),
        "speaker_total_speech": counts["speaker_total_speech"],
        "timing": {
            "spacy_seconds": round(seconds["spacy"], 2),
            "quotes_seconds": round(seconds["quotes"], 2),
            "quotes_vs_spacy": _ratio(seconds["quotes"], seconds["spacy"]),
        },
    }


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def _with_antecedent(doc: Doc, att: GoldAttribution) -> GoldAttribution:
    """A gold source that is a relative pronoun also covers its antecedent ("Barkley, who said")."""
    if len(att.source) != 1:
        return att
    s, e = att.source[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _RELATIVE:
        return att
    verb = span[0].head
    if verb.dep_ != "relcl":
        return att
    noun = verb.head
    left = min(noun.left_edge.i, noun.i)
    extra = (doc[left].idx, noun.idx + len(noun))
    return replace(att, source=(*att.source, extra))
