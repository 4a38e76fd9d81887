"""``storyline bench``: how fast is the whole Pipeline next to bare spaCy on the same text?

Both sides run over the same articles (the shipped samples, cycled to the requested
count) in the same ``storyline bench`` call, each in its own subprocess so that peak
memory (the process's maximum resident set size) is measured apart and one side's
allocations cannot inflate the other's. Model loading is timed separately and left out
of the throughput; the first article is a warm-up and not timed either.

The figure that matters on a noisy machine is the ratio: Pipeline time / spaCy time.

Run a side alone with ``python -m storyline.bench --worker spacy|pipeline --articles N``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError

log = logging.getLogger(__name__)


def sample_texts() -> list[str]:
    """The texts of the sample articles shipped with the package."""
    from storyline.demo import samples_dir
    from storyline.read import read_paths

    texts = [a.text for a in read_paths([samples_dir()]) if not isinstance(a, Exception)]
    if not texts:
        raise StorylineError("no sample articles found in the package; reinstall storyline", code="B001")
    return texts


def bench_texts(n: int) -> list[str]:
    """``n`` article texts: the shipped samples, cycled."""
    texts = sample_texts()
    return [texts[i % len(texts)] for i in range(n)]


def generated_texts(n: int, *, words: int = 500, seed: int = 9) -> list[str]:
    """``n`` distinct article texts of about ``words`` words each (the bench corpus).

    Article ``i`` is shipped sample ``i`` (cycled), headline and dateline included, followed
    by body paragraphs drawn from every sample (seeded, so every run and every side gets
    the same texts) until it has ``words`` words. Distinct texts have distinct ids, so the
    corpus can also be ingested into a store without being skipped as already present.
    """
    import random

    samples = sample_texts()
    pool = [p for t in samples for p in t.split("\n\n")[1:] if len(p.split()) >= 12]
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    for i in range(n):
        paragraphs = samples[i % len(samples)].split("\n\n")
        size = sum(len(p.split()) for p in paragraphs)
        while size < words or "\n\n".join(paragraphs) in seen:
            extra = rng.choice(pool)
            paragraphs.append(extra)
            size += len(extra.split())
        text = "\n\n".join(paragraphs)
        seen.add(text)
        out.append(text)
    return out


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss, in KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_worker(kind: str, n: int, *, batch_size: int = 16, workers: int = 1) -> dict[str, Any]:
    """Time one side in this process over :func:`generated_texts`: ``spacy`` (``nlp.pipe``
    only), ``pipeline`` (everything) or ``ray`` (the Pipeline on a local Ray instance);
    ``workers`` > 1 runs spacy and pipeline in that many local processes
    (:class:`storyline.scale.ParallelPipeline`).

    Model loading and a warm-up article are left out of the time; on Ray, so are Ray's
    start-up and the actors' model loading (see :func:`storyline.scale.steady_rate`). The
    pipeline sides also report the time of each part (spaCy, each stage, record assembly,
    :data:`storyline.pipeline.PARTS`) and the CPU time of our stages over spaCy's
    (``stages_cpu_ratio``): CPU time, unlike wall time, is not inflated by other work on a
    shared machine.
    """
    from storyline.read import article_from_text

    texts = generated_texts(n)
    words = sum(len(t.split()) for t in texts)
    extra: dict[str, Any] = {}
    peak = None
    t0 = time.perf_counter()
    if kind == "ray":
        import tempfile

        from storyline.scale import run_ray, write_corpus

        with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
            corpus = write_corpus(texts, Path(tmp) / "corpus.jsonl")
            summary = run_ray(
                [corpus],
                Path(tmp) / "out",
                workers=workers,
                batch_size=batch_size,
                num_cpus=workers,
                object_store_mb=256,  # the batches are small; keep Ray's shared memory small too
                sample_cpu=True,
            )
        steady = summary.get("steady") or {}
        seconds = steady.get("seconds") or summary.get("busy_seconds") or 0.0
        n_timed = steady.get("articles") or n
        words = round(words * n_timed / n)
        n = n_timed
        load_s = summary.get("ready_seconds", summary["seconds"] - seconds)
        peak = max(summary["peak_rss_mb"].values(), default=0.0)
        extra = {
            "records": summary["records"],
            "total_seconds": summary["seconds"],
            "per_worker": summary.get("per_worker"),
            "driver_cpu_seconds": summary.get("driver_cpu_seconds"),
            "process_cpu_seconds": summary.get("process_cpu_seconds"),
            "steady_window_seconds": steady.get("window_seconds"),
            "steady_process_cpu_seconds": steady.get("process_cpu_seconds"),
        }
        if summary.get("parts_cpu"):
            extra.update(_parts(summary["parts_cpu"]))
    elif workers > 1:
        from storyline.scale import ParallelPipeline

        if kind not in ("spacy", "pipeline"):
            raise StorylineError(f"unknown bench worker {kind!r}; use spacy, pipeline or ray", code="B002")
        with ParallelPipeline(workers, kind=kind) as pool:
            load_s = time.perf_counter() - t0
            items = texts if kind == "spacy" else [article_from_text(t) for t in texts]
            for _item in pool.process_articles(items, batch_size=batch_size):
                pass
            busy = pool.busy or (0.0, 0.0)
            seconds = busy[1] - busy[0]
            peak = max(pool.peak_rss_mb.values(), default=0.0)
            if kind == "pipeline" and pool.cpu_timings:
                extra.update(_parts(pool.cpu_timings))
    elif kind == "spacy":
        from storyline.stages.analyse import load_nlp

        nlp = load_nlp()
        load_s = time.perf_counter() - t0
        list(nlp.pipe(texts[:1]))
        t1 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        seconds = time.perf_counter() - t1
    elif kind == "pipeline":
        from storyline.pipeline import Pipeline

        pipeline = Pipeline()
        load_s = time.perf_counter() - t0
        articles = [article_from_text(t) for t in texts]
        list(pipeline.process_articles(articles[:1]))
        pipeline.reset_timings()
        t1 = time.perf_counter()
        for _record in pipeline.process_articles(articles, batch_size=batch_size):
            pass
        seconds = time.perf_counter() - t1
        extra.update(_parts(pipeline.cpu_timings))
        extra["same_process"] = same_process_ratio(pipeline, articles, batch_size=batch_size)
    else:
        raise StorylineError(f"unknown bench worker {kind!r}; use spacy, pipeline or ray", code="B002")
    return {
        "kind": kind,
        "workers": workers,
        "articles": n,
        "words": words,
        "seconds": round(seconds, 4),
        "articles_per_s": round(n / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "load_seconds": round(load_s, 3),
        "rss_after_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(peak if peak is not None else peak_rss_mb(), 1),
        **extra,
    }


def same_process_ratio(
    pipeline: Any, articles: list[Any], *, batch_size: int = 16, rounds: int = 2
) -> dict[str, Any]:
    """Bare ``nlp.pipe`` and the whole Pipeline, alternately in this one process on the same
    articles and the same loaded model, ``rounds`` times each: the throughput ratio from CPU
    time (best round of each side), free of what separate processes add (start-up state,
    frequency scaling, other work on the machine between the two runs)."""
    texts = [a.text for a in articles]
    bare: list[float] = []
    whole: list[float] = []
    for _ in range(rounds):
        t0 = time.process_time()
        for _doc in pipeline.nlp.pipe(texts, batch_size=batch_size):
            pass
        bare.append(time.process_time() - t0)
        t0 = time.process_time()
        for _record in pipeline.process_articles(articles, batch_size=batch_size):
            pass
        whole.append(time.process_time() - t0)
    return {
        "spacy_cpu_seconds": [round(x, 3) for x in bare],
        "pipeline_cpu_seconds": [round(x, 3) for x in whole],
        "throughput_ratio": round(min(bare) / min(whole), 3) if min(whole) else None,
    }


def _parts(cpu: dict[str, float]) -> dict[str, Any]:
    """CPU seconds per part, each part's share of the whole, and the CPU of our stages (the
    Pipeline's parts but spaCy, :data:`storyline.pipeline.PARTS`) over spaCy's."""
    from storyline.pipeline import PARTS

    total = sum(cpu.values())
    nlp_cpu = cpu.get("spacy", 0.0)
    ours = sum(v for k, v in cpu.items() if k in PARTS and k != "spacy")
    return {
        "part_cpu_seconds": {k: round(v, 3) for k, v in cpu.items()},
        "part_shares": {k: round(v / total, 4) if total else None for k, v in cpu.items()},
        "spacy_cpu_seconds": round(nlp_cpu, 3),
        "stages_cpu_seconds": round(ours, 3),
        "stages_cpu_ratio": round(ours / nlp_cpu, 3) if nlp_cpu else None,
    }


def _spawn(spec: str, n: int, batch_size: int) -> dict[str, Any]:
    """Run one side in a subprocess: ``spec`` is ``kind`` or ``kind:workers`` (``ray:2``)."""
    kind, _, count = spec.partition(":")
    workers = int(count or 1)
    cmd = [sys.executable, "-m", "storyline.bench", "--worker", kind, "--articles", str(n)]
    cmd += ["--batch-size", str(batch_size), "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise StorylineError(f"bench worker {kind!r} failed: {' | '.join(tail)}", code="B003")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def _cpu_rate(side: dict[str, Any]) -> float | None:
    """Articles/s the actors would reach if each had a core to itself: the sum over workers
    of articles / CPU seconds (None without per-worker figures)."""
    workers = side.get("per_worker") or {}
    rates = [w["articles"] / w["cpu_seconds"] for w in workers.values() if w.get("cpu_seconds")]
    return sum(rates) if rates else None


def run_bench(
    *,
    n_articles: int = 60,
    batch_size: int = 16,
    workers: int = 2,
    ray: bool = True,
    ray_articles: int = 240,
    ray_batch_size: int = 8,
) -> dict[str, Any]:
    """Run every side, each in its own subprocess, on the same texts, and compare them.

    Sides: bare spaCy and the whole Pipeline on one process and on ``workers`` processes,
    and (with ``ray``) the Pipeline on Ray with 1 and ``workers`` actors, over the first
    ``ray_articles`` texts of the same corpus in batches of ``ray_batch_size`` (enough
    batches per actor that the steady rate, not the start, decides the figure).
    """
    spacy_side = _spawn("spacy", n_articles, batch_size)
    pipeline_side = _spawn("pipeline", n_articles, batch_size)
    sides = [spacy_side, pipeline_side]
    result: dict[str, Any] = {
        "articles": n_articles,
        "batch_size": batch_size,
        "cpus": os.cpu_count(),
        "spacy": spacy_side,
        "pipeline": pipeline_side,
        "time_ratio": _ratio(pipeline_side["seconds"], spacy_side["seconds"]),
        "peak_rss_ratio": _ratio(pipeline_side["peak_rss_mb"], spacy_side["peak_rss_mb"]),
        "stages_cpu_ratio": pipeline_side.get("stages_cpu_ratio"),
    }
    ratios: dict[str, float | None] = {
        "pipeline/spacy throughput, 1 process": _ratio(
            pipeline_side["articles_per_s"], spacy_side["articles_per_s"]
        ),
        "pipeline/spacy throughput, same process, interleaved (CPU)": (
            pipeline_side.get("same_process") or {}
        ).get("throughput_ratio"),
    }
    if workers > 1:
        spacy_n = _spawn(f"spacy:{workers}", n_articles, batch_size)
        pipeline_n = _spawn(f"pipeline:{workers}", n_articles, batch_size)
        sides += [spacy_n, pipeline_n]
        ratios[f"pipeline/spacy throughput, {workers} processes"] = _ratio(
            pipeline_n["articles_per_s"], spacy_n["articles_per_s"]
        )
        ratios[f"pipeline {workers} processes / 1 process"] = _ratio(
            pipeline_n["articles_per_s"], pipeline_side["articles_per_s"]
        )
    if ray:
        ray_1 = _spawn("ray:1", ray_articles, ray_batch_size)
        sides.append(ray_1)
        if workers > 1:
            ray_n = _spawn(f"ray:{workers}", ray_articles, ray_batch_size)
            sides.append(ray_n)
            ratios[f"ray {workers} workers / 1 worker"] = _ratio(
                ray_n["articles_per_s"], ray_1["articles_per_s"]
            )
            ratios[f"ray {workers} workers / 1 worker, actors' CPU-bound rate"] = _ratio(
                _cpu_rate(ray_n), _cpu_rate(ray_1)
            )
            warning = idle_actors_warning(ray_n, ray_articles, ray_batch_size)
            if warning:  # the ratios would compare one actor with one actor
                result["warnings"] = [warning]
                for name in list(ratios):
                    if name.startswith("ray "):
                        ratios[name] = None
    result["sides"] = sides
    result["ratios"] = ratios
    return result


def idle_actors_warning(side: dict[str, Any], articles: int, batch_size: int) -> str | None:
    """Why a Ray side's figure is not a rate of its ``workers`` actors, when fewer of them got
    articles (too few batches to go round: an actor takes whole batches); else None."""
    workers = int(side.get("workers", 1))
    busy = len(side.get("per_worker") or {})
    if busy >= workers:
        return None
    return (
        f"Ray with {workers} workers: only {busy} actor(s) got articles ({articles} articles in batches "
        f"of {batch_size}), so its rate is not a {workers}-worker rate and the Ray ratios are left out; "
        f"give --ray-articles {2 * workers * batch_size} or more"
    )


def run_api_bench(*, n_articles: int = 10_000, repeats: int = 30) -> dict[str, Any]:
    """p50/p95 latency of the main REST API queries with ``n_articles`` synthetic articles
    stored (``storyline bench --api``; see :mod:`storyline.web.benchmark`)."""
    from storyline.web.benchmark import api_latency

    return api_latency(n_articles=n_articles, repeats=repeats)


def run_merge_bench(*, n_articles: int = 10_000, idle_days: int | None = None) -> dict[str, Any]:
    """CPU time and memory of dedup + story grouping + event merging (:mod:`storyline.stories`)
    over ``n_articles`` synthetic records in publication order, per 10k articles, in its own
    subprocess (``storyline bench --merge``). State idle for ``idle_days`` days of article time
    is evicted (default: :data:`storyline.stories.IDLE_DAYS`; 0: never)."""
    cmd = [sys.executable, "-m", "storyline.stories", "--bench", str(n_articles)]
    if idle_days is not None:
        cmd += ["--idle-days", str(idle_days)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise StorylineError(f"merge bench failed: {' | '.join(tail)}", code="B004")
    result = dict(json.loads(proc.stdout.strip().splitlines()[-1]))
    if n_articles < MERGE_BENCH_MIN:  # 1 article's 0.01 s and 0.1 MB do not make 10k's
        result["warning"] = (
            f"per-10k figures scaled up from {n_articles} articles, where fixed costs dominate; "
            f"give --stored {MERGE_BENCH_MIN} or more for figures to compare"
        )
    return result


#: Fewer articles than this make the merge bench's per-10k figures a guess (it says so).
MERGE_BENCH_MIN = 1000


def format_bench(result: dict[str, Any]) -> str:
    """The comparison as a small table and the ratios."""
    names = {"spacy": "spaCy nlp.pipe", "pipeline": "Pipeline", "ray": "Pipeline on Ray"}
    sides = result.get("sides") or [result["spacy"], result["pipeline"]]
    rows = [
        ("", "workers", "articles", "articles/s", "words/s", "seconds", "load s", "peak RSS MB/worker"),
        *(
            (
                names.get(s["kind"], s["kind"]),
                str(s.get("workers", 1)),
                str(s["articles"]),
                f"{s['articles_per_s']}",
                f"{s['words_per_s']}",
                f"{s['seconds']}",
                f"{s['load_seconds']}",
                f"{s['peak_rss_mb']}",
            )
            for s in sides
        ),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in rows
    ]
    lines.append(
        f"{result['articles']} articles ({result['spacy']['words']} words), batch {result['batch_size']}: "
        f"Pipeline takes {result['time_ratio']}x the time of bare spaCy, "
        f"{result['peak_rss_ratio']}x its peak memory."
    )
    if result.get("stages_cpu_ratio") is not None:
        lines.append(
            f"CPU time of our stages / spaCy's, in the one-process run: {result['stages_cpu_ratio']} "
            "(target <= 0.25, i.e. throughput >= 0.8x spaCy)"
        )
    for name, value in (result.get("ratios") or {}).items():
        lines.append(f"{name}: {value}")
    lines += _format_parts(sides, names)
    for s in sides:
        for pid, w in sorted((s.get("per_worker") or {}).items()):
            lines.append(
                f"Ray, {s.get('workers', 1)} worker(s), worker {pid}: {w['articles']} articles, "
                f"{w['busy_seconds']} s busy, {w['cpu_seconds']} s CPU "
                f"(CPU/busy {w['cpu_share']}), {w['rate']} articles/s while busy"
            )
        if s.get("steady_process_cpu_seconds"):
            spent = ", ".join(f"{k} {v}" for k, v in s["steady_process_cpu_seconds"].items() if v >= 0.1)
            lines.append(
                f"Ray, {s.get('workers', 1)} worker(s), CPU s by process in the steady window "
                f"({s.get('steady_window_seconds')} s): {spent}"
            )
        if s.get("driver_cpu_seconds") is not None:
            lines.append(
                f"Ray, {s.get('workers', 1)} worker(s): driver CPU {s['driver_cpu_seconds']} s, "
                f"whole run {s.get('total_seconds')} s wall (start-up and model loading "
                f"{s['load_seconds']} s, left out of articles/s)"
            )
    lines += [f"warning: {w}" for w in result.get("warnings") or ()]
    return "\n".join(lines)


def _format_parts(sides: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    """Each pipeline side's CPU time by part, as shares of the whole pipeline, one column a side."""
    timed = [s for s in sides if s.get("part_shares")]
    if not timed:
        return []
    heads = [f"{names.get(s['kind'], s['kind'])} x{s.get('workers', 1)}" for s in timed]
    rows = [("share of pipeline CPU", *heads)]
    for part in timed[0]["part_shares"]:
        cells = []
        for s in timed:
            share = s["part_shares"].get(part)
            cells.append("" if share is None else f"{100 * share:.1f}%")
        rows.append((part, *cells))
    rows.append(("stages CPU / spaCy CPU", *(str(s.get("stages_cpu_ratio")) for s in timed)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in rows
    ]


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One side of storyline bench (prints JSON).")
    parser.add_argument("--worker", choices=["spacy", "pipeline", "ray"], required=True)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    result = run_worker(args.worker, args.articles, batch_size=args.batch_size, workers=args.workers)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
