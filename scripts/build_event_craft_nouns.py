"""Build ``data/event_craft_nouns.txt``: nouns for civilian aircraft, boats and emergency vehicles
(plane, seaplane, helicopter, lifeboat, fire engine, ambulance), from WordNet 3.0.

The events stage codes sending one as aid (``event_senses.tsv``'s ``@craft`` rows: "sent two
water-bombing planes"), as it codes sending equipment. A lemma is kept when its most frequent
sense lies under aircraft.n.01, vessel.n.02 (watercraft), fire_engine.n.01 or ambulance.n.01
and not under military_vehicle.n.01, so "warplane", "bomber" and "warship" (weapons and
deployments, coded by their own rows) are left out.
Run: ``python scripts/build_event_craft_nouns.py`` (needs Debian's ``wordnet-base``).
"""

from __future__ import annotations

import wordnet

# synset offsets: aircraft.n.01, vessel.n.02 (watercraft), fire_engine.n.01, ambulance.n.01
ROOTS = ("02686568", "04530566", "03345487", "02701002")
MILITARY = "03764276"  # military_vehicle.n.01

HEADER = """\
# Nouns for civilian aircraft, boats and emergency vehicles (plane, helicopter, lifeboat, fire
# engine): sending one is aid (the @craft rows of event_senses.tsv), as sending equipment is.
# Source: WordNet 3.0 (Princeton University; WordNet 3.0 licence, BSD-style), via Debian
# wordnet-base: lemmas whose most frequent noun sense is at or under aircraft.n.01, vessel.n.02,
# fire_engine.n.01 or ambulance.n.01 and not under military_vehicle.n.01.
# Built by scripts/build_event_craft_nouns.py.
"""


def main() -> int:
    synsets = wordnet.synsets("noun")
    senses = wordnet.senses("noun")
    hyponyms = ("~", "~i")
    under = wordnet.closure(synsets, ROOTS, hyponyms) - wordnet.closure(synsets, [MILITARY], hyponyms)
    lemmas = {w for off in under for w in synsets[off][0]}
    keep = sorted(w.replace("_", " ") for w in lemmas if senses.get(w) and senses[w][0] in under)
    return wordnet.write_data("event_craft_nouns.txt", HEADER, "", keep)


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
