"""The benchmark's corpus and report (figures are not asserted: speed goes in `storyline bench`)."""

from __future__ import annotations

import pytest

from storyline.bench import _cpu_rate, _parts, format_bench, generated_texts, sample_texts


def test_generated_corpus_is_distinct_long_enough_and_repeatable() -> None:
    texts = generated_texts(30, words=300)
    assert len(set(texts)) == 30
    assert all(len(t.split()) >= 300 for t in texts)
    assert texts == generated_texts(30, words=300)
    samples = sample_texts()
    assert texts[0].startswith(samples[0]) and texts[len(samples)].startswith(samples[0])
    assert generated_texts(0) == []


@pytest.mark.parametrize(
    ("cpu", "ratio", "shares"),
    [
        ({"spacy": 4.0, "times": 0.5, "events": 0.5, "record": 0.0}, 0.25, {"spacy": 0.8, "times": 0.1}),
        # Ray's own parts (decode, rows, write) are shown but are not stages
        ({"spacy": 2.0, "times": 0.5, "rows": 1.5}, 0.25, {"spacy": 0.5, "rows": 0.375}),
        ({"spacy": 0.0, "times": 0.5}, None, {"times": 1.0}),
    ],
)
def test_parts_give_shares_and_the_stages_over_spacy_ratio(
    cpu: dict[str, float], ratio: float | None, shares: dict[str, float]
) -> None:
    got = _parts(cpu)
    assert got["stages_cpu_ratio"] == ratio
    assert {k: got["part_shares"][k] for k in shares} == shares


@pytest.mark.parametrize(
    ("per_worker", "rate"),
    [
        ({"1": {"articles": 10, "cpu_seconds": 5.0}, "2": {"articles": 12, "cpu_seconds": 4.0}}, 5.0),
        ({"1": {"articles": 10, "cpu_seconds": 0.0}}, None),
        ({}, None),
    ],
)
def test_cpu_rate_sums_each_workers_rate(per_worker: dict, rate: float | None) -> None:
    assert _cpu_rate({"per_worker": per_worker}) == rate


def test_format_bench_shows_each_parts_share_and_the_ray_workers() -> None:
    side = {"articles": 4, "words": 2000, "seconds": 2.0, "articles_per_s": 2.0, "words_per_s": 1000.0}
    side |= {"load_seconds": 1.0, "peak_rss_mb": 500.0}
    spacy = {**side, "kind": "spacy", "workers": 1}
    pipeline = {**side, "kind": "pipeline", "workers": 1, **_parts({"spacy": 4.0, "times": 1.0})}
    worker = {"articles": 4, "busy_seconds": 2.0, "cpu_seconds": 1.8, "cpu_share": 0.9, "rate": 2.0}
    ray = {**side, "kind": "ray", "workers": 1, "per_worker": {"77": worker}, "driver_cpu_seconds": 0.4}
    result = {
        "articles": 4,
        "batch_size": 2,
        "spacy": spacy,
        "pipeline": pipeline,
        "sides": [spacy, pipeline, ray],
    }
    result |= {"time_ratio": 1.0, "peak_rss_ratio": 1.0, "stages_cpu_ratio": 0.25, "ratios": {"x": 1.0}}
    text = format_bench(result)
    lines = {line.split()[0]: line for line in text.splitlines() if line.strip()}
    assert "80.0%" in lines["spacy"] and "20.0%" in lines["times"]
    assert "worker 77: 4 articles" in text and "driver CPU 0.4 s" in text
    assert "Pipeline x1" in text and "Pipeline on Ray x1" not in text  # no part times from that side


def test_same_process_ratio_times_both_sides_on_one_loaded_model(pipeline) -> None:
    from storyline.bench import same_process_ratio
    from storyline.read import article_from_text

    articles = [article_from_text(t) for t in generated_texts(3, words=120)]
    got = same_process_ratio(pipeline, articles, batch_size=2, rounds=2)
    assert len(got["spacy_cpu_seconds"]) == len(got["pipeline_cpu_seconds"]) == 2
    assert all(x > 0 for x in got["spacy_cpu_seconds"] + got["pipeline_cpu_seconds"])
    best = min(got["spacy_cpu_seconds"]) / min(got["pipeline_cpu_seconds"])
    assert got["throughput_ratio"] == pytest.approx(best, abs=0.01)
