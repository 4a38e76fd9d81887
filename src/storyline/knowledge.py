"""Knowledge the stages use, kept as versioned data files under ``storyline/data``.

Each file's source and licence is listed in ``data/SOURCES.md``. Files are read once
per process (cached); stages hold what they load for the life of the Pipeline.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    """Path of a data file shipped in the package (``storyline/data/NAME``)."""
    return Path(str(resources.files("storyline") / "data" / name))


@functools.cache
def load_json(name: str) -> Any:
    """A JSON data file, parsed once per process."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@functools.cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated data file with a header row; lines starting with '#' are comments."""
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        return tuple(dict(r) for r in csv.DictReader(rows, delimiter="\t"))


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """A plain list, one item a line; blank lines and '#' comments skipped."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#"))


@functools.cache
def courtesy_words() -> dict[str, str]:
    """Courtesy words before a person's name ("Doña", "Seu", "Señor") with the gender each marks
    (``person_honorifics.txt``): the entities stage finds such people, quotes take up their "he"/"she"."""
    return {w: g for w, g in (line.split() for line in load_lines("person_honorifics.txt"))}


@functools.cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of the speech cue verbs in ``cue_verbs.tsv`` ("said", "told"): one list for the
    quotes scorer, speaker spotting in entities and the tense of "said Sunday" in times."""
    return frozenset(r["lemma"] for r in load_tsv("cue_verbs.tsv") if r["type"] == "speech")


@functools.cache
def first_names() -> dict[str, str]:
    """Given names from ``first_names.tsv`` with the gender they mark ("m"/"f")."""
    return {row["name"]: row["gender"] for row in load_tsv("first_names.tsv")}


@functools.cache
def actor_nouns() -> dict[str, tuple[str | None, str]]:
    """Nouns for actors ("police", "protesters") from ``event_actor_nouns.tsv`` with the sector
    and kind they imply; one table for the events stage's actors and the quotes stage's
    unnamed speakers. Read-only: shared by every caller."""
    return {
        row["noun"].strip().lower(): (
            (row.get("sector") or "").strip() or None,
            (row.get("kind") or "").strip(),
        )
        for row in load_tsv("event_actor_nouns.tsv")
    }


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns for people ("villager", "witness") from ``event_person_nouns.txt``."""
    return frozenset(load_lines("event_person_nouns.txt"))


@functools.cache
def mention_lexicon() -> dict[str, tuple[str, int, int, str, int]]:
    """Lemma -> WordNet facts of one-word nouns and verbs (``data/mention_lexicon.tsv``): the
    lexicographer file of the first noun sense, the number of noun senses and of eventive ones,
    the lexicographer file of the first verb sense and the number of verb senses. One table for
    the event-mention detector's features and the entities stage's person nouns."""
    out = {}
    for r in load_tsv("mention_lexicon.tsv"):
        senses = (int(r["noun_senses"]), int(r["noun_events"]), int(r["verb_senses"]))
        out[r["lemma"]] = (r["noun"], senses[0], senses[1], r["verb"], senses[2])
    return out


@functools.cache
def people_nouns() -> frozenset[str]:
    """Every noun for people or groups of people: :func:`person_nouns` and :func:`actor_nouns`."""
    return person_nouns() | frozenset(actor_nouns())


@functools.cache
def club_prefixes() -> frozenset[str]:
    """Short prefixes in capitals opening a sports club's name ("FK", "NK", ``club_prefixes.txt``),
    read by the entities and places stages."""
    return frozenset(load_lines("club_prefixes.txt"))


@functools.cache
def place_name_particles() -> frozenset[str]:
    """Lower-case particles inside hyphenated place names ("en" of "Châlons-en-Champagne",
    ``place_name_particles.txt``), read by the entities and places stages."""
    return frozenset(load_lines("place_name_particles.txt"))


@functools.cache
def feature_openers() -> frozenset[str]:
    """Words opening a natural feature's or an islet's name ("Volcán", "Mount", "Île", "Pointe",
    ``feature_openers.txt``), read by the entities and places stages."""
    return frozenset(load_lines("feature_openers.txt"))


# an elided particle glued to a name word ("d'Hermitage", "l’Est")
_ELIDED_NAME = re.compile(r"[dlDL]['’][A-ZÀ-Þ][\w-]*")


def feature_name_end(words: Sequence[str], i: int) -> int | None:
    """The end (exclusive) of a feature's name opening at word ``i`` ("Volcán de Agua", "Île aux
    Kessel", "Anse d'Hermitage", "Mount Kessel"): an opener of :func:`feature_openers` then
    capitalised words, lower-case particles between them (``place_name_particles.txt``) and
    elided ones glued on, ending on a capitalised word; None when ``i`` opens no such name."""
    if i >= len(words) or words[i] not in feature_openers():
        return None
    particles = place_name_particles() | {"los", "las", "aux"}
    end = None
    j = i + 1
    while j < len(words) and j - i <= 5:
        w = words[j]
        if (w[:1].isupper() and w.replace("-", "").isalpha()) or _ELIDED_NAME.fullmatch(w):
            end = j = j + 1
        elif w.lower() in particles and j + 1 < len(words):
            j += 1
        else:
            break
    return end


@functools.cache
def motion_verbs() -> frozenset[str]:
    """Lemmas of the verbs of going ("fly", "deploy", ``place_motion_verbs.txt``), read by the
    entities and places stages."""
    return frozenset(load_lines("place_motion_verbs.txt"))


#: Regular English inflections as (ending, replacement) pairs, most specific first: "cities" ->
#: "city", "passes" -> "pass", "earns" -> "earn", "forced" -> "forc"/"force", "burning" ->
#: "burn"/"burne".
INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def uninflected(word: str, *, ing: bool = True) -> list[str]:
    """The forms ``word`` may have without a regular inflection (:data:`INFLECTIONS`), in that
    order ("dies" -> "dy", "di", "die"; "rehired" -> "rehir", "rehire"); the "-ing" ones only
    with ``ing``."""
    return [
        word[: -len(end)] + repl for end, repl in INFLECTIONS if word.endswith(end) and (ing or end != "ing")
    ]


def unaccented(word: str) -> str:
    """The word without its accents: "décembre" -> "decembre"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def with_unaccented(table: dict[str, Any]) -> dict[str, Any]:
    """A table of words with each word also written without its accents ("décembre" and
    "decembre"), for text pasted without them."""
    return {**{unaccented(w): v for w, v in table.items()}, **table}


@functools.cache
def month_words(*, abbreviations: bool = True) -> dict[str, int]:
    """Month word of the languages of ``date_words.json`` -> its month (1-12), lower case and also
    without accents: "octubre" -> 10, "févr" -> 2; with ``abbreviations`` the short forms too. The
    one list of foreign month words: the reader's stamps and datelines, the times stage's foreign
    dates and the places stage's wire languages all read it."""
    k = load_json("date_words.json")
    tables = [k["months"], k["month_abbreviations"]] if abbreviations else [k["months"]]
    return with_unaccented({w: n for table in tables for words in table.values() for w, n in words.items()})


@functools.cache
def month_languages() -> dict[str, tuple[str, ...]]:
    """Month word, full or short (lower case, also without accents) -> the languages of
    ``date_words.json`` that write it, those of full names first: "abr" -> ("es", "pt"), "mai" ->
    ("fr", "de", "pt")."""
    k = load_json("date_words.json")
    out: dict[str, list[str]] = {}
    for table in (k["months"], k["month_abbreviations"]):
        for lang, words in table.items():
            for w in words:
                for form in dict.fromkeys((w, unaccented(w))):
                    if lang not in out.setdefault(form, []):
                        out[form].append(lang)
    return {w: tuple(langs) for w, langs in out.items()}
