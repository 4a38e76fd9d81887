"""Quantities: counts tied to what they count ("250 military members", "dozens of ...").

A quantity is a number (digits or words, "1.5 million", "two dozen") or a vague count word
("dozens", "hundreds of thousands"), with the noun phrase it counts: the noun the number
modifies ("250 military members") or the object of "of" ("dozens of special forces",
"dozens of Iranians and Iranian Americans"). The span runs from the number (with its
modifier, "more than") to the end of the counted phrase.

Readings (the word list is ``data/quantity_words.tsv``):

- exact counts give ``value``: "two soldiers" = 2, "a dozen" = 12, "two dozen" = 24;
- plurals of units give a range, ``min``/``max``: "dozens" 24-99, "scores" 40-199,
  "hundreds" 200-999, "thousands" 2000-9999, "tens of thousands" 20000-99999,
  "hundreds of thousands" 200000-999999, "several" 3-9;
- modifiers bound a count: "more than 40" / "over 40" min 41, "at least 3" min 3,
  "up to 1,000" / "as many as" / "at most" max 1000, "fewer than 10" max 9,
  "nearly" / "almost" max N; "about 30" / "around" / "some" / "roughly" no bound. ``value``
  keeps the number the text states (40, 3, 1000: what a reader tallies, "at least 16 dead"
  is 16), and the TimeML-style ``mod`` says how it is bounded (MORE_THAN, EQUAL_OR_MORE,
  EQUAL_OR_LESS, LESS_THAN, APPROX), so ``value`` is exact only when ``mod`` is None;
- a vague plural standing alone as a noun counts what the sentence is about: "wounding
  dozens" is 24-99 with no ``what``.

Measures of weight, volume, area and distance are read as quantities too
(``data/measure_units.txt``): "3,000 tonnes of wheat" is 3000 with ``what`` "wheat", "800 gallons of
milk" 800 "milk", "about 250 square miles" 250 "square miles", "a 430-km coast" 430 "km"; the span
ends at the unit. A figure with no noun that is its verb's subject ("Nine are being treated", "Over
30 have collapsed") counts what the last count before it counts. A bare figure takes what an earlier
count of its sentence counts when it is set against it ("1.1 million displaced people, up from
870,000 last year"; "71 votes in favour and 44 against"; "71 votes to 44"), and "19,000 of them"
("17 of whom", "12 of which") what the last count of its own or the previous sentence counts. "three
of five by-elections" counts the by-elections; "40 of those held" and "two of the wounded" count
the group the participle or adjective names (``group_adjectives.txt``: "the dead"). A margin
("arrivals exceeded the target by more than 2,300", "arrests rose by 40")
counts what the subject of its verb counts. An estimate "at" a figure counts the estimate's object
("police reckoned the crowd at nearly 40,000", "estimated the turnout at 8,000"). The record has no
field for a change, so "a rise of 12%" or "fell by a third" gives no quantity (a percentage or a
fraction counts nothing).

A range of two figures is one quantity with ``min``/``max`` and no ``value`` ("between 200 and 300
protesters", "200 to 300 fishermen", "15-20 vessels"; "some" before it makes it APPROX); a
proportion counts nothing ("three in four voters", "two out of every five nurses": no count of four);
a rough count keeps the figure it states, "40-odd homes", "a dozen-odd", "50 or so houses" APPROX
and "30-plus vehicles" EQUAL_OR_MORE (min 30).

A plural the tagger took for a singular ("four black rhinos", "rhinos" tagged NN and left as its own
lemma) still counts; a label of a year or a model ("the 1990 budget", "the Mi 26 helicopter") does not.

Not quantities: ages ("24-year-old"), dates and times, money, percentages, other measures
("700 kg", "10 hours", "a 30-metre wall") and numbers that count nothing we can find.
"""

from __future__ import annotations

import logging
import re

from spacy.attrs import IDX, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.knowledge import load_lines, load_tsv, mention_lexicon
from storyline.record import Quantity
from storyline.stages.analyse import Analysis

log = logging.getLogger(__name__)

# spaCy entity labels whose numbers are not counts of things.
_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Nouns that make a number a measure, not a count.
_UNITS = {
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "time",
    "percent", "per", "cent", "point", "degree", "km", "kilometre", "kilometer", "mile", "metre",
    "meter", "foot", "feet", "inch", "yard", "kg", "kilogram", "gram", "pound", "ton", "tonne",
    "litre", "liter", "gallon", "barrel", "acre", "hectare", "dollar", "euro", "yuan", "yen", "rupee",
    "pence", "franc", "mark", "rouble", "ruble", "shekel", "dinar", "riyal", "real", "peso",
    "%", "mph", "knot", "megawatt", "mw", "kw", "watt", "half", "third", "quarter", "fifth", "tenth",
}  # fmt: skip
# Modifier phrases before a number, as lower-case token tuples, with their reading.
_MODIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): "more",
    ("over",): "more",
    ("upwards", "of"): "more",
    ("at", "least"): "least",
    ("up", "to"): "most",
    ("as", "many", "as"): "most",
    ("at", "most"): "most",
    ("no", "more", "than"): "most",
    ("fewer", "than"): "fewer",
    ("less", "than"): "fewer",
    ("under",): "most",
    ("nearly",): "most",
    ("almost",): "most",
    ("close", "to"): "most",
    ("about",): "approx",
    ("around",): "approx",
    ("roughly",): "approx",
    ("approximately",): "approx",
    ("some",): "approx",
    ("an", "estimated"): "approx",
    ("an", "approximate"): "approx",
}
# The TimeML-style ``mod`` each reading sets on the quantity ("about 30": APPROX).
_READING_MOD = {
    "more": "MORE_THAN",
    "least": "EQUAL_OR_MORE",
    "most": "EQUAL_OR_LESS",
    "fewer": "LESS_THAN",
    "approx": "APPROX",
}
# Nouns that tally a count a bare figure gives ("put the toll at 31", "the number rose to 40").
_TALLY_NOUNS = frozenset(["number", "toll", "figure", "total", "count", "tally", "estimate"])
# Verbs that give an estimate of their object "at" a figure ("police estimated the crowd at 40,000",
# "organisers estimated the turnout at 8,000", "officials placed the attendance at 3,500").
_ESTIMATE_VERBS = frozenset(["put", "place", "estimate", "peg", "set", "reckon"])
# Nouns of a head count whose first WordNet sense is no group ("turnout", "attendance"): with the
# nouns of groups ("crowd", "audience"), what such an estimate counts ("put the book at 3" is none).
_HEADCOUNT_NOUNS = frozenset(["turnout", "attendance", "headcount", "enrolment", "enrollment", "membership"])
# Verbs whose object is the figure a tally reaches ("the toll reached 31", "deaths topped 100").
_REACH_VERBS = frozenset(["reach", "hit", "top", "pass", "exceed", "surpass"])
# Verbs whose "by" object is the margin of a tally over another or over its past ("arrivals exceeded
# the target by 2,300", "arrests rose by 40"): the margin counts what the subject counts.
_MARGIN_VERBS = frozenset(
    ["exceed", "surpass", "outnumber", "top", "beat", "rise", "fall", "increase", "grow", "drop",
     "decline", "climb", "jump", "shrink", "swell", "decrease"]
)  # fmt: skip
_MODIFIERS_LONGEST_FIRST = sorted(_MODIFIERS.items(), key=lambda kv: -len(kv[0]))
_MODIFIER_MAX = max(len(words) for words in _MODIFIERS)
# Words before a bare figure that set it against an earlier count ("up from 870,000").
_COMPARED = (
    ("up", "from"),
    ("down", "from"),
    ("compared", "with"),
    ("compared", "to"),
    ("versus",),
    ("vs",),
    ("vs.",),
)
# Pronouns a partitive count takes its noun from ("19,000 of them", "40 people, 17 of whom were minors").
_PARTITIVE_PRONOUNS = frozenset(["them", "these", "those", "whom", "which"])
# Words after a bare figure coordinated with a count that name the side it stands for ("and 44 against").
_SIDE_WORDS = frozenset(["against", "opposed", "abstaining"])
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# the words that join the figures of a range ("between 12 and 15", "12 to 15", "12-15")
_RANGE_LINKS = frozenset(["between", "and", "to", "-", "–"])
_NUM_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


#: words for casualties that stand for the people after a figure ("confirmed three dead", "left
#: 40 homeless", "leaving 300 displaced")
CASUALTY_WORDS = frozenset(
    {"dead", "injured", "wounded", "missing", "hurt", "homeless", "displaced", "stranded"}
)


def _load_words() -> dict[str, tuple[str, float | None, float | None, float | None]]:
    words = {}
    for row in load_tsv("quantity_words.tsv"):

        def num(key: str, row: dict[str, str] = row) -> float | None:
            v = (row.get(key) or "").strip()
            return float(v) if v else None

        words[row["word"]] = (row["kind"], num("value"), num("min"), num("max"))
    return words


def _int(x: float | None) -> float | None:
    """Whole numbers as int (so the JSON says 250, not 250.0), after rounding away the error of
    binary fractions ("4.1 million" is 4.1 * 1e6 = 4099999.9999999995, and means 4100000)."""
    if x is None:
        return None
    x = round(float(x), 6)
    return int(x) if x.is_integer() else x


def _plural_tagged_singular(noun: Token) -> bool:
    """Whether a lower-case noun the tagger took for a singular is a plural in "-s" it left as its own
    lemma ("four black rhinos" tagged NN): not a singular ending so ("address", "census", "crisis")."""
    low = noun.lower_
    return (
        noun.tag_ == "NN"
        and noun.is_lower
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and noun.lemma_.lower() == low
    )


def _count(
    text: str,
    start: int,
    end: int,
    value: float | None,
    lo: float | None,
    hi: float | None,
    what: str | None,
    reading: str | None,
) -> Quantity:
    """The count ``text[start:end]`` with the bounds its comparative modifier gives: "more than
    40" is 41 and up, "at least 40" 40 and up, "at most 40" up to 40, "fewer than 40" up to 39."""
    if value is not None and reading is not None:
        lo, hi = {
            "more": (value + 1, hi),
            "least": (value, hi),
            "most": (lo, value),
            "fewer": (lo, value - 1),
        }.get(reading, (lo, hi))
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=_int(value),
        min=_int(lo),
        max=_int(hi),
        what=what,
        mod=_READING_MOD.get(reading) if reading is not None else None,
    )


class QuantityStage:
    """Finds counts of people and things, exact or vague, with the noun they count."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.words = _load_words()
        self.invariant = frozenset(load_lines("invariant_plurals.txt"))
        self.measures = frozenset(load_lines("measure_nouns.txt"))
        self.group_adjectives = frozenset(load_lines("group_adjectives.txt"))  # "three of the dead"
        self.sequence = frozenset(load_lines("sequence_adjectives.txt"))  # "the next four matches"
        # units of weight and area read as quantities, as lower-case word tuples, longest first
        self.units = sorted(
            {tuple(u.split()) for u in load_lines("measure_units.txt")}, key=lambda u: -len(u)
        )
        # the words' string hashes, to find candidate tokens from ``Doc.to_array`` without
        # building a Token (and its strings) for every token of the article
        self._word_ids = {nlp.vocab.strings.add(w) for w in self.words}

    # --- public --------------------------------------------------------------------------

    def __call__(self, an: Analysis) -> list[Quantity]:
        """Every count in the article with what it counts, in text order."""
        doc = an.doc
        toks = an.tokens
        numberish = self._numberish(doc, an.text, toks)
        out: list[Quantity] = []
        after = 0  # the first token past the last number phrase read
        for i, flag in enumerate(numberish):
            if not flag or i < after:
                continue
            chunk = self._number_chunk(toks, numberish, i)
            if chunk is None:
                continue
            start, end = chunk
            shaped = self._shaped(doc, toks, an.text, numberish, start, end)
            if shaped is not None:
                q, after = shaped
                if q is not None:
                    out.append(q)
                continue
            q = self._measure(toks, an.text, start, end)
            if q is None:
                q = self._quantity(doc, toks, an.text, start, end)
            if q is None:
                q = self._figure_line(toks, an.text, start, end)
            if q is None:
                q = self._partitive_group(an.text, toks, start, end)
            if q is None and out and out[-1].what in CASUALTY_WORDS:
                q = self._casualty_count(toks, an.text, start, end)  # "two dead and 14 injured"
            if q is None and out:
                q = self._partitive_pronoun(an, toks, start, end, out[-1])
            if q is None:
                q = self._partitive_antecedent(an, toks, start, end)  # "Six of them", no count before
            if q is None and out:
                q = self._elliptical(an, toks, start, end, out[-1])
            if q is None and out:
                q = self._compared(an, toks, start, end, out[-1])
            if q is None and out:
                q = self._from_to(an, toks, start, end, out[-1])
            if q is None and out:
                q = self._same_verb_object(an, toks, start, end, out[-1])
            if q is None:
                q = self._casualty_count(toks, an.text, start, end)
            if q is None:
                q = self._bare_figure(an, toks, start, end, out[-1] if out else None)
            if q is None:
                q = self._subject_figure(an, toks, start, end, out[-1] if out else None)
            if q is not None:
                out.append(q)
            after = end
        return out

    # --- ranges, proportions and rough counts ---------------------------------------------

    def _shaped(
        self, doc: Doc, toks: list[Token], text: str, numberish: list[bool], start: int, end: int
    ) -> tuple[Quantity | None, int] | None:
        """A number phrase of a shape that is no plain count, with the token to go on from:

        - a range ("between 200 and 300 protesters", "200 to 300 fishermen", "15-20 vessels") is
          one quantity, ``min``/``max`` the two figures and no ``value``;
        - a proportion ("three in four voters", "two out of every five nurses") counts nothing: the
          second figure is no count of four (None);
        - a rough count ("40-odd homes", "a dozen-odd", "50 or so houses", "30-plus vehicles")
          keeps the figure as ``value``, "odd" and "or so" are APPROX, "plus" EQUAL_OR_MORE.

        None when the phrase has none of these shapes (read as a plain count)."""
        n = len(toks)
        last = toks[end - 1]
        # a proportion: "<figure> in (every) <figure>", "<figure> out of (every) <figure>"
        k = end
        if k < n and toks[k].lower_ == "out" and k + 1 < n and toks[k + 1].lower_ == "of":
            k += 2
        elif k < n and toks[k].lower_ == "in":
            k += 1
        else:
            k = -1
        if k > 0 and k < n and toks[k].lower_ == "every":
            k += 1
        if k > 0 and k < n and numberish[k] and toks[k].like_num and last.like_num:
            second = self._number_chunk(toks, numberish, k)
            if (
                second is not None
                and self._below(toks, (start, end), second)
                and not any(
                    t.ent_type_ in ("DATE", "TIME") or _YEAR.fullmatch(t.text)
                    for t in toks[second[0] : second[1]]
                )  # "25 in 2023": a count and its year
            ):
                return None, second[1]  # "killed 12 in two attacks" is a count and its occasions
        # a range: "between A and B", "A to B", "A-B" with the noun after B
        if end + 1 < n and numberish[end + 1] and toks[end + 1].like_num and last.like_num:
            link = toks[end]
            between = start > 0 and toks[start - 1].lower_ == "between"
            if (link.lower_ == "and" and between) or link.lower_ == "to" or link.text in ("-", "–"):
                second = self._number_chunk(toks, numberish, end + 1)
                if second is not None:
                    return self._range(doc, toks, text, start, end, second, between=between)
        # a rough count: "40-odd", "30-plus", "50 or so"
        if (
            end < n
            and toks[end].text in ("-", "–")
            and end + 1 < n
            and toks[end + 1].lower_ in ("odd", "plus")
        ):
            rough, past = toks[end + 1].lower_, end + 2
        elif end < n and toks[end].lower_ == "odd":
            rough, past = "odd", end + 1
        elif end + 1 < n and toks[end].lower_ == "or" and toks[end + 1].lower_ == "so":
            rough, past = "odd", end + 2
        else:
            return None
        return self._rough(toks, text, start, end, past, "least" if rough == "plus" else "approx"), past

    def _below(self, toks: list[Token], first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether the figure ``toks[first]`` is below the figure ``toks[second]`` (both exact)."""
        try:
            a, _, _ = self._reading(toks, *first)
            b, _, _ = self._reading(toks, *second)
        except ValueError:
            return False
        return a is not None and b is not None and a < b

    def _noun_after(self, toks: list[Token], k: int) -> int | None:
        """Index of the plural noun a figure's phrase counts when the noun follows at ``k`` after
        words the parser does not hang on the figure ("40-odd *stray dogs*"), or None."""
        for j in range(k, min(len(toks), k + 4)):
            t = toks[j]
            if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return None
            if t.tag_ in ("NNS", "NNPS") or (t.pos_ == "NOUN" and t.lower_ in self.invariant):
                if t.lemma_.lower() in _UNITS or t.lower_ in _UNITS:
                    return None
                return j
        return None

    def _range(
        self,
        doc: Doc,
        toks: list[Token],
        text: str,
        start: int,
        end: int,
        second: tuple[int, int],
        *,
        between: bool,
    ) -> tuple[Quantity | None, int] | None:
        """The range of "between 200 and 300 protesters": the second figure's count gives the noun,
        the first figure the lower bound. None when the second figure counts nothing or the first is
        not below it ("1 to 0" is a score)."""
        span = toks[start - 1 if between else start : second[1]]
        # "between 12 and 15 men": the small model may call a range of counts a date; it is none when
        # only its figures and linking words are so labelled and no figure is a year
        dated = all(
            t.ent_type_ != "DATE" or (t.like_num and not _YEAR.fullmatch(t.text)) or t.lower_ in _RANGE_LINKS
            for t in span
        )
        if any(
            t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} and not (dated and t.ent_type_ == "DATE") for t in span
        ):
            return None
        if start > 0 and (toks[start - 1].tag_ == "$" or toks[start - 1].text in ("$", "£", "€", "#", "No.")):
            return None
        upper = self._quantity(doc, toks, text, *second, dated=dated)
        if upper is None or upper.value is None or upper.mod is not None or upper.what is None:
            return None
        low, _, _ = self._reading(toks, start, end)
        if low is None or low >= upper.value:
            return None
        first = start - 1 if between else start
        mstart, reading = self._modifier(toks, first)
        s = toks[mstart].idx
        return (
            Quantity(
                start=s,
                end=upper.end,
                text=text[s : upper.end],
                min=_int(low),
                max=_int(upper.value),
                what=upper.what,
                mod="APPROX" if reading == "approx" else None,
            ),
            second[1],
        )

    def _rough(
        self, toks: list[Token], text: str, start: int, end: int, past: int, reading: str
    ) -> Quantity | None:
        """ "40-odd homes", "some 30-plus vehicles", "a dozen-odd": the figure the text states with
        ``reading`` (about, or at least), counting the plural after the rough word."""
        if any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        noun = self._noun_after(toks, past)
        if noun is None:
            return None
        value, lo, hi = self._reading(toks, start, end)
        if value is None:
            return None
        nstart = start - 1 if start > 0 and toks[start - 1].lower_ in ("a", "an") else start
        mstart, _ = self._modifier(toks, nstart)
        head = toks[noun]
        e = head.idx + len(head.text)
        return _count(text, toks[mstart].idx, e, value, lo, hi, text[toks[past].idx : e], reading)

    # --- number phrases ------------------------------------------------------------------

    def _numberish(self, doc: Doc, text: str, toks: list[Token]) -> list[bool]:
        """Per token: is it a number word of ``quantity_words.tsv`` or a number in digits?

        Read from one ``Doc.to_array`` call; only tokens that start with a digit are looked
        at one by one, so the article's other tokens cost no Token object or string.
        """
        if not toks:
            return []
        rows = doc.to_array([LOWER, IDX]).tolist()
        words = self._word_ids
        return [
            low in words or (text[idx].isdigit() and _NUM_RE.match(toks[i].text) is not None)
            for i, (low, idx) in enumerate(rows)
        ]

    def _number_chunk(self, toks: list[Token], numberish: list[bool], i: int) -> tuple[int, int] | None:
        """Token range [start, end) of the number phrase starting at token i, or None."""
        tok = toks[i]
        if not numberish[i]:
            return None
        if tok.lower_ in ("one", "score") and not (tok.dep_ == "nummod" or tok.tag_ == "CD"):
            return None  # "one of them", "settle the score"
        n = len(toks)
        j = i + 1
        while j < n:
            t = toks[j]
            if numberish[j] and t.lower_ != "one":
                j += 1
            elif t.text == "-" and j + 1 < n and toks[j + 1].lower_ in self.words:
                j += 2  # twenty-five
            elif (
                t.lower_ == "of"
                and j + 1 < n
                and toks[j + 1].lower_ in ("thousands", "millions", "billions", "hundreds")
                and self.words.get(toks[j - 1].lower_, ("",))[0] == "vague"
            ):
                j += 2  # tens of thousands
            else:
                break
        return i, j

    def _reading(
        self, toks: list[Token], start: int, end: int
    ) -> tuple[float | None, float | None, float | None]:
        """(value, min, max) of the number phrase ``toks[start:end]``."""
        total = 0.0
        current: float | None = None
        rng: tuple[float, float] | None = None
        for t in toks[start:end]:
            low = t.lower_
            if low in ("of", "-"):
                continue
            if low in self.words:
                kind, value, lo, hi = self.words[low]
                if kind == "vague" and lo is not None and hi is not None:
                    if rng is None:
                        base = (current or 0) + total
                        rng = (lo * base, (hi + 1) * base - 1) if base > 1 else (lo, hi)
                    else:
                        rng = (rng[0] * (lo / 2), (rng[1] + 1) * ((hi + 1) / 10) - 1)
                    current, total = None, 0.0
                    continue
                if value is None:
                    continue
                if rng is not None:  # "hundreds thousand" is not English; "tens of thousands" handled above
                    rng = (rng[0] * value, (rng[1] + 1) * value - 1)
                elif value >= 100 or kind == "unit":
                    current = (current or 1) * value
                    if value >= 1000:
                        total += current
                        current = None
                else:
                    current = (current or 0) + value
            else:
                current = (current or 0) + float(t.text.replace(",", ""))
        if rng is not None:
            return None, rng[0], rng[1]
        return total + (current or 0), None, None

    def _modifier(self, toks: list[Token], start: int) -> tuple[int, str | None]:
        """Start token and reading of a modifier right before token ``start`` ("more than")."""
        before = [t.lower_ for t in toks[max(0, start - _MODIFIER_MAX) : start]]
        for words, reading in _MODIFIERS_LONGEST_FIRST:
            k = len(words)
            if start - k >= 0 and tuple(before[len(before) - k :]) == words:
                if k == 1 and toks[start - 1].dep_ in ("prep", "prt"):
                    continue  # "complained over two raids": a preposition, not "more than"
                return start - k, reading
        return start, None

    # --- the counted phrase --------------------------------------------------------------

    def _counted(self, toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
        """Token range [first, last] of the counted noun phrase, or None."""
        last = toks[end - 1]
        # "dozens of special forces", "two of the soldiers" is partitive but still counts them
        if end < len(toks) and toks[end].lower_ == "of":
            pobj = next((c for c in toks[end].children if c.dep_ == "pobj"), None)
            if pobj is None and end + 1 < len(toks):
                pobj = toks[end + 1] if toks[end + 1].pos_ in ("NOUN", "PROPN") else None
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.i > end:
                return end + 1, self._np_end(pobj)
            # "three of five by-elections": the part counts what the whole after "of" counts
            k = end + 1
            while k < len(toks) and toks[k].tag_ == "CD" and toks[k].pos_ == "NUM":
                k += 1
            return self._counted(toks, end + 1, k) if k > end + 1 else None
        if self._hyphen_plural(toks, end):
            return end, end + 2  # "six by-elections", "six co-workers": split by the tokenizer at the hyphen
        head = last.head
        if (
            last.dep_ in ("nummod", "quantmod", "amod", "compound")
            and head.i >= end
            and head.pos_ in ("NOUN", "PROPN")
        ):
            # "Three Lesotho parties": a name between the number and the plural it counts; "four
            # cup ties": the parser may hang the number on the compound's first noun
            if (
                (head.pos_ == "PROPN" or head.tag_ == "NN")
                and head.dep_ == "compound"
                and head.head.tag_ in ("NNS", "NNPS")
                and head.head.i > head.i
            ):
                head = head.head
            return end, self._plural_pair_end(head)
        # the parser sometimes makes the number the head of its noun
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            k = end
            while k < len(toks) and toks[k].pos_ in ("ADJ", "NOUN", "PROPN") and toks[k].tag_ not in ("NN",):
                if toks[k].pos_ in ("NOUN", "PROPN") and toks[k].tag_ in ("NNS", "NNPS"):
                    return end, k
                k += 1
        return None

    @staticmethod
    def _hyphen_plural(toks: list[Token], k: int) -> bool:
        """Whether tokens k..k+2 are one plural noun written with a hyphen and split by the
        tokenizer ("by-elections", "co-workers"): word, "-", plural noun, with no space between."""
        if k + 2 >= len(toks) or toks[k + 1].text != "-" or toks[k + 2].tag_ not in ("NNS", "NNPS"):
            return False
        word, dash, noun = toks[k], toks[k + 1], toks[k + 2]
        return word.is_alpha and dash.idx == word.idx + len(word.text) and noun.idx == dash.idx + 1

    @staticmethod
    def _np_end(noun: Token, *, coordinate: bool = True) -> int:
        """Index of the last token of the noun phrase headed by ``noun`` (with its conjuncts)."""
        last = noun.i
        if coordinate:
            for c in noun.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > last:
                    last = max(last, c.i)
        return last

    @staticmethod
    def _plural_pair_end(noun: Token) -> int:
        """Index of the last token of a counted noun phrase, with a plural noun coordinated
        to it that has no determiner or number of its own: the figure counts both ("1,500
        people and entities", "400 tents and blankets"). Not "three soldiers and a civilian"
        nor "five men and 12 women", where the second noun is counted apart."""
        last = noun.i
        if noun.tag_ not in ("NNS", "NNPS"):
            return last
        for c in noun.children:
            if (
                c.dep_ == "conj"
                and c.i > last
                and c.tag_ in ("NNS", "NNPS")
                and all(
                    t.i in (c.i - 1, c.i) or t.dep_ in ("cc", "punct") for t in noun.doc[noun.i + 1 : c.i]
                )
                and not any(g.dep_ in ("det", "nummod", "quantmod", "poss", "prep") for g in c.children)
            ):
                last = c.i
        return last

    def _bare_vague(self, toks: list[Token], text: str, start: int, end: int) -> Quantity | None:
        """ "wounding dozens", "thousands marched": a vague plural that is itself the noun."""
        word = toks[end - 1]
        if end - start != 1 or self.words.get(word.lower_, ("",))[0] != "vague" or word.lower_ == "tens":
            return None
        if word.dep_ not in ("dobj", "nsubj", "nsubjpass", "conj", "appos") or word.pos_ not in (
            "NOUN",
            "NUM",
        ):
            return None
        if any(c.dep_ in ("prep", "amod", "compound", "det", "poss") for c in word.children):
            return None  # "dozens of …" is read with its noun; "the thousands", "their millions"
        _, lo, hi = self._reading(toks, start, end)
        return Quantity(
            start=word.idx, end=word.idx + len(word.text), text=word.text, min=_int(lo), max=_int(hi)
        )

    def _elliptical(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> Quantity | None:
        """ "14 people had been killed and nine wounded": a bare number coordinated after a
        count in the same sentence, before a participle, counts what that count counts; so does
        a bare number that is the object of a verb coordinated with the one whose object was
        counted ("killed tens of thousands of people and forced more than 12 million from ...")."""
        if prev.what is None or end >= len(toks) or start == 0:
            return None
        labels = {t.ent_type_ for t in toks[start:end]} & _NOT_COUNTS
        money = {t.text for t in toks[max(0, start - 2) : end + 1]} & {"$", "£", "€", "¥"}
        if labels - {"MONEY"} or money or toks[end].lemma_.lower() in _UNITS:
            return None  # a date, a measure or a sum; "12 million" alone the model may call MONEY
        mstart, reading = self._modifier(toks, start)
        gap = [t for t in toks[:mstart] if t.idx >= prev.end]
        if not gap or len(gap) > 8:
            return None
        nxt = toks[end]
        verb = toks[end - 1].head
        if prev.value is not None and (
            nxt.tag_ in ("VBN", "VBD")
            or nxt.lower_ in ("dead", "missing", "injured", "hurt")
            or nxt.lower_ in _SIDE_WORDS  # "71 votes in favour and 44 against"
        ):
            if toks[mstart - 1].lower_ not in ("and", ",") or labels:
                return None
        elif prev.value is not None and [t.lower_ for t in gap] == ["to"]:
            # "passed by 71 votes to 44": the score's second figure counts what its first does
            if not (nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ")):
                return None
        elif not (
            # "has killed tens of thousands of people and forced more than 12 million from their
            # homes": the object of a verb coordinated with the verb whose object was counted
            toks[end - 1].dep_ == "dobj"
            and verb.dep_ == "conj"
            and verb.pos_ == "VERB"
            and gap[-1].i == verb.i
            and any(c.dep_ == "dobj" and prev.start <= c.idx < prev.end for c in verb.head.children)
        ) and not (
            # "The camp, built for 2,000 refugees, now holds more than 5,000.": the object that
            # closes the clause of the verb right after the count, with nothing but punctuation
            # and adverbs between them
            toks[end - 1].dep_ == "dobj"
            and verb.pos_ == "VERB"
            and gap[-1].i == verb.i
            and all(t.is_punct or t.pos_ == "ADV" for t in gap[:-1])
            and (nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ"))
        ):
            return None
        if an.sentence_of(gap[0]).start != an.sentence_of(toks[start]).start:
            return None
        if any(
            t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            and not (t.lower_ in ("favor", "favour") and toks[t.i - 1].lower_ == "in")
            for t in gap
        ):
            return None  # another thing counted or named in between ("in favour" names no thing)
        e = toks[end - 1].idx + len(toks[end - 1].text)
        return self._figure(an.text, toks, start, end, e, prev.what, (mstart, reading))

    def _figure(
        self,
        text: str,
        toks: list[Token],
        start: int,
        end: int,
        stop: int,
        what: str | None,
        modifier: tuple[int, str | None] | None = None,
    ) -> Quantity | None:
        """The count the figure ``toks[start:end]`` gives of ``what``, spanning from its modifier
        ("more than", "about": ``modifier`` if the caller has read it) to character ``stop``; None
        when the figure cannot be read as a number."""
        try:
            value, lo, hi = self._reading(toks, start, end)
        except ValueError:
            return None
        mstart, reading = modifier if modifier is not None else self._modifier(toks, start)
        return _count(text, toks[mstart].idx, stop, value, lo, hi, what, reading)

    def _unit_at(self, toks: list[Token], k: int) -> int | None:
        """End (exclusive) of the unit of ``measure_units.txt`` that starts at token k, or None."""
        for unit in self.units:
            n = len(unit)
            words = toks[k : k + n]
            if len(words) == n and all(
                t.lower_ == w or t.lemma_.lower() == w for t, w in zip(words, unit, strict=True)
            ):
                return k + n
        return None

    def _measure(self, toks: list[Token], text: str, start: int, end: int) -> Quantity | None:
        """ "3,000 tonnes of wheat", "about 250 square miles", "thousands of hectares": a figure in a
        unit of weight or area (``measure_units.txt``). It measures what the "of" phrase after the
        unit names ("wheat"), else the unit itself ("square miles"); the span ends at the unit."""
        if end >= len(toks) or any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        if start > 0 and (toks[start - 1].tag_ == "$" or toks[start - 1].text in ("$", "£", "€", "#", "No.")):
            return None
        vague = self.words.get(toks[end - 1].lower_, ("",))[0] == "vague"
        k = end + 1 if vague and toks[end].lower_ == "of" else end  # "thousands of tonnes"
        if (
            toks[k].text == "-"
            and k + 1 < len(toks)
            and toks[k].idx == toks[k - 1].idx + len(toks[k - 1].text)
        ):
            k += 1  # "a 430-km coast": the unit hyphenated to its figure
        unit_end = self._unit_at(toks, k)
        if unit_end is None:
            return None
        last = toks[unit_end - 1]
        what = text[toks[k].idx : last.idx + len(last.text)]
        obj = self._of_object(toks, unit_end)
        if obj is not None:
            first = next(t for t in toks[unit_end + 1 : obj.i + 1] if t.pos_ not in ("DET", "PRON"))
            what = text[first.idx : obj.idx + len(obj.text)]
        # "a dozen tonnes", "a million hectares": the article is the number's; not in "a 430-km coast"
        a = start > 0 and toks[start - 1].lower_ in ("a", "an") and bool(self.words.get(toks[start].lower_))
        nstart = start - 1 if a else start
        return self._figure(
            text, toks, start, end, last.idx + len(last.text), what, self._modifier(toks, nstart)
        )

    @staticmethod
    def _of_object(toks: list[Token], k: int) -> Token | None:
        """The noun of an "of" phrase at token k ("of wheat", "of medical supplies"), or None."""
        if k + 1 >= len(toks) or toks[k].lower_ != "of":
            return None
        obj = next((c for c in toks[k].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return obj
        j, last = k + 1, None  # the parser hung "of" elsewhere: the noun run right after it
        while j < len(toks) and toks[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            last = toks[j] if toks[j].pos_ in ("NOUN", "PROPN") else last
            j += 1
        return last

    def _partitive_group(self, text: str, toks: list[Token], start: int, end: int) -> Quantity | None:
        """ "40 of those held", "two of the wounded": a count of a group named by a participle or
        an adjective standing for the people it describes, after "of those" or "of the" (no noun of
        its own). It counts that group ("those detained", "injured"); a lone "one", a superlative
        ("two of the largest"), an adjective of no people (``group_adjectives.txt``: "two of the new")
        or a figure ("three of the five") is none."""
        if (
            end + 2 >= len(toks)
            or toks[end].lower_ != "of"
            or all(t.lower_ == "one" for t in toks[start:end])
        ):
            return None
        if any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        det, word = toks[end + 1], toks[end + 2]
        group = word.tag_ == "VBN" or word.lower_ in self.group_adjectives
        if det.lower_ in ("those", "these"):
            # "those detained", "those fleeing the fighting": the participle hung on the pronoun
            if not ((group or word.tag_ == "VBG") and word.head.i == det.i and word.dep_ in ("acl", "amod")):
                return None
            first = det
        elif det.lower_ == "the":
            # "the injured", "the dead": the word is the preposition's object, with no noun after it
            nxt = toks[end + 3] if end + 3 < len(toks) else None
            if not (group and word.dep_ == "pobj" and word.head.i == end):
                return None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "NUM"):
                return None
            first = word
        else:
            return None
        return self._figure(
            text, toks, start, end, word.idx + len(word.text), text[first.idx : word.idx + len(word.text)]
        )

    def _partitive_pronoun(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> Quantity | None:
        """ "About 19,000 of them crossed", "held 40 people, 17 of whom were minors": a count of a
        pronoun counts what the last count of its own or the previous sentence counts."""
        if prev.what is None or end + 1 >= len(toks) or toks[end].lower_ != "of":
            return None
        pron = toks[end + 1]
        if pron.lower_ not in _PARTITIVE_PRONOUNS or all(t.lower_ == "one" for t in toks[start:end]):
            return None
        if any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        sent = an.sentence_of(toks[start])
        earlier = an.sentence_of(toks[max(0, sent.start - 1)])
        if prev.start < earlier.start_char:
            return None
        return self._figure(an.text, toks, start, end, pron.idx + len(pron.text), prev.what)

    def _partitive_antecedent(self, an: Analysis, toks: list[Token], start: int, end: int) -> Quantity | None:
        """ "Soldiers rounded up protesters. Six of them were flown out": a count of a pronoun
        ("of them", "of these", "of those") where no count came before counts the people or things
        the pronoun stands for: the last plural noun before it in its own sentence, else in the one
        before ("protesters"; not a time's noun, "hours", nor the subject of a verb the count hangs
        on, "Police said 12 of them …"); without one, the pronoun itself, for an exact figure only
        ("Tens of them came" counts no one named). A lone "one", a date or a money figure is no
        such count."""
        if end + 1 >= len(toks) or toks[end].lower_ != "of":
            return None
        pron = toks[end + 1]
        if pron.lower_ not in ("them", "these", "those") or pron.dep_ != "pobj":
            return None
        if all(t.lower_ == "one" for t in toks[start:end]):
            return None
        if any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        sent = an.sentence_of(toks[start])
        lo = an.sentence_of(toks[sent.start - 1]).start if sent.start > 0 else sent.start
        what = pron.text
        for k in range(start - 1, lo - 1, -1):
            t = toks[k]
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.ent_type_ not in ("DATE", "TIME"):
                if t.dep_ == "nsubj" and t.head in toks[start].ancestors:
                    continue  # "Police said 12 of them …": who reports the count, not what it counts
                what = t.text
                break
        q = self._figure(an.text, toks, start, end, pron.idx + len(pron.text), what)
        if q is not None and what == pron.text and q.value is None:
            return None  # "Tens of them came": a rough number of no one named
        return q

    def _bare_count(
        self, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> tuple[int, str | None] | None:
        """The modifier (start token and reading, :meth:`_modifier`) of a bare figure that may count
        what the earlier count ``prev`` counts: a cardinal, no year, no unit, sign or noun after it
        and no currency sign before it (shared by :meth:`_compared` and :meth:`_from_to`); None
        when the figure is no such bare count."""
        num = toks[end - 1]
        if prev.what is None or num.tag_ != "CD" or _YEAR.fullmatch(num.text):
            return None
        if end < len(toks) and (
            toks[end].lemma_.lower() in _UNITS or toks[end].text in ("-", "%") or toks[end].pos_ == "NOUN"
        ):
            return None
        mstart, reading = self._modifier(toks, start)
        if any(t.text in ("$", "£", "€", "¥") for t in toks[max(0, mstart - 1) : start]):
            return None
        return mstart, reading

    def _compared(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> Quantity | None:
        """ "1.1 million displaced people, up from 870,000 last year": a bare figure set against
        an earlier count of its sentence (``_COMPARED``) counts what that count counts."""
        num = toks[end - 1]
        if any(t.ent_type_ in _NOT_COUNTS - {"QUANTITY"} for t in toks[start:end]):
            return None
        bare = self._bare_count(toks, start, end, prev)
        if bare is None:
            return None
        mstart, reading = bare
        before = tuple(t.lower_ for t in toks[max(0, mstart - 2) : mstart])
        if not any(before[len(before) - len(w) :] == w for w in _COMPARED):
            return None
        if prev.start < an.sentence_of(num).start_char:
            return None
        if any(
            t.like_num and t.idx >= prev.end and t.ent_type_ not in ("DATE", "TIME") for t in toks[:mstart]
        ):
            return None  # "... as the jobless rate rose to 12, up from 9": set against the nearer figure
        return self._figure(an.text, toks, start, end, num.idx + len(num.text), prev.what, (mstart, reading))

    def _from_to(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> Quantity | None:
        """ "grew from two or three districts in May to at least nine": a bare figure after "to"
        whose verb's "from" phrase holds the last count (in the same sentence) counts what that
        count counts (the noun the second figure leaves out)."""
        num = toks[end - 1]
        if (
            num.dep_ != "pobj"
            or num.head.lower_ != "to"
            or any(t.ent_type_ in _NOT_COUNTS for t in toks[start:end])
        ):
            return None
        bare = self._bare_count(toks, start, end, prev)
        if bare is None:
            return None
        mstart, reading = bare
        source = next(
            (
                c
                for c in num.head.head.children
                if c.dep_ == "prep"
                and c.lower_ == "from"
                and c.i < num.head.i
                and c.idx <= prev.start
                and prev.end <= c.right_edge.idx + len(c.right_edge)
            ),
            None,
        )
        if source is None:
            return None
        return self._figure(an.text, toks, start, end, num.idx + len(num.text), prev.what, (mstart, reading))

    def _same_verb_object(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity
    ) -> Quantity | None:
        """ "Hunters shot 20 deer, and a man who admits he helped shoot five …": a bare figure that
        is the object of the same verb as the last count (of its own or the previous sentence) counts
        what that count counts; the noun is left out as understood."""
        num = toks[end - 1]
        verb = num.head
        if prev.what is None or num.tag_ != "CD" or num.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        if _YEAR.fullmatch(num.text) or any(t.ent_type_ in _NOT_COUNTS for t in toks[start:end]):
            return None
        if end < len(toks) and (
            toks[end].lemma_.lower() in _UNITS or toks[end].pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            return None
        if any(t.text in ("$", "£", "€", "¥", "#", "No.") for t in toks[max(0, start - 2) : start]):
            return None
        sent = an.sentence_of(num)
        if prev.start < an.sentence_of(toks[max(0, sent.start - 1)]).start_char:
            return None
        counted = [
            t for t in toks if prev.start <= t.idx < prev.end and t.dep_ == "dobj" and t.head.pos_ == "VERB"
        ]
        if not any(t.head.lemma_.lower() == verb.lemma_.lower() and t.head.i != verb.i for t in counted):
            return None
        mstart, reading = self._modifier(toks, start)
        return self._figure(an.text, toks, start, end, num.idx + len(num.text), prev.what, (mstart, reading))

    def _figure_line(self, toks: list[Token], text: str, start: int, end: int) -> Quantity | None:
        """A figure alone on its line with what it counts opening the next line, as a box of key
        figures prints them ("12,400\npeople displaced", "37\nhealth centres damaged"): the count of
        the plural there, the span running across the line break. None for a figure with other words
        on its line, a sum or a year, or a next line that opens with no plural."""
        first, last = toks[start], toks[end - 1]
        line_start = text.rfind("\n", 0, first.idx) + 1
        line_end = text.find("\n", last.idx)
        if (
            line_end < 0
            or text[line_start : first.idx].strip()
            or text[last.idx + len(last) : line_end].strip()
        ):
            return None
        if text[line_end + 1 : line_end + 2] in ("\n", "") or not last.like_num:
            return None  # a blank line or the text's end after the figure
        if _YEAR.fullmatch(last.text) or any(
            t.text in ("$", "£", "€", "¥", "#", "%") for t in toks[max(0, start - 1) : end + 1]
        ):
            return None
        k = end
        while k < len(toks) and toks[k].is_space:
            k += 1
        next_end = text.find("\n", line_end + 1)
        for j in range(k, min(k + 3, len(toks))):
            t = toks[j]
            if t.idx > next_end >= 0 or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return None
            if t.pos_ == "NOUN" and t.tag_ == "NNS":
                if t.lemma_.lower() in _UNITS or t.lower_ in _UNITS:
                    return None
                e = t.idx + len(t.text)
                return self._figure(text, toks, start, end, e, text[toks[k].idx : e])
        return None

    def _casualty_count(self, toks: list[Token], text: str, start: int, end: int) -> Quantity | None:
        """A figure with no noun right before a word for casualties that stands for the people
        (``CASUALTY_WORDS``: "the hospital confirmed three dead", "the blast left 14 injured",
        "two dead and 12 missing"): it counts them, ``what`` the word, as "11 injured" does after
        another count. None when a noun follows the word ("three injured sailors" is read as a
        count of sailors) or the figure is a date, a sum or a measure."""
        if end >= len(toks) or toks[end].lower_ not in CASUALTY_WORDS:
            return None
        num = toks[end - 1]
        if not num.like_num or any(t.ent_type_ in _NOT_COUNTS for t in toks[start:end]):
            return None
        if _YEAR.fullmatch(num.text):
            return None  # a year
        if any(t.text in ("$", "£", "€", "¥", "#", "No.") for t in toks[max(0, start - 2) : start]):
            return None
        if end + 1 < len(toks) and toks[end + 1].pos_ in ("NOUN", "PROPN") and not toks[end + 1].is_title:
            return None
        word = toks[end]
        return self._figure(text, toks, start, end, word.idx + len(word.text), word.lower_)

    def _bare_figure(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity | None
    ) -> Quantity | None:
        """A figure with no noun of its own that a tally gives: "put the number at 9,400", "the
        death toll rose to 31", "Arrests rose to 412", "the toll reached 31". The tally is a count
        noun (``_TALLY_NOUNS``) or a plural that is no measure ("Prices rose to 40" is not a
        count: ``measure_nouns.txt``). It counts what the tally's "of" phrase names ("the number
        of dead"), the plural itself, or what the last count of the same or the previous sentence
        counts; else nothing."""
        num = toks[end - 1]
        if num.tag_ != "CD" or any(t.ent_type_ in _NOT_COUNTS for t in toks[start:end]):
            return None
        if _YEAR.fullmatch(num.text):
            return None  # a year
        if end < len(toks) and (toks[end].lemma_.lower() in _UNITS or toks[end].text in ("-", "%")):
            return None
        if any(t.text in ("$", "£", "€", "¥", "#", "No.") for t in toks[max(0, start - 2) : start]):
            return None
        head = num.head
        if num.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.pos_ == "VERB":
            verb = head.head
            roles = ("dobj",) if head.lower_ == "at" else ("nsubj", "nsubjpass", "dobj")
        elif num.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _REACH_VERBS:
            verb, roles = head, ("nsubj",)
        elif (
            num.dep_ == "pobj"
            and head.lower_ == "by"
            and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in _MARGIN_VERBS
        ):
            verb, roles = head.head, ("nsubj",)  # "arrivals exceeded the target by more than 2,300"
        else:
            return None
        tally = next((c for c in verb.children if c.dep_ in roles and c.pos_ in ("NOUN", "PROPN")), None)
        if tally is None or tally.ent_type_:
            return None
        lemma = tally.lemma_.lower()
        what: str | None = None
        if lemma in _TALLY_NOUNS:
            of = next((c for c in tally.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                what = an.text[obj.left_edge.idx : obj.idx + len(obj.text)]
            elif prev is not None and prev.what:
                sent = an.sentence_of(num)
                earlier = an.sentence_of(toks[max(0, sent.start - 1)])
                if prev.start >= earlier.start_char:
                    what = prev.what
        elif tally.tag_ == "NNS" and lemma not in self.measures and lemma not in _UNITS:
            mods = [c for c in tally.lefts if c.dep_ in ("compound", "amod")]
            what = an.text[(mods[0] if mods else tally).idx : tally.idx + len(tally.text)]
        elif (
            head.lower_ == "at"
            and verb.lemma_.lower() in _ESTIMATE_VERBS
            and tally.tag_ == "NN"
            and (lemma in _HEADCOUNT_NOUNS or mention_lexicon().get(lemma, ("",))[0] == "group")
            and not any(c.dep_ == "prep" for c in tally.children)  # "the chance of a cut"
        ):
            # "estimated the crowd at nearly 40,000": the estimate counts what its object names
            mods = [c for c in tally.lefts if c.dep_ in ("compound", "amod")]
            what = an.text[(mods[0] if mods else tally).idx : tally.idx + len(tally.text)]
        else:
            return None
        return self._figure(an.text, toks, start, end, num.idx + len(num.text), what)

    def _subject_figure(
        self, an: Analysis, toks: list[Token], start: int, end: int, prev: Quantity | None
    ) -> Quantity | None:
        """A figure with no noun that is the subject of its verb, the counted thing named before:
        "Over 30 have collapsed", "at least 8 stand empty", "Nine were rescued". It
        counts what the last count of its own or the previous sentence counts, or nothing said
        (None); a year, a sum, a measure and a lone "one" are no such count."""
        num = toks[end - 1]
        verb = num.head
        modifier: tuple[int, str | None] | None = None
        if num.dep_ == "pobj" and verb.lower_ in ("over", "under") and verb.i == start - 1:
            modifier = (start - 1, _MODIFIERS[(verb.lower_,)])
            verb = verb.head  # "Over 30 have collapsed": the modifier parsed as a preposition
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i < num.i:
                return None
        elif num.dep_ not in ("nsubj", "nsubjpass") and not (num.dep_ == "nummod" and verb.i > num.i):
            return None  # the small parser may hang a subject figure on its verb ("8 stand empty")
        if num.tag_ != "CD" or verb.pos_ not in ("VERB", "AUX") or _YEAR.fullmatch(num.text):
            return None
        # the model may call a bare figure a date ("31 had been taken"): it is one only when the
        # sentence has a date word ("on May 31")
        labels = {t.ent_type_ for t in toks[start:end]} & _NOT_COUNTS
        if labels - {"DATE"} or (labels and any(t.ent_type_ == "DATE" and not t.like_num for t in num.sent)):
            return None
        if any(
            c.dep_ in ("prep", "det", "poss", "compound") or (c.dep_ == "amod" and c.i >= start)
            for c in num.children
            if not start <= c.i < end
        ):
            return None  # "40 of them", "the 12": read elsewhere or no count
        if end < len(toks) and (toks[end].lemma_.lower() in _UNITS or toks[end].text in ("-", "%")):
            return None
        if any(t.text in ("$", "£", "€", "¥", "#", "No.") for t in toks[max(0, start - 2) : start]):
            return None
        if end - start == 1 and num.lower_ in ("one", "1"):
            return None  # "One said …": a person, not a tally
        what = None
        if prev is not None and prev.what:
            sent = an.sentence_of(num)
            if prev.start >= an.sentence_of(toks[max(0, sent.start - 1)]).start_char:
                what = prev.what
        return self._figure(an.text, toks, start, end, num.idx + len(num.text), what, modifier)

    @staticmethod
    def _shared_noun(toks: list[Token], end: int) -> tuple[int, Token] | None:
        """The plural that a number shares with a second number coordinated after it ("16
        Kenyan and five Tanzanian sailors", "40 male and 12 female students"): the first number
        has only modifiers before "and"/"or", the second its own modifiers and the noun. Returns
        the index after the first number's modifiers and the shared noun, else None."""
        k = end
        while k < len(toks) and k - end < 2 and toks[k].tag_ in ("JJ", "NNP", "NN") and toks[k].is_alpha:
            k += 1
        if k == end or k + 1 >= len(toks) or toks[k].lower_ not in ("and", "or") or toks[k + 1].tag_ != "CD":
            return None
        j = k + 2
        while j < len(toks) and toks[j].tag_ in ("JJ", "NNP", "NN") and toks[j].is_alpha:
            j += 1
        if j == k + 2 or j >= len(toks) or toks[j].tag_ not in ("NNS", "NNPS"):
            return None
        return k, toks[j]

    def _shared_count(
        self, text: str, toks: list[Token], start: int, end: int, mod_end: int, noun: Token
    ) -> Quantity | None:
        """The first count of "16 Kenyan and five Tanzanian sailors": "16 Kenyan", counting
        Kenyan sailors (the noun the second number's phrase gives)."""
        try:
            value, lo, hi = self._reading(toks, start, end)
        except ValueError:
            return None
        mstart, reading = self._modifier(toks, start)
        last = toks[mod_end - 1]
        e = last.idx + len(last.text)
        what = f"{text[toks[end].idx : e]} {noun.text}"
        return _count(text, toks[mstart].idx, e, value, lo, hi, what, reading)

    def _quantity(
        self, doc: Doc, toks: list[Token], text: str, start: int, end: int, *, dated: bool = False
    ) -> Quantity | None:
        """The count of the number phrase ``toks[start:end]`` with its noun, or None; ``dated``: the
        model's DATE label on the figure is known to be wrong (a range of counts it took for dates)."""
        phrase = toks[start:end]
        # the model tags measures QUANTITY ("25,000 tons"), but also some counts ("420,000 head of
        # cattle"): those are read on, the unit check below keeps measures out; "next three" in
        # "its next three away fixtures" it may tag a date: the noun's unit check decides
        dated = dated or (
            start > 0 and toks[start - 1].lower_ in self.sequence and toks[start - 1].ent_type_ == "DATE"
        )
        if any(t.ent_type_ in _NOT_COUNTS and t.ent_type_ != "QUANTITY" and not dated for t in phrase):
            return None
        if start > 0 and (toks[start - 1].tag_ == "$" or toks[start - 1].text in ("$", "£", "€", "#", "No.")):
            return None
        if end < len(toks) and toks[end].text == "-":  # 24-year-old, 10-point plan
            return None
        if all(t.lower_ in ("one",) for t in phrase) and end < len(toks) and toks[end].lower_ == "of":
            return None
        shared = self._shared_noun(toks, end)
        if shared is not None:
            return self._shared_count(text, toks, start, end, *shared)
        counted = self._counted(toks, start, end)
        if counted is None:
            return self._bare_vague(toks, text, start, end)
        first, last_i = counted
        head = toks[last_i]
        noun_toks = [t for t in toks[first : last_i + 1] if t.pos_ in ("NOUN", "PROPN")]
        if not noun_toks or any(t.lemma_.lower() in _UNITS or t.lower_ in _UNITS for t in noun_toks[-1:]):
            return None
        if head.ent_type_ in _NOT_COUNTS and head.ent_type_ != "QUANTITY":
            return None
        try:
            value, lo, hi = self._reading(toks, start, end)
        except ValueError:
            log.debug("unreadable number %r", doc[start:end].text)
            return None
        partitive = end < len(toks) and toks[end].lower_ == "of"
        if (
            value is not None
            and value > 1
            and not partitive
            and not any(t.tag_ in ("NNS", "NNPS") or _plural_tagged_singular(t) for t in noun_toks)
            and noun_toks[-1].lower_ not in self.invariant  # "32 aircraft", "420,000 head"
        ):
            return None  # "1983 budget", "Mi 26 helicopter": a label, not a count
        nstart = start
        if start > 0 and toks[start - 1].lower_ in ("a", "an") and self.words.get(phrase[0].lower_, ("",))[0]:
            nstart = start - 1  # "a dozen", "a hundred"
        mstart, reading = self._modifier(toks, nstart)
        e = head.idx + len(head.text)
        what_s = toks[first].idx
        if toks[first].lower_ in ("the", "a", "an", "their", "its", "his", "her", "our", "these", "those"):
            what_s = toks[first + 1].idx if first + 1 <= last_i else what_s
        return _count(text, toks[mstart].idx, e, value, lo, hi, text[what_s:e], reading)
