"""Build ``data/event_conveyance_verbs.txt``: verbs of carrying, sending and handing out
(airlift, truck, ship, distribute, dole out), from WordNet 3.0.

The events stage codes them as aid when what they carry is aid (``event_senses.tsv``'s
``@convey`` rows: food, medicine, tents, the injured, a rescue team), as it codes "send". A
lemma is kept when one of its two most frequent senses lies under one of the roots below
(itself or a hyponym), so "take" or "land", which convey only in a rare sense, are left out.
Run: ``python scripts/build_event_conveyance_verbs.py`` (needs Debian's ``wordnet-base``).
"""

from __future__ import annotations

import wordnet

# synset offsets of the roots: transport/carry, transport/send/ship, transport (by vehicle),
# distribute (give to several), distribute/give out/hand out
ROOTS = ("01449992", "01950816", "01953828", "02294454", "02201662")
# members only, not hyponyms: below them are "allot", "assign", "award" (no conveyance)
MEMBERS_ONLY = frozenset({"02294454", "02201662"})

HEADER = """\
# Verbs of carrying, sending and handing out (airlift, truck, ship, distribute): coded as aid
# when their theme is aid (the @convey rows of event_senses.tsv), as "send" is.
# Source: WordNet 3.0 (Princeton University; WordNet 3.0 licence, BSD-style), via Debian
# wordnet-base: lemmas with one of their two most frequent verb senses at or under transport.v.01,
# transport.v.02 (send, ship), transport.v.03, or among the members of distribute.v.01 and
# distribute.v.02 (hand out). Built by scripts/build_event_conveyance_verbs.py.
"""


def main() -> int:
    synsets = wordnet.synsets("verb")
    senses = wordnet.senses("verb")
    under = wordnet.closure(synsets, [r for r in ROOTS if r not in MEMBERS_ONLY], ("~",)) | MEMBERS_ONLY
    lemmas = {w for off in under for w in synsets[off][0]}
    keep = sorted(w.replace("_", " ") for w in lemmas if any(o in under for o in senses.get(w, [])[:2]))
    return wordnet.write_data("event_conveyance_verbs.txt", HEADER, "", keep)


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
