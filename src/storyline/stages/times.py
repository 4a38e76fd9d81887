"""Times: TimeML temporal expressions with values resolved against the publication date.

A small rule grammar (regular expressions built once from ``data/times.json``) finds
DATE, TIME, DURATION and SET expressions with TempEval-3 extents and interprets them;
spaCy's DATE/TIME entities add candidates the grammar did not find, kept only when the
grammar can read them. Relative expressions are anchored on the publication date (DCT):
a weekday takes the direction of the verb it hangs on ("said Friday" looks back, "will
meet Tuesday" and "is to resume Tuesday" look forward, and so does a past verb backshifted
under "would": "would wait to see whether it opened on Wednesday"). A month or a
month-day with no tense to go by takes its nearest occurrence ("payable Jan. 2" in
November is next January). Anaphoric expressions ("a year earlier", "the following year",
"that day", "the year-ago quarter", "the quarter") take the last calendar value named
before them. Holidays are fixed-date, n-th weekday (Thanksgiving) or Easter-based, all
listed in ``data/times.json``. Without a DCT, relative values stay unanchored
(``XXXX-WXX-5``); absolute ones still resolve. Nothing here guesses a DCT.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.knowledge import load_json
from storyline.record import Time
from storyline.stages.analyse import Analysis
from storyline.stages.common import token_at

log = logging.getLogger(__name__)

PAST, FUTURE = "past", "future"


@dataclass(frozen=True)
class Reading:
    """What an expression means: TimeML type, value and modifier.

    ``shift`` marks an anaphoric expression ("two days later", "a year earlier") whose
    value is the last calendar value mentioned before it moved by (amount, unit); with
    the third item True it is anchored on the DCT instead ("a year ago"), unless the last
    value is a quarter or half ("profit rose from a year ago" after "the third quarter").
    """

    type: str
    value: str | None
    mod: str | None = None
    shift: tuple[int, str, bool] | None = None


@dataclass
class _Candidate:
    start: int
    end: int
    reading: Reading
    rule: str


def _alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of literal words, longest first (so "a few" beats "a")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _fmt_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day covered by a calendar value coarser than a day (else ``(None, None)``)."""
    if not value:
        return None, None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            last = calendar.monthrange(y, mo)[1]
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"
        if m := re.fullmatch(r"(\d{4})", value):
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            first = monday + dt.timedelta(days=5) if m[3] else monday
            return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, q = int(m[1]), int(m[2])
            last_month = q * 3
            last = calendar.monthrange(y, last_month)[1]
            return f"{y:04d}-{last_month - 2:02d}-01", f"{y:04d}-{last_month:02d}-{last:02d}"
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            return (f"{m[1]}-01-01", f"{m[1]}-06-30") if m[2] == "1" else (f"{m[1]}-07-01", f"{m[1]}-12-31")
        if m := re.fullmatch(r"(\d{3})", value):
            return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
        if m := re.fullmatch(r"(\d{2})", value):
            return f"{m[1]}00-01-01", f"{m[1]}99-12-31"
    except ValueError:
        return None, None
    return None, None


class TimeStage:
    """Finds DATE/TIME/DURATION/SET expressions and resolves their TimeML values."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        k = load_json("times.json")
        self.months: dict[str, int] = dict(k["months"])
        self.month_any: dict[str, int] = {**self.months, **k["month_abbreviations"]}
        self.need_context = set(k["months_needing_context"])
        self.weekdays: dict[str, int] = k["weekdays"]
        self.pods: dict[str, str] = k["parts_of_day"]
        self.seasons: dict[str, str] = k["seasons"]
        self.season_months: dict[str, list[int]] = k["season_months"]
        self.numbers: dict[str, float] = k["numbers"]
        self.vague_numbers: set[str] = set(k["vague_numbers"])
        self.ordinals: dict[str, int] = k["ordinals"]
        self.units: dict[str, str] = k["units"]
        self.clock_units = set(k["clock_units"])
        self.modifiers: dict[str, str] = k["modifiers"]
        self.position_mods: dict[str, str] = k["position_modifiers"]
        self.vague_refs: dict[str, str] = k["vague_refs"]
        self.vague_durations: dict[str, str] = k["vague_durations"]
        self.set_adverbs: dict[str, str] = k["set_adverbs"]
        self.future_verbs = set(k["future_verbs"])
        self.holidays: dict[str, str] = k["holidays"]
        self.weekday_holidays: dict[str, list[int]] = k["weekday_holidays"]
        self.easter_holidays: dict[str, int] = k["easter_holidays"]
        self.future_markers = re.compile(rf"\b(?:{_alt(k['future_markers'])})\s*$", re.I)
        self._compile(k)

    # --- grammar -----------------------------------------------------------------------------

    def _compile(self, k: dict) -> None:
        month_full = _alt(self.months)
        month_any = rf"(?:{_alt(self.months)}|(?:{_alt(k['month_abbreviations'])})\.?)"
        wd = _alt(self.weekdays)
        pod = _alt(self.pods)
        season = _alt(self.seasons)
        tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        small = "one|two|three|four|five|six|seven|eight|nine"
        word_num = rf"(?:(?:{small})\s+hundred|(?:{tens})(?:[\s-](?:{small}))?|{_alt(self.numbers)})"
        num = rf"(?:\d+(?: 1/2|,\d{{3}})*(?:\.\d+)?|{word_num}|{_alt(self.vague_numbers)})"
        unit = rf"(?:{_alt(u for u in self.units if u != 'century')}|century|centuries)"
        units = rf"(?:{unit}s?)"
        mods = _alt(self.modifiers)
        pos = r"(?:(?:early|late|mid)-?|earlier|later|the (?:beginning|start|end|middle) of)"
        pos_day = r"(?:early|late|mid-?)"
        holidays = _alt([*self.holidays, *self.weekday_holidays, *self.easter_holidays])
        ordinal = _alt(self.ordinals)
        zone = _alt(k["time_zones"])
        year = r"(?:1[5-9]\d\d|20\d\d)"
        i = "(?i:{})".format
        b = r"\b"
        rules: list[tuple[str, str, Callable[[re.Match[str], _Ctx], Reading | None]]] = [
            (
                "date_mdy",
                rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<mon>{month_any})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{b}"
                rf"(?:,?\s+(?P<year>{year}){b})?",
                self._date,
            ),
            (
                "date_dmy",
                rf"{b}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<mon>{month_any})(?:,?\s+(?P<year>{year}){b})?",
                self._date,
            ),
            ("date_iso", rf"{b}(?P<year>{year})-(?P<mon>\d\d)-(?P<day>\d\d){b}", self._date),
            (
                "date_slash",
                rf"{b}(?P<mon>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}}|\d\d){b}",
                self._date,
            ),
            (
                "month_year",
                rf"(?:{i(rf'(?P<pos>{pos})')}\s*)?{b}(?P<mon>{month_any}),?\s+(?:of\s+)?(?P<year>{year}){b}",
                self._date,
            ),
            (
                "month",
                rf"(?:{i(rf'(?P<pos>{pos})')}\s*)?"
                rf"(?:{i(r'(?P<rel>last|next|this|(?:earlier|later) this)')}\s+)?"
                rf"{b}(?P<mon>{month_full}){b}(?:\s+{i(r'(?P<yrel>last|next|this) year')}{b})?",
                self._month,
            ),
            (
                "season_year",
                i(
                    rf"(?:(?P<pos>{pos})\s*)?{b}(?:the\s+)?(?P<season>{season})\s+(?:of\s+)?(?P<year>{year}){b}"
                ),
                self._season_year,
            ),
            (
                "year",
                i(rf"(?:(?P<pos>{pos}|fiscal)\s*)?{b}(?P<year>{year}){b}(?!-|\s*(?:%|percent))"),
                self._year,
            ),
            (
                "decade",
                i(
                    rf"(?:the\s+)?(?:(?P<pos>{pos})\s*)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0|'(?P<dec2>\d)0)s{b}"
                ),
                self._decade,
            ),
            ("century", i(rf"{b}(?:the\s+)?(?P<ord>{ordinal})[\s-]+century{b}"), self._century),
            (
                "quarter",
                i(
                    rf"{b}(?:the\s+)?(?:(?P<yrel>this|last|next) year's\s+|(?P<year0>{year})\s+)?"
                    rf"(?:(?P<rel>last|latest|most recent|previous|current|next|same|"
                    rf"year-earlier|year-ago)\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]"
                    rf"(?P<what>quarter|half){b}(?:\s+of\s+(?:fiscal\s+)?(?P<year>{year}){b})?"
                ),
                self._quarter,
            ),
            (
                "year_period",
                i(
                    rf"{b}(?:the\s+)?(?:(?P<year>{year})|(?P<yrel>this|last|next) year's)\s+"
                    rf"(?:fiscal\s+)?(?:quarter|period){b}"
                ),
                self._year_period,
            ),
            (
                "weekday",
                rf"(?:{i(rf'(?P<pos>{pos_day})')}\s+)?(?:{i(r'(?P<rel>last|next|this|coming|past|previous)')}\s+)?"
                rf"{b}(?P<wd>{wd}){b}(?:\s+(?P<pod>{pod}){b})?",
                self._weekday,
            ),
            (
                "relday",
                i(
                    rf"(?:(?P<pos>{pos_day})\s+)?{b}(?P<word>today|tonight|yesterday|tomorrow|last night|"
                    rf"overnight|this (?P<pod0>{pod})|(?P<day>yesterday|tomorrow) (?P<pod>{pod})){b}"
                ),
                self._relday,
            ),
            (
                "anaphora",
                i(
                    rf"{b}(?:(?P<pos>earlier|later)\s+(?:in\s+)?)?(?:(?P<that>that(?:\s+same)?)|the\s+"
                    r"(?P<rel>following|previous|preceding|same|next(?=\s+day)))\s+"
                    rf"(?P<unit>day|week|month|year|quarter){b}"
                ),
                self._anaphora,
            ),
            (
                "period_end",
                i(
                    rf"{b}(?:(?P<approx>around|about)\s+)?(?:(?P<y>year[- ]end|year's\s+end)|"
                    rf"the\s+end\s+of\s+the\s+(?P<unit>year|month)){b}(?!-)"
                ),
                self._period_end,
            ),
            ("latest_period", i(rf"{b}the\s+(?:latest|most\s+recent)\s+period{b}"), self._latest_period),
            (
                "relperiod",
                i(
                    rf"(?:(?P<pos>{pos})\s+(?:in\s+)?)?{b}(?:(?P<the>the)\s+)?(?P<rel>last|next|this|past|coming|"
                    rf"previous|current)\s+(?P<unit>week|weekend|month|year|decade|century|quarter|{season}){b}"
                ),
                self._relperiod,
            ),
            ("weekend", i(rf"{b}the\s+weekend{b}"), self._weekend),
            (
                "the_quarter",
                i(
                    rf"{b}the\s+(?P<rel>latest\s+|most recent\s+|current\s+|same\s+|previous\s+)?"
                    rf"(?:fiscal\s+)?quarter{b}"
                ),
                self._the_quarter,
            ),
            (
                "holiday",
                rf"(?:{i(r'(?P<rel>last|next|this)')}\s+)?{b}(?P<name>{holidays})(?!\w)",
                self._holiday,
            ),
            (
                "year_ago_adj",
                i(
                    r"(?:the\s+(?:(?:comparable|same|corresponding)\s+)?(?=year-(?:earlier|ago)\s+"
                    r"(?:(?:first|second|third|fourth)\s+)?(?:quarter|period|half)\b))?"
                    r"year-(?:earlier|ago)(?:\s+(?:(?:first|second|third|fourth)\s+)?"
                    r"(?P<what>quarter|period|half|months?|weeks?)\b)?"
                ),
                self._year_ago_adj,
            ),
            (
                "spoken_year",
                i(
                    rf"{b}(?:the\s+year\s+)?(?P<cent>nineteen|eighteen)[\s-]+(?P<tens>{tens})"
                    rf"(?:[\s-](?P<unit>{small}))?{b}"
                    rf"|{b}the\s+year\s+two\s+thousand(?:\s+and\s+(?P<unit2>{small}))?{b}"
                ),
                self._spoken_year,
            ),
            (
                "ago",
                i(
                    rf"(?:(?P<mod>{mods})\s+)?{b}(?P<num>{num})\s+(?P<unit>{units})\s+(?P<dir>ago|earlier|later|"
                    rf"from now|hence|before(?=\s*[.,;:!?)\"”]|\s*$)|after(?=\s*[.,;:!?)\"”]|\s*$)){b}"
                ),
                self._ago,
            ),
            (
                "duration",
                i(
                    rf"(?:(?P<mod>{mods})\s+(?!the\b))?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|coming|first|final|"
                    rf"previous|following)\s+)?)?{b}(?P<num>{num})(?P<half0>\s+and\s+a\s+half)?[\s-]+"
                    rf"(?:(?P<more>more|additional|straight|consecutive)\s+)?"
                    rf"(?P<unit>{units})(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?{b}"
                ),
                self._duration,
            ),
            (
                "past_units",
                i(
                    rf"{b}(?:the\s+)?(?P<rel>past|last|next|coming)\s+(?P<unit>{units}|"
                    rf"(?:few|several|many)\s+{units}){b}"
                ),
                self._past_units,
            ),
            (
                "plural_units",
                i(
                    rf"{b}(?:(?P<recent>recent|coming)\s+)?(?P<unit>(?:second|minute|hour|day|week|month|year|"
                    rf"decade)s|centuries)(?P<long>-long)?{b}"
                ),
                self._plural_units,
            ),
            (
                "set",
                i(
                    rf"{b}(?:every|each|per)\s+(?:(?P<num>{num}|other)\s+)?(?P<unit>{units}|{wd}|{month_full})"
                    rf"(?:\s+(?P<pod>{pod}))?{b}"
                ),
                self._set,
            ),
            ("set_adverb", i(rf"{b}(?P<word>{_alt(self.set_adverbs)}){b}"), self._set_adverb),
            (
                "clock",
                i(
                    rf"(?:(?P<mod>about|around|approximately|roughly|shortly after|just after|"
                    rf"just before)\s+)?"
                    rf"{b}(?:(?P<h>\d{{1,2}})(?::(?P<m>\d\d))?\s*(?P<ampm>[ap]\.m\.|[ap]\.?m{b}\.?)"
                    rf"|(?P<h2>\d{{1,2}}):(?P<m2>\d\d)(?=\s*(?:{zone}|hrs{b}|h{b}|o'clock))"
                    rf"|(?P<noon>noon|midnight|midday){b})"
                    rf"(?:\s*\(?(?P<zone>{zone})\)?{b})?"
                )
                + rf"(?:\s+(?P<wd>{wd}|today|yesterday|tomorrow){b})?",
                self._clock,
            ),
            ("vague", i(rf"{b}(?P<word>{_alt(self.vague_refs)}){b}"), self._vague),
            ("vague_duration", i(rf"{b}(?P<word>{_alt(self.vague_durations)}){b}"), self._vague_duration),
        ]
        # every rule but the decade one ("'90s") starts on a word: a leading \b lets the
        # engine skip positions inside words before trying the long alternations
        self.rules = [
            (name, re.compile(rx if name == "decade" else r"\b" + rx), fn) for name, rx, fn in rules
        ]
        self.unit_trigger = re.compile(
            r"(?i)\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)"
        )
        self.age_after = re.compile(r"^(?:-| )?(?:old\b|of age\b|-old\b)", re.I)
        self.age_before = re.compile(r"\b(?:aged|age|ages)\s*$", re.I)

    # --- running -----------------------------------------------------------------------------

    def __call__(self, an: Analysis) -> list[Time]:
        """Every temporal expression of the article, in text order, with resolved values."""
        text = an.text
        ctx = _Ctx(self, an, text, an.published)
        found: list[_Candidate] = []
        unit_hits = [m.start() for m in self.unit_trigger.finditer(text)]
        for name, rx, fn in self.rules:
            for m in self._matches(name, rx, text, unit_hits):
                reading = self._read(fn, m, ctx, text)
                if reading is not None:
                    found.append(_Candidate(m.start(), m.end(), reading, name))
        found.extend(self._from_entities(an.doc, ctx, found))
        chosen = _longest_first(found)
        return self._finish(chosen, ctx, text)

    def _matches(
        self, name: str, rx: re.Pattern[str], text: str, unit_hits: list[int]
    ) -> list[re.Match[str]]:
        """Matches of one rule; the costly unit rules only look in windows around unit words."""
        if name not in _UNIT_RULES:
            return [m for m in rx.finditer(text) if m.end() > m.start()]
        seen: dict[int, re.Match[str]] = {}
        for hit in unit_hits:
            for m in rx.finditer(text, max(0, hit - 60), min(len(text), hit + 40)):
                if m.start() <= hit < m.end() and m.start() not in seen:
                    seen[m.start()] = m
        return list(seen.values())

    def _read(
        self, fn: Callable[[re.Match[str], _Ctx], Reading | None], m: re.Match[str], ctx: _Ctx, text: str
    ) -> Reading | None:
        before = text[max(0, m.start() - 8) : m.start()]
        if self.age_after.match(text[m.end() : m.end() + 8]) or self.age_before.search(before):
            return None
        try:
            return fn(m, ctx)
        except (ValueError, OverflowError, KeyError) as err:
            log.debug("cannot read time %r: %s", m.group(0), err)
            return None

    def _from_entities(self, doc: Doc, ctx: _Ctx, found: list[_Candidate]) -> list[_Candidate]:
        """spaCy DATE/TIME entities the grammar missed, read by the grammar after trimming."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            toks = list(ent)
            while toks and (toks[0].lower_ in _LEADING_DROP or toks[0].is_punct):
                toks = toks[1:]
            while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s")):
                toks = toks[:-1]
            if not toks:
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if any(c.start <= start and end <= c.end for c in found):
                continue
            span = ctx.text[start:end]
            for name, rx, fn in self.rules:
                m = rx.fullmatch(ctx.text, start, end)
                if m is None:
                    continue
                reading = self._read(fn, m, ctx, ctx.text)
                if reading is not None:
                    out.append(_Candidate(start, end, reading, "spacy:" + name))
                    break
            else:
                log.debug("spaCy %s entity not read: %r", ent.label_, span)
        return out

    def _finish(self, chosen: list[_Candidate], ctx: _Ctx, text: str) -> list[Time]:
        """Anchor anaphoric values and clock times, then build the record items."""
        out: list[Time] = []
        ref: str | None = ctx.dct.isoformat() if ctx.dct else None
        for i, c in enumerate(chosen):
            r = c.reading
            if r.shift is not None:
                amount, unit, from_dct = r.shift
                anchor = ref
                if from_dct and not (unit == "year" and ref and re.fullmatch(r"\d{4}-[QH]\d", ref)):
                    anchor = ctx.dct.isoformat() if ctx.dct else None
                r = replace(r, value=_shift(anchor, amount, unit), shift=None)
            if r.value and r.value.endswith("Q?"):
                r = replace(r, value=self._quarter_in_discussion(r.value, ref, ctx))
            if r.type == "TIME" and r.value and r.value.startswith("T"):
                r = replace(r, value=self._anchor_clock(r.value, chosen, i, ctx, text))
            if r.type == "DATE" and r.value and re.match(r"\d{4}", r.value) and c.rule not in _NOT_REF:
                ref = r.value
            earliest, latest = bounds(r.value) if r.type in ("DATE", "SET") else (None, None)
            if r.value == "PAST_REF" and ctx.dct:
                latest = ctx.dct.isoformat()
            elif r.value == "FUTURE_REF" and ctx.dct:
                earliest = ctx.dct.isoformat()
            out.append(
                Time(c.start, c.end, text[c.start : c.end], r.type, r.value, r.mod, earliest, latest)  # type: ignore[arg-type]
            )
        return out

    @staticmethod
    def _quarter_in_discussion(value: str, ref: str | None, ctx: _Ctx) -> str:
        """ "the quarter" is the last quarter named; failing that, the last one reported (the
        one before the DCT's). "the 1988 quarter" keeps its year and takes that quarter number."""
        named = re.fullmatch(r"(\d{4})-Q([1-4])", ref or "")
        if named is None and ctx.dct is not None:
            q = (ctx.dct.month - 1) // 3 - 1
            named = re.fullmatch(r"(\d{4})-Q([1-4])", f"{ctx.dct.year + q // 4:04d}-Q{q % 4 + 1}")
        if named is None:
            return value.replace("Q?", "QX") if value != "Q?" else "XXXX-QX"
        return f"{named[1]}-Q{named[2]}" if value == "Q?" else f"{value[:4]}-Q{named[2]}"

    def _anchor_clock(self, clock: str, chosen: list[_Candidate], i: int, ctx: _Ctx, text: str) -> str:
        """A bare clock time takes the day of an adjacent date ("12:56 UTC on Saturday"), else the DCT."""
        near = []
        if i + 1 < len(chosen):
            gap = text[chosen[i].end : chosen[i + 1].start]
            if re.fullmatch(r"\s*(?:on|,)?\s*", gap, re.I):
                near.append(chosen[i + 1])
        if i > 0:
            gap = text[chosen[i - 1].end : chosen[i].start]
            if re.fullmatch(r"\s*(?:,|at|,\s*at|around|about)?\s*", gap, re.I):
                near.append(chosen[i - 1])
        day = re.compile(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)|XXXX-WXX-\d")
        for c in near:
            v = c.reading.value or ""
            if c.reading.type == "DATE" and day.fullmatch(v):
                return v + clock
        # else the last day named earlier in the same paragraph ("On Friday ... at 10:35 a.m.")
        for c in reversed(chosen[:i]):
            if "\n\n" in text[c.end : chosen[i].start]:
                break
            v = c.reading.value or ""
            if c.reading.type == "DATE" and day.fullmatch(v):
                return v + clock
        return (ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX") + clock

    # --- readings ------------------------------------------------------------------------------

    def _mod(self, text: str | None) -> str | None:
        if not text:
            return None
        t = text.lower().strip().rstrip("-")
        return self.position_mods.get(t) or self.modifiers.get(t) or self.position_mods.get(t.rstrip("-"))

    def _number(self, text: str) -> int | float | None:
        """A number from digits or words; None for vague quantities ("several")."""
        t = text.lower().replace(",", "").strip()
        if t.endswith(" 1/2") and t[:-4].isdigit():
            return int(t[:-4]) + 0.5
        if t in self.vague_numbers:
            return None
        if t in self.numbers:
            return self.numbers[t]
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            return float(t) if "." in t else int(t)
        parts = re.split(r"[\s-]+", t)
        if all(p in self.numbers for p in parts):
            value: float = 0
            for p in parts:  # "twenty five", "two hundred"
                n = self.numbers[p]
                value = (value or 1) * n if n == 100 else value + n
            return int(value) if float(value).is_integer() else value
        raise ValueError(f"not a number: {text}")

    def _month_num(self, name: str) -> int:
        return self.month_any[name.rstrip(".")]

    def _date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        g = m.groupdict()
        mon = int(g["mon"]) if g["mon"].isdigit() else self._month_num(g["mon"])
        day = int(g["day"]) if g.get("day") else None
        year = int(g["year"]) if g.get("year") else None
        if year is not None and year < 100:
            year += 2000 if year < 50 else 1900
        mod = self._mod(g.get("pos"))
        if day is None:
            if year is None:
                return None
            dt.date(year, mon, 1)
            return Reading("DATE", f"{year:04d}-{mon:02d}", mod)
        if year is None:
            if ctx.dct is None:
                return Reading("DATE", f"XXXX-{mon:02d}-{day:02d}")
            direction = ctx.tense(m.start())
            year = ctx.dct.year
            candidate = dt.date(year, mon, day) if (mon, day) != (2, 29) else dt.date(year, 3, 1)
            if direction == FUTURE and candidate < ctx.dct - dt.timedelta(days=60):
                year += 1
            elif direction == PAST and candidate > ctx.dct + dt.timedelta(days=60):
                year -= 1
            elif direction is None:  # no tense to go by: the nearest such day
                year += _nearest((candidate - ctx.dct).days, 366)
        dt.date(year, mon, day)
        return Reading("DATE", f"{year:04d}-{mon:02d}-{day:02d}", mod)

    def _month(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        name, rel = m["mon"], (m["rel"] or "").lower()
        if name in self.need_context and not rel and not m["pos"]:
            before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
            tok = token_at(ctx.doc, m.start("mon"))
            spacy_date = tok is not None and tok.ent_type_ == "DATE"
            if not spacy_date and not re.search(
                r"\b(?:in|since|until|till|by|from|through|during|before|after|of|early|late|mid)\s*-?$",
                before,
            ):
                return None
        mon = self.months[name]
        mod = self._mod(m["pos"])
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-{mon:02d}", mod)
        year = ctx.dct.year
        if m["yrel"]:
            year += {"last": -1, "next": 1}.get(m["yrel"].split()[0].lower(), 0)
        elif rel == "last":
            year -= 1 if mon >= ctx.dct.month else 0
        elif rel == "next":
            year += 1 if mon <= ctx.dct.month else 0
        elif rel.endswith("this"):
            pass
        else:
            direction = ctx.tense(m.start())
            if direction == FUTURE and mon < ctx.dct.month:
                year += 1
            elif direction == PAST and mon > ctx.dct.month:
                year -= 1
            elif direction is None:  # no tense to go by: the nearest such month
                year += _nearest(mon - ctx.dct.month, 12)
        return Reading("DATE", f"{year:04d}-{mon:02d}", mod)

    def _season_year(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        return Reading("DATE", f"{m['year']}-{self.seasons[m['season'].lower()]}", self._mod(m["pos"]))

    def _year(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        pos = (m["pos"] or "").lower()
        if not pos:
            tok = token_at(ctx.doc, m.start("year"))
            before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
            is_date = tok is not None and tok.ent_type_ in ("DATE", "TIME")
            preposition = re.search(
                r"\b(?:in|since|until|till|by|from|through|during|before|after|of|to|and|"
                r"year|between|circa)\s*$",
                before,
            )
            if not (is_date or preposition) or (
                tok is not None and tok.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY")
            ):
                return None
        mod = None if pos == "fiscal" else self._mod(pos)
        return Reading("DATE", m["year"], mod)

    def _decade(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        mod = self._mod(m["pos"])
        if m["cent"]:
            return Reading("DATE", f"{m['cent']}{m['dec']}", mod)
        dec = int(m["dec2"])
        cent = "20" if ctx.dct is not None and dec * 10 + 2000 <= ctx.dct.year and dec < 3 else "19"
        return Reading("DATE", f"{cent}{dec}", mod)

    def _century(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        n = self.ordinals[m["ord"].lower()]
        return Reading("DATE", f"{n - 1:02d}")

    def _quarter(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        n = self.ordinals[m["ord"].lower()]
        half = m["what"].lower() == "half"
        if half and n > 2:
            raise ValueError("no third half")
        letter = "H" if half else "Q"
        if m["year"] or m["year0"]:
            return Reading("DATE", f"{m['year'] or m['year0']}-{letter}{n}")
        if m["yrel"] and ctx.dct is not None:
            k = {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
            return Reading("DATE", f"{ctx.dct.year + k}-{letter}{n}")
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-{letter}{n}")
        year = ctx.dct.year
        rel = (m["rel"] or "").lower()
        current = (ctx.dct.month - 1) // 3 + 1 if letter == "Q" else (ctx.dct.month - 1) // 6 + 1
        if rel in ("year-earlier", "year-ago"):
            year -= 1
        elif n > current and ctx.tense(m.start()) == PAST:
            year -= 1  # "profit rose in the third quarter" read in January
        return Reading("DATE", f"{year}-{letter}{n}")

    def _anaphora(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "that year", "the following day", "earlier that day": the last date named, moved."""
        rel = (m["rel"] or "").lower()
        k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(rel, 0)
        unit = m["unit"].lower()
        if rel == "same" and unit != "day":
            return None  # "the same quarter" is read by the quarter rules
        return Reading("DATE", None, self._mod(m["pos"]), shift=(k, "at-" + unit, False))

    def _period_end(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "year-end", "the end of the month": the current year or month, its end."""
        mod = "APPROX" if m["approx"] else "END"
        month = (m["unit"] or "").lower() == "month"
        if ctx.dct is None:
            return Reading("DATE", "XXXX-XX" if month else "XXXX", mod)
        value = f"{ctx.dct.year:04d}-{ctx.dct.month:02d}" if month else f"{ctx.dct.year:04d}"
        return Reading("DATE", value, mod)

    def _latest_period(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        return Reading("DATE", "Q?")  # the reporting period under discussion: see _finish

    def _year_period(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "the 1988 quarter", "last year's period": that year, the quarter under discussion."""
        if m["year"]:
            year = int(m["year"])
        elif ctx.dct is not None:
            year = ctx.dct.year + {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
        else:
            return Reading("DATE", "XXXX-QX")
        return Reading("DATE", f"{year:04d}-Q?")

    def _weekday(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        wd = self.weekdays[m["wd"]]
        rel = (m["rel"] or "").lower()
        pod = self.pods[m["pod"].lower()] if m["pod"] else ""
        typ = "TIME" if pod else "DATE"
        mod = self._mod(m["pos"])
        if ctx.dct is None:
            return Reading(typ, f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), mod)
        today = ctx.dct.isoweekday()
        if rel in ("last", "past", "previous"):
            delta = -(((today - wd) % 7) or 7)
        elif rel in ("next", "coming"):
            delta = ((wd - today) % 7) or 7
        elif rel == "this":
            delta = (wd - today) % 7 if ctx.tense(m.start()) == FUTURE else -((today - wd) % 7)
        elif ctx.tense(m.start()) == FUTURE:
            delta = (wd - today) % 7
        else:
            delta = -((today - wd) % 7)
        day = ctx.dct + dt.timedelta(days=delta)
        return Reading(typ, day.isoformat() + (f"T{pod}" if pod else ""), mod)

    def _relday(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        word = m["word"].lower()
        mod = self._mod(m["pos"])
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(
            m["day"].lower() if m["day"] else word, 0
        )
        pod = ""
        if m["pod"] or m["pod0"]:
            pod = self.pods[(m["pod"] or m["pod0"]).lower()]
        elif word in ("tonight", "last night", "overnight"):
            pod = "NI"
        if word == "overnight":
            return Reading("TIME", ((ctx.dct.isoformat()) if ctx.dct else "XXXX-XX-XX") + "TNI", mod)
        typ = "TIME" if pod else "DATE"
        if ctx.dct is None:
            return Reading(typ, "XXXX-XX-XX" + (f"T{pod}" if pod else ""), mod)
        day = ctx.dct + dt.timedelta(days=offset)
        return Reading(typ, day.isoformat() + (f"T{pod}" if pod else ""), mod)

    def _relperiod(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        mod = self._mod(m["pos"])
        code = self.units.get(unit)
        if m["the"] and rel in ("past", "last", "next", "coming") and code and unit != "weekend":
            return Reading("DURATION", f"P1{code}", mod)
        if rel == "past" and code:
            return Reading("DURATION", f"P1{code}", mod)
        k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit in self.seasons:
            return self._season(self.seasons[unit], k, ctx, mod)
        if ctx.dct is None:
            shape = {
                "week": "XXXX-WXX",
                "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX",
                "year": "XXXX",
                "decade": "XXX",
                "century": "XX",
                "quarter": "XXXX-QX",
            }[unit]
            return Reading("DATE", shape, mod)
        d = ctx.dct
        if unit in ("week", "weekend"):
            value = _fmt_week(d + dt.timedelta(weeks=k)) + ("-WE" if unit == "weekend" else "")
        elif unit == "month":
            y, mo = _add_months(d.year, d.month, k)
            value = f"{y:04d}-{mo:02d}"
        elif unit == "year":
            value = f"{d.year + k:04d}"
        elif unit == "decade":
            value = f"{d.year // 10 + k:03d}"
        elif unit == "century":
            value = f"{d.year // 100 + k:02d}"
        elif unit == "quarter":
            q = (d.month - 1) // 3 + k
            value = f"{d.year + q // 4:04d}-Q{q % 4 + 1}"
        else:
            return None
        return Reading("DATE", value, mod)

    def _season(self, season: str, k: int, ctx: _Ctx, mod: str | None) -> Reading:
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-{season}", mod)
        first, last = self.season_months[season]
        year, month = ctx.dct.year, ctx.dct.month
        if k > 0:
            year += 0 if first > month else 1
        elif k < 0:
            wraps = first > last
            year -= 0 if (last < month and not wraps) else 1
        return Reading("DATE", f"{year:04d}-{season}", mod)

    def _the_quarter(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        if ctx.dct is None:
            return Reading("DATE", "XXXX-QX")
        rel = (m["rel"] or "").strip().lower()
        if rel in ("", "same"):
            return Reading("DATE", "Q?")  # the quarter under discussion: see _finish
        q = (ctx.dct.month - 1) // 3 - (0 if rel == "current" else 1)
        return Reading("DATE", f"{ctx.dct.year + q // 4:04d}-Q{q % 4 + 1}")

    def _holiday(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        name = m["name"]
        if ctx.dct is None:
            if name in self.holidays:
                return Reading("DATE", "XXXX-" + self.holidays[name])
            return Reading("DATE", "XXXX-XX-XX")
        rel = (m["rel"] or "").lower()
        direction = {"last": PAST, "next": FUTURE}.get(rel) or ctx.tense(m.start())
        days = [self._holiday_date(name, ctx.dct.year + k) for k in (-1, 0, 1)]
        if rel == "this":
            day = days[1]
        elif direction == FUTURE:
            day = next(d for d in days if d >= ctx.dct)
        elif direction == PAST:
            day = [d for d in days if d <= ctx.dct][-1]
        else:  # no tense to go by: the nearest one, the past one on a tie
            day = min(days, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct))
        if rel in ("last", "next") and day == ctx.dct:
            day = days[0] if rel == "last" else days[2]
        return Reading("DATE", day.isoformat())

    def _holiday_date(self, name: str, year: int) -> dt.date:
        """The day a named holiday falls on in ``year`` (fixed, n-th weekday, or from Easter)."""
        if name in self.holidays:
            mon, day = (int(x) for x in self.holidays[name].split("-"))
            return dt.date(year, mon, day)
        if name in self.weekday_holidays:
            mon, wd, n = self.weekday_holidays[name]
            if n > 0:
                first = dt.date(year, mon, 1)
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            last = dt.date(year, mon, calendar.monthrange(year, mon)[1])
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
        return _easter(year) + dt.timedelta(days=self.easter_holidays[name])

    def _weekend(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        if ctx.dct is None:
            return Reading("DATE", "XXXX-WXX-WE")
        d = ctx.dct
        if d.isoweekday() < 6 and ctx.tense(m.start()) != FUTURE:
            d -= dt.timedelta(weeks=1)
        return Reading("DATE", _fmt_week(d) + "-WE")

    def _year_ago_adj(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "the year-earlier quarter", "year-ago profit": the last date mentioned, a year back."""
        if (m["what"] or "").lower().startswith(("month", "week")) or re.match(
            r"\s+(?:[\w-]+\s+)?(?:months|weeks|days)\b", ctx.text[m.end() : m.end() + 30]
        ):
            return None  # "the year-earlier nine months" is a period of its own
        what = (m["what"] or "").lower()
        return Reading("DATE", None, shift=(-1, "year-quarter" if what else "year", False))

    def _spoken_year(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """Years said in words, as broadcast transcripts write them ("nineteen ninety-six")."""
        if m["tens"]:
            century = 1900 if m["cent"].lower() == "nineteen" else 1800
            value = century + int(self._number(m["tens"]) or 0)
            value += int(self._number(m["unit"]) or 0) if m["unit"] else 0
        else:
            value = 2000 + (int(self._number(m["unit2"]) or 0) if m["unit2"] else 0)
        return Reading("DATE", f"{value:04d}")

    def _ago(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        n = self._number(m["num"])
        unit = m["unit"].lower().removesuffix("s")
        unit = "century" if unit in ("centurie", "century") else unit
        direction = m["dir"].lower()
        sign = 1 if direction in ("later", "from now", "hence", "after") else -1
        mod = self.modifiers.get((m["mod"] or "").lower())
        if n is None or isinstance(n, float):
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Reading("DATE", value, mod)
        if direction in ("ago", "from now", "hence"):
            if ctx.dct is None:
                return Reading("DATE", _unanchored(unit), mod)
            return Reading("DATE", None, mod, shift=(sign * n, unit, True))
        return Reading("DATE", None, mod, shift=(sign * n, unit, False))

    def _duration(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        num = m["num"].lower()
        unit = m["unit"].lower()
        singular = unit.removesuffix("s") if unit != "centuries" else "century"
        if num in ("a", "an") and unit.endswith("s"):
            return None
        if num in ("a", "an", "one") and unit == "second" and not m["mod"]:
            return None  # "a second time" is an ordinal
        after = ctx.text[m.end() : m.end() + 30]
        if (
            singular == "quarter"
            and re.match(r"\s+of\b", after)
            and not _OF_YEAR.match(after)
            and num not in self.vague_numbers
        ):
            return None  # "three-quarters of its food" is a fraction
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if num in ("a", "an") and not m["mod"] and _RATE.search(before):
            return Reading("SET", self._period(1, singular))  # "twice a year", "$500 million a year"
        n = self._number(num)
        if n is not None and not m["long"] and n == 1 and unit.endswith("s") and unit != "centuries":
            return None
        hyphen = "-" in m.group(0)[m.end("num") - m.start() : m.start("unit") - m.start()]
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", num) and not unit.endswith("s") and not hyphen:
            return None  # "the 1988 quarter" is a date, not 1988 quarters
        mod = self.modifiers.get((m["mod"] or "").lower())
        if num.startswith("a couple") and mod is None:
            mod = "APPROX"
        if (m["half"] or m["half0"]) and n is not None:
            n = n + 0.5
        return Reading("DURATION", self._period(n, singular), mod)

    def _period(self, n: int | float | None, unit: str) -> str:
        code = self.units[unit]
        t = "T" if unit in self.clock_units else ""
        if n is None:
            return f"P{t}X{code}"
        if isinstance(n, float) and not n.is_integer():
            whole = int(n)
            half = _HALF.get(unit) if n - whole == 0.5 else None
            if half is None:
                return f"P{t}{n:g}{code}"
            if unit == "decade":
                return f"P{whole * 10 + 5}Y"
            lead = f"{t}{whole}{code}" if whole else t
            return f"P{lead}{half}" if not (t and half.startswith("T")) else f"P{lead}{half[1:]}"
        n = int(n)
        if code == "2W":
            return f"P{2 * n}W"
        return f"P{t}{n}{code}"

    def _past_units(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        unit = m["unit"].lower()
        mod = None
        parts = unit.split()
        if len(parts) == 2:
            singular = parts[1].removesuffix("s") if parts[1] != "centuries" else "century"
            return Reading("DURATION", self._period(None, singular), mod)
        if not m.group(0).lower().startswith("the"):
            return None  # "last year" is a date, read by relperiod
        if unit.endswith("s"):  # "the coming days"
            singular = "century" if unit == "centuries" else unit.removesuffix("s")
            return Reading("DURATION", self._period(None, singular), mod) if singular in self.units else None
        return Reading("DURATION", self._period(1, unit), mod)

    def _plural_units(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        unit = m["unit"].lower()
        singular = "century" if unit == "centuries" else unit.removesuffix("s")
        if m["recent"]:
            return Reading("DATE", "PAST_REF" if m["recent"].lower() == "recent" else "FUTURE_REF")
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        after = ctx.text[m.end() : m.end() + 8].lower()
        if (
            m["long"]
            or re.search(r"\b(?:for|over)\s+$", before)
            or re.match(r"\s+(?:ago|of\b|on end)", after)
        ):
            return Reading("DURATION", self._period(None, singular))
        return None

    def _set(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        unit = m["unit"]
        pod = f"T{self.pods[m['pod'].lower()]}" if m["pod"] else ""
        if unit in self.weekdays:
            return Reading("SET", f"XXXX-WXX-{self.weekdays[unit]}{pod}")
        if unit in self.months:
            return Reading("SET", f"XXXX-{self.months[unit]:02d}")
        low = unit.lower()
        if low not in self.units and not low.endswith("s"):
            return None
        singular = "century" if low == "centuries" else (low if low in self.units else low.removesuffix("s"))
        if singular not in self.units:
            return None
        num = (m["num"] or "").lower()
        n: int | float | None = 2 if num == "other" else (self._number(num) if num else 1)
        return Reading("SET", self._period(n, singular))

    def _set_adverb(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        return Reading("SET", self.set_adverbs[m["word"].lower()])

    def _clock(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        if m["noon"]:
            h, mi = (0, 0) if m["noon"].lower() == "midnight" else (12, 0)
        elif m["h2"]:
            h, mi = int(m["h2"]), int(m["m2"])
        else:
            h, mi = int(m["h"]), int(m["m"] or 0)
            ampm = m["ampm"].lower()[0]
            if h > 12 or h == 0:
                return None
            h = (h % 12) + (12 if ampm == "p" else 0)
        if h > 23 or mi > 59:
            return None
        clock = f"T{h:02d}:{mi:02d}"
        mod = {
            "about": "APPROX",
            "around": "APPROX",
            "approximately": "APPROX",
            "roughly": "APPROX",
            "shortly after": "AFTER",
            "just after": "AFTER",
            "just before": "BEFORE",
        }.get((m["mod"] or "").lower())
        day = (m["wd"] or "").lower()
        if day and ctx.dct is not None:
            if day in ("today", "yesterday", "tomorrow"):
                d = ctx.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[day])
            else:
                wd, today = self.weekdays[m["wd"]], ctx.dct.isoweekday()
                forward = ctx.tense(m.start()) == FUTURE
                d = ctx.dct + dt.timedelta(days=(wd - today) % 7 if forward else -((today - wd) % 7))
            return Reading("TIME", d.isoformat() + clock, mod)
        if day:
            wd_value = f"XXXX-WXX-{self.weekdays[m['wd']]}" if m["wd"] in self.weekdays else "XXXX-XX-XX"
            return Reading("TIME", wd_value + clock, mod)
        return Reading("TIME", clock, mod)

    def _vague(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        word = m["word"].lower()
        value = self.vague_refs.get(word)
        if value is None:
            return None
        if word.startswith("in the "):
            return None  # TimeML leaves the preposition out: "the past", "the future" are read alone
        if word == "current":
            nxt = ctx.text[m.end() : m.end() + 12].lower()
            if not re.match(
                r"\s+(?:year|month|week|quarter|period|season|term|decade)\b", nxt
            ) and not re.match(r"\s+\w", nxt):
                return None
        return Reading("DATE", value)

    def _vague_duration(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        return Reading("DURATION", self.vague_durations[m["word"].lower()])


class _Ctx:
    """What readings need beyond the match: the doc, the DCT and the tense around a span."""

    def __init__(self, stage: TimeStage, an: Analysis, text: str, dct: dt.date | None) -> None:
        self.stage = stage
        self.an = an
        self.doc = an.doc
        self.text = text  # Doc.text is rebuilt on every access: read the article's own string
        self.dct = dct

    def tense(self, char: int) -> str | None:
        """``future`` when the verb governing the expression looks forward, ``past`` when back."""
        before = self.text[max(0, char - 16) : char]
        if self.stage.future_markers.search(before):
            return FUTURE
        tok = token_at(self.doc, char)
        if tok is None:
            return None
        tense = self._governing_tense(tok)
        if _DEADLINE.search(before):  # "extended the loans through January": a limit ahead of the verb
            return None if tense == PAST else FUTURE
        return tense

    def _governing_tense(self, tok: Token) -> str | None:
        verb: Token | None = tok
        for _ in range(6):
            if verb is None or verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head if verb.head is not verb else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            verb = self.an.sentence_of(tok).root
        return self._verb_tense(verb, 0)

    def _verb_tense(self, v: Token, depth: int) -> str | None:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if "could" in words and any(c.dep_ == "neg" for c in v.children):
            return PAST  # "could not be reached Wednesday" reports a failed attempt
        if words & _FUTURE_AUX:
            return FUTURE
        plan = self._plan(v, auxes)
        if plan is None and v.dep_ == "xcomp":
            plan = self._plan(v.head, None)
        if plan is not None:
            return plan or None
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP"):
            return FUTURE  # "is to resume trading Tuesday"
        if v.tag_ == "VBG" and v.lemma_ == "go" and any(c.dep_ == "xcomp" for c in v.children):
            return FUTURE
        if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            if depth < 4 and self._backshifted(v):
                return FUTURE  # "would wait to see whether it opened on Wednesday"
            return PAST
        if v.tag_ == "VBN" and (words & {"has", "have", "had", "'s", "'ve"} or not words):
            return PAST
        if v.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
            return FUTURE
        if depth < 3 and v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
            return self._verb_tense(v.head, depth + 1)
        return None

    def _plan(self, v: Token, auxes: list[Token] | None) -> str | bool | None:
        """A plan verb ("is scheduled", "expects to") looks forward unless it is itself past.

        Returns FUTURE, False for a past plan ("was planned for Saturday", "a record set on
        Aug. 6": no direction) or None when ``v`` is not a plan verb.
        """
        if v.lemma_ not in self.stage.future_verbs:
            return None
        if auxes is None:
            auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        xcomp = any(c.dep_ == "xcomp" for c in v.children)
        if v.tag_ == "VBN" and not auxes:
            # "the talks, set to resume Monday": forward; "a record set on Aug. 6": past
            return FUTURE if xcomp else None
        if any(a.tag_ == "VBD" for a in auxes) or v.tag_ == "VBD":
            return False if xcomp else None  # "was expected to meet Friday": no direction
        return FUTURE

    def _backshifted(self, v: Token) -> bool:
        """A past verb in a "whether/if/until" clause under a future verb: future-in-the-past."""
        if v.dep_ not in ("ccomp", "advcl") or not any(
            c.dep_ == "mark" and c.lower_ in _BACKSHIFT_MARKS for c in v.children
        ):
            return False
        head = v.head
        for _ in range(3):
            if head.pos_ not in ("VERB", "AUX"):
                return False
            if {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} & _FUTURE_AUX:
                return True
            if head.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or head.head is head:
                return False
            head = head.head
        return False


_OF_YEAR = re.compile(r"\s+of\s+(?:fiscal\s+)?(?:\d{4}|(?:the|this|last|next)\s+(?:fiscal\s+)?year)\b")
# what comes before "a year" when it is a rate (a SET): "twice", "$1.76", "700 seats", "24 hours"
_RATE = re.compile(
    r"(?i)(?:\b(?:once|twice|thrice|times)|\d%?|\b(?:million|billion|trillion|percent|cents?|dollars?)|"
    r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundreds?|thousands?))"
    r"\s+[a-z]+s)\s+$"
)
_DEADLINE = re.compile(r"(?i)\b(?:until|till|through|effective|due)\s+$")
_BACKSHIFT_MARKS = {"whether", "if", "until", "till", "before", "once", "when"}


_FUTURE_AUX = {
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo",
    "would",
    "'d",
    "might",
    "may",
    "could",
    "should",
    "can",
    "must",
}
_UNIT_RULES = {"ago", "duration"}
# "and a half" / "1/2" of a unit, in the next smaller units (ISO 8601 allows no fractions in TimeML values)
_HALF: dict[str, str] = {
    "year": "6M",
    "month": "15D",
    "week": "3DT12H",
    "day": "T12H",
    "hour": "T30M",
    "minute": "T30S",
    "decade": "5Y",
}
_LEADING_DROP = {
    "on",
    "in",
    "at",
    "since",
    "during",
    "for",
    "by",
    "until",
    "till",
    "from",
    "of",
    "to",
    "through",
}
_NOT_REF = {"ago", "vague", "plural_units", "past_units", "year_ago_adj", "year_period", "period_end"}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lm = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * lm) // 433
    month = (h + lm - 7 * mm + 90) // 25
    return dt.date(year, month, (h + lm - 7 * mm + 33 * month + 19) % 32)


def _nearest(ahead: int, cycle: int) -> int:
    """Years to add so that a date ``ahead`` units after the DCT (in this year) is the nearest one.

    Ties and half-cycles go to the past, as news mostly reports what happened.
    """
    if ahead * 2 >= cycle:
        return -1
    if -ahead * 2 > cycle:
        return 1
    return 0


def _unanchored(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(
        unit, "XXXX"
    )


def _shift(ref: str | None, amount: int, unit: str) -> str | None:
    """``ref`` (a calendar value) moved by ``amount`` units, at the granularity the unit and ref allow."""
    if ref is None:
        return _unanchored(unit)
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", ref)
    q = re.match(r"(\d{4})-([QH])(\d)", ref)
    if m is None:
        return _unanchored(unit)
    year = int(m[1])
    if unit.startswith("at-"):  # the ref itself at the unit's granularity, moved
        unit = unit[3:]
        if unit == "year":
            return f"{year + amount:04d}"
        if unit == "quarter" and not (q and q[2] == "Q") and not m[2]:
            return f"{year:04d}-QX"
        if unit in ("day", "week") and not m[3]:
            return f"{m[0]}-XX" if unit == "day" and m[2] else _unanchored(unit)
        if unit == "month" and not m[2]:
            return f"{year:04d}-XX"
    if unit == "year-quarter":  # "the year-ago quarter" after "the quarter ended Sept. 30"
        if q or not m[2]:
            unit = "year"
        else:
            return f"{year + amount}-Q{(int(m[2]) - 1) // 3 + 1}"
    if unit == "year":
        if q:
            return f"{year + amount}-{q[2]}{q[3]}"
        if m[2] and not m[3]:
            return f"{year + amount}-{m[2]}"
        return f"{year + amount:04d}"
    if unit in ("decade", "century"):
        step = 10 if unit == "decade" else 100
        return f"{year + amount * step:04d}"
    if unit == "quarter":
        qn = (int(q[3]) - 1) if q and q[2] == "Q" else (int(m[2] or 1) - 1) // 3
        n = year * 4 + qn + amount
        return f"{n // 4}-Q{n % 4 + 1}"
    month = int(m[2] or 1)
    if unit == "month":
        y, mo = _add_months(year, month, amount)
        return f"{y:04d}-{mo:02d}"
    day = dt.date(year, month, int(m[3] or 1))
    if unit == "week":
        return _fmt_week(day + dt.timedelta(weeks=amount))
    if unit == "day":
        return (day + dt.timedelta(days=amount)).isoformat()
    if unit == "fortnight":
        return _fmt_week(day + dt.timedelta(weeks=2 * amount))
    return (day + dt.timedelta(hours=amount) if unit == "hour" else day).isoformat()


def _longest_first(found: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longer spans winning; grammar rules beat spaCy on ties."""
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.startswith("spacy:"), c.start))
    taken: list[_Candidate] = []
    for c in found:
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
