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
from typing import Any

from storyline.errors import StorylineError

log = logging.getLogger(__name__)


def bench_texts(n: int) -> list[str]:
    """``n`` article texts: the shipped samples, cycled."""
    from storyline.demo import samples_dir
    from storyline.read import read_paths

    texts = [a.text for a in read_paths([samples_dir()]) if not isinstance(a, Exception)]
    if not texts:
        raise StorylineError("no sample articles found in the package; reinstall storyline", code="B001")
    return [texts[i % len(texts)] for i in range(n)]


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_worker(kind: str, n: int, *, batch_size: int = 16) -> dict[str, Any]:
    """Time one side in this process: ``spacy`` (``nlp.pipe`` only) or ``pipeline`` (everything)."""
    from storyline.read import article_from_text

    texts = bench_texts(n)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    if kind == "spacy":
        from storyline.stages.analyse import load_nlp

        nlp = load_nlp()
        load_s = time.perf_counter() - t0
        list(nlp.pipe(texts[:1]))
        t1 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
    elif kind == "pipeline":
        from storyline.pipeline import Pipeline

        pipeline = Pipeline()
        load_s = time.perf_counter() - t0
        articles = [article_from_text(t) for t in texts]
        list(pipeline.process_articles(articles[:1]))
        t1 = time.perf_counter()
        for _record in pipeline.process_articles(articles, batch_size=batch_size):
            pass
    else:
        raise StorylineError(f"unknown bench worker {kind!r}; use spacy or pipeline", code="B002")
    seconds = time.perf_counter() - t1
    return {
        "kind": kind,
        "articles": n,
        "words": words,
        "seconds": round(seconds, 4),
        "articles_per_s": round(n / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "load_seconds": round(load_s, 3),
        "rss_after_mb": round(_rss_mb(), 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _spawn(kind: str, n: int, batch_size: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "storyline.bench", "--worker", kind, "--articles", str(n)]
    cmd += ["--batch-size", str(batch_size)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise StorylineError(f"bench worker {kind!r} failed: {' | '.join(tail)}", code="B003")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run_bench(*, n_articles: int = 60, batch_size: int = 16) -> dict[str, Any]:
    """Run both sides, each in its own subprocess, and compare them."""
    spacy_side = _spawn("spacy", n_articles, batch_size)
    pipeline_side = _spawn("pipeline", n_articles, batch_size)
    ratio = pipeline_side["seconds"] / spacy_side["seconds"] if spacy_side["seconds"] else None
    return {
        "articles": n_articles,
        "batch_size": batch_size,
        "cpus": os.cpu_count(),
        "spacy": spacy_side,
        "pipeline": pipeline_side,
        "time_ratio": round(ratio, 2) if ratio else None,
        "peak_rss_ratio": round(pipeline_side["peak_rss_mb"] / spacy_side["peak_rss_mb"], 2)
        if spacy_side["peak_rss_mb"]
        else None,
    }


def format_bench(result: dict[str, Any]) -> str:
    """The comparison as a small table and the ratio."""
    rows = [
        ("", "articles/s", "words/s", "seconds", "load s", "peak RSS MB"),
        *(
            (
                name,
                f"{s['articles_per_s']}",
                f"{s['words_per_s']}",
                f"{s['seconds']}",
                f"{s['load_seconds']}",
                f"{s['peak_rss_mb']}",
            )
            for name, s in (("spaCy nlp.pipe", result["spacy"]), ("Pipeline", result["pipeline"]))
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
    return "\n".join(lines)


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One side of storyline bench (prints JSON).")
    parser.add_argument("--worker", choices=["spacy", "pipeline"], required=True)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    result = run_worker(args.worker, args.articles, batch_size=args.batch_size)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
