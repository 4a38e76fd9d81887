"""Build src/storyline/data/mention_lexicon.tsv from WordNet 3.0 (Debian package ``wordnet-base``).

For every one-word noun or verb that SemCor tags at least once: the lexicographer file of its
most frequent noun sense and verb sense ("act", "communication", "motion" …), how many noun and
verb senses it has, and how many of its noun senses are an act, event, phenomenon or process.
These are features of the learned event-mention detector (:mod:`storyline.stories.mentions`,
``event_mention_model.json``): "offer" is first a communication with eventive senses among its
six, "sequel" a communication with none. Run once, offline:
``apt-get install wordnet-base && python scripts/build_mention_lexicon.py``.
"""

from __future__ import annotations

from wordnet import LEXNAMES, _lines, lexfiles, write_data

EVENTIVE = {4, 11, 19, 22}

HEADER = """\
# WordNet facts of one-word nouns and verbs that SemCor tags at least once, features of the
# learned event-mention detector (storyline.stories.mentions, event_mention_model.json).
# Columns: lemma; lexicographer file of its most frequent noun sense ("-": no noun), its number
# of noun senses, how many of them are an act, event, phenomenon or process; lexicographer file
# of its most frequent verb sense ("-": no verb), its number of verb senses.
# _source: WordNet 3.0 (Princeton University), index.noun/verb and data.noun/verb as shipped by
# Debian's wordnet-base; built by scripts/build_mention_lexicon.py. Licence: WordNet 3.0 licence
# (BSD-style).
"""


def _senses(pos: str) -> dict[str, tuple[list[str], bool]]:
    """Lemma -> (its synset offsets, most frequent first; whether SemCor tags it)."""
    out = {}
    for f in _lines(f"index.{pos}"):
        pointers = int(f[3])
        out[f[0]] = (f[6 + pointers :], int(f[5 + pointers]) > 0)
    return out


def main() -> int:
    nouns, verbs = _senses("noun"), _senses("verb")
    nlex, vlex = lexfiles("noun"), lexfiles("verb")
    rows = []
    for lemma in sorted(set(nouns) | set(verbs)):
        n, v = nouns.get(lemma, ([], False)), verbs.get(lemma, ([], False))
        if not lemma.isalpha() or not (n[1] or v[1]):
            continue
        noun = LEXNAMES[nlex[n[0][0]]] if n[0] else "-"
        events = sum(1 for o in n[0] if nlex[o] in EVENTIVE)
        verb = LEXNAMES[vlex[v[0][0]]] if v[0] else "-"
        rows.append(f"{lemma}\t{noun}\t{len(n[0])}\t{events}\t{verb}\t{len(v[0])}")
    columns = "lemma\tnoun\tnoun_senses\tnoun_events\tverb\tverb_senses"
    write_data("mention_lexicon.tsv", HEADER, columns, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
