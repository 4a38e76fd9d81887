"""Words hyphenated across a hard-wrapped line's break ("govern-\\nment"), as a print page or a PDF
sets them: the parser's view joins them when the two halves make a word, keeps the hyphen of a
compound, a name or a code, and the record keeps offsets and text of the article itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.read import article_from_text
from storyline.read.wrapping import unwrapped, view_offsets, wrapped_breaks
from storyline.stages.analyse import lexicon

ARTICLES = Path(__file__).parent / "data" / "articles"

COLUMN = (
    "The harbour authority in Selwick said\n"
    "on Thursday that the old pier would be\n"
    "closed to traffic for at least three\n"
    "months while engineers inspect the {0}-\n"
    "{1} of the structure, and that ferry\n"
    "passengers would be taken to the north\n"
    "quay by bus until the work is done.\n"
    "\n"
    "The pier opened in 1911.\n"
)


@pytest.mark.parametrize(
    ("head", "tail", "seen"),
    [
        ("founda", "tions", "the foundations of"),  # a plural: its base form is a word
        ("govern", "ment's", "the government's of"),  # what follows the word moves with it
        ("maintain", "ed", "the maintained of"),
        ("well", "known", "the well- known of"),  # a compound keeps its hyphen
        ("self", "built", "the self- built of"),
        ("Jean", "Pierre", "the Jean- Pierre of"),  # a name: the next line opens in capitals
        ("COVID", "19", "the COVID-\n19 of"),  # a code (the line is no wrapped line's either)
        ("zarbo", "plinth", "the zarbo- plinth of"),  # no word
    ],
)
def test_view_joins_a_hyphenated_word_only(nlp: Any, head: str, tail: str, seen: str) -> None:
    text = COLUMN.format(head, tail)
    view = unwrapped(text, lexicon(nlp))
    assert len(view) == len(text)
    assert view.split("inspect ")[1].split(" the structure")[0] == seen
    joined = "-" not in seen
    # the paragraph's rest moved two characters left, two line breaks more at its end
    assert view.endswith("is done." + "\n\n" * joined + "\n\nThe pier opened in 1911.\n")
    mapped = view_offsets(text, view)
    if not joined:
        assert mapped is None
        return
    assert mapped is not None
    word = view.index(seen.split()[1])  # "the foundations": its start is the text's, its end two on
    end = word + len(head + tail)
    assert text[mapped(word, True) : mapped(end, False)] == f"{head}-\n{tail}"
    done = view.index("done.")
    assert text[mapped(done, True) : mapped(done + 5, False)] == "done."
    pier = view.index("The pier")
    assert (mapped(pier, True), mapped(pier, False)) == (pier, pier)


def test_two_joins_in_a_paragraph(nlp: Any) -> None:
    text = (
        COLUMN.format("founda", "tions")
        .replace("ferry\n", "fer-\n")
        .replace("\npassengers", "\nrypassengers")
    )
    text = text.replace("fer-\nrypassengers", "fer-\nry passengers")
    view = unwrapped(text, lexicon(nlp))
    assert "inspect the foundations of the structure, and that ferry passengers would" in view
    assert view.count("is done.\n\n\n\n\n\nThe pier") == 1
    mapped = view_offsets(text, view)
    assert mapped is not None
    ferry = view.index("ferry")
    assert text[mapped(ferry, True) : mapped(ferry + 5, False)] == "fer-\nry"
    done = view.index("done.")
    assert text[mapped(done, True) : mapped(done + 5, False)] == "done."


def test_without_a_lexicon_nothing_is_joined() -> None:
    text = COLUMN.format("founda", "tions")
    assert "the founda- tions of" in unwrapped(text)
    assert view_offsets(text, unwrapped(text)) is None


def test_text_not_wrapped_keeps_its_hyphens(nlp: Any) -> None:
    text = "Rail strike\n\nThe talks on the govern-\nment offer broke down.\n"
    assert wrapped_breaks(text) == [] and unwrapped(text, lexicon(nlp)) == text


def test_wrapped_breaks_are_computed_once_per_article(analyse: Any) -> None:
    text = COLUMN.format("founda", "tions") + "\nMore about the pier follows.\n"
    wrapped_breaks.cache_clear()
    an = analyse(text, published="2030-04-02")
    assert "foundations" in an.text
    info = wrapped_breaks.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the reader's metadata and the parser's view


# --- the record of a hyphenated text is the record of its flat text --------------------------------------


def _hyphenated(text: str, width: int, is_word: Any) -> tuple[str, list[int]]:
    """``text`` with its long lines (paragraphs, their words one space apart) wrapped at ``width``
    columns as a typesetter does, breaking a lower-case word of the language with a hyphen where it
    would pass the column (two letters at least before the hyphen, three after); and for each
    character of ``text`` its offset in the result."""
    out: list[str] = []
    where = [0] * len(text)
    pos = i = 0
    for line in text.split("\n"):
        if len(line) <= 100:
            where[i : i + len(line)] = range(pos, pos + len(line))
            out.append(line)
            pos += len(line)
        else:
            col = 0
            for k, m in enumerate(re.finditer(r"[^ ]+", line)):
                word, s = m.group(), i + m.start()
                if k:  # the space before the word: kept, a break, or a break inside the word
                    cut = width - col - 2
                    where[s - 1] = pos
                    pos += 1
                    if col + 1 + len(word) <= width:
                        out.append(" ")
                        col += 1
                    elif re.fullmatch("[a-z]+", word) and is_word(word) and cut >= 2 and len(word) - cut >= 3:
                        out.append(" " + word[:cut] + "-\n" + word[cut:])
                        where[s : s + cut] = range(pos, pos + cut)
                        where[s + cut : s + len(word)] = range(pos + cut + 2, pos + len(word) + 2)
                        pos += len(word) + 2
                        col = len(word) - cut
                        continue
                    else:
                        out.append("\n")
                        col = 0
                where[s : s + len(word)] = range(pos, pos + len(word))
                out.append(word)
                pos += len(word)
                col += len(word)
        i += len(line)
        if i < len(text):
            where[i] = pos
            out.append("\n")
            pos += 1
            i += 1
    return "".join(out), where


def _moved(value: Any, where: list[int]) -> Any:
    """A record's plain data with every ``start``/``end`` moved to the wrapped text's offsets, the
    article left out, and each span's text with its wrapped breaks read as the flat text's."""
    if isinstance(value, list):
        return [_moved(v, where) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _moved(v, where) for k, v in value.items() if k != "article"}
    if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        out["start"] = where[value["start"]]
        out["end"] = where[value["end"] - 1] + 1 if value["end"] > value["start"] else where[value["start"]]
    return out


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return [_flat(v) for v in value]
    if isinstance(value, dict):
        return {k: _flat(v) for k, v in value.items() if k != "article"}
    return value.replace("-\n", "").replace("\n", " ") if isinstance(value, str) else value


@pytest.mark.parametrize("name", ["sentencing-buenos-aires", "quake-gyumri"])
def test_a_hyphenated_article_gives_the_items_of_its_flat_text(pipeline: Any, nlp: Any, name: str) -> None:
    flat = article_from_text((ARTICLES / name / "article.txt").read_text(encoding="utf-8"))
    text, where = _hyphenated(flat.text, 60, lexicon(nlp))
    assert text.count("-\n") >= 5
    assert "".join(text[i] for i in where).replace("\n", " ") == flat.text.replace("\n", " ")
    article = article_from_text(text)
    assert (article.headline, article.published) == (flat.headline, flat.published)
    got = next(pipeline.process_articles([article]))
    want = next(pipeline.process_articles([flat]))
    plain_got, plain_want = json.loads(got.to_json()), json.loads(want.to_json())
    assert _flat(plain_got) == _flat(_moved(plain_want, where))
    spans = [m for e in got.entities for m in e.mentions] + [*got.times, *got.quotes, *got.places]
    spans += [ev.trigger for ev in got.events]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert any("-\n" in s.text for s in spans)  # a joined word's span holds its hyphen and break
