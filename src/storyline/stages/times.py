"""Times: TimeML temporal expressions with values resolved against the publication date.

A small rule grammar (regular expressions built once from ``data/times.json``) finds
DATE, TIME, DURATION and SET expressions with TempEval-3 extents and interprets them;
spaCy's DATE/TIME entities add candidates the grammar did not find, kept only when the
grammar can read them. Relative expressions are anchored on the publication date (DCT):
a weekday takes the direction of the verb it hangs on ("said Friday" looks back, "will
meet Tuesday" and "is to resume Tuesday" look forward, and so does a past verb backshifted
under "would": "would wait to see whether it opened on Wednesday"). A month or a
month-day with no tense to go by takes its nearest occurrence ("payable Jan. 2" in
November is next January); "postponed until Tuesday", "pushed back to Saturday" and "brought forward
to Friday" put it ahead (the new day of a rescheduling), "had been due to expire
Friday" and "may have been responsible for a drop on Wednesday" look back. Anaphoric
expressions ("a year earlier", "the following year", "that day", "the year-ago quarter",
"the quarter", and parts of day told in narrative: "the next morning", "later that night")
take the last calendar value named before them. Holidays are fixed-date, n-th weekday
(Thanksgiving) or Easter-based, all listed in ``data/times.json``. Without a DCT, relative
values stay unanchored (``XXXX-WXX-5``); absolute ones still resolve. Nothing here guesses a DCT.

A plan told in the past ("planned a rally on Saturday", "had given them until Tuesday"), a meeting
someone was invited or summoned to ("invited both sides to talks on Thursday": the day hangs on
the noun) and something awaited ("doses were expected by Friday": ``awaited_verbs``) take the
nearest such day; a weekday on a simple present verb looks forward ("meets Albright Monday"), and so
does a weekday something is set "for" ("called a summit for Thursday"), but for the day just past.
A 24-hour clock with no zone is read where only a clock can stand: opening a line of a timeline
("02:30 – …", "23:10 Saturday – …") or in an update note ("Update, 16:10:"), whose clock is on
the page's own day, or with a two-digit hour after a preposition of time in running text ("began
at 14:05"). A photo caption's present tense is the picture's past ("Photo: Crowds gather on
Friday" is the Friday before). "today" or "tomorrow" inside quotation marks counts from the day the
sentence names on its speech verb ("“Today …,” he said on Thursday night").
A bare season after a preposition ("in spring", "by autumn", "all winter") reads as "the spring", but
a past clause's season not yet begun is last year's; "last summer" is the previous year's even said in
autumn (TimeBank's "last spring"), "the past summer" the latest one. "overnight" is the day of
its morning (a DATE); "the evening before" a part of the day before the last day named; "the night of 28
February" is that date's night, and "that night" after a statement dated on the page's own day ("police
said on Wednesday") is the night of the story's last day, not the page's. The "until" limit of a state
that holds at the telling looks ahead: "closed the pass until Sunday" (``held_state_verbs``), "has shut
it until Sunday", "ordered shops shut until Sunday", "until at least Sunday", and so does a deadline
given or a state declared ("gave residents until Monday to leave": ``grant_verbs``; "declared a holiday
until Monday") or "by" on the participle of a present wish ("want the repairs finished by Sunday":
``wish_verbs``). A present or future range "are closed from Thursday until Monday" is one stretch
ahead. A past clause's "that night" or "the previous evening" counts from the last day on or before
the page's, not from a day ahead named since (a deadline, a day called for), and no deadline ahead is a
day of the story; a past clause's "the next morning" that would fall after the page's day follows the
last day named before that it can follow. British "Thursday week"
is a week after the coming Thursday, "last Friday week" a week before last Friday.
"The third week of August" is the ISO week of that stretch's middle day (the 18th), "the week of March 6"
that day's week (TimeBank's ``2000-W10``); "the day after the vote" is the day next to the event's own
date, read as "the eve of the vote" is, while a count told against an event ("a week before the march")
stays a DURATION, as TimeML gives it. A month told again without its year after the same month of a past
year ("in May 2023 … by the end of May") is that year's; another bare month keeps the DCT's year, as
TimeBank's news gives it even after a past year was named.
"last Friday" is the latest Friday before the DCT, except in a story that also says "last week":
there it is that week's Friday (a story would call the latest one "Friday").
Earnings stories compare with the quarter they report (the first one named): "the year-earlier
period", "the 1988 period", "a year ago" and "compared with $3 million last year" take its
number, and "the quarter" is that one too. A comparison takes the granularity of the period its
sentence reports: the quarter named there ("third-quarter profit rose ... a year earlier" is
1988-Q3), a year for a longer period ("for the nine months, ... a year earlier" is 1988).
"The year", "the full year" and "the current fiscal year" are the DCT's year, as TimeML anchors
them; "the past year", "the last decade" are the calendar unit before the DCT's (TimeBank's
reading: DATE 1988 in a 1989 article), while "the next year" and counted stretches ("the past
two years") are durations. Clock times in UTC/GMT carry ISO 8601's ``Z``, as MEANTIME's
TimeML gold writes them. Clocks written the British way, with a
dot where am/pm or a zone word makes them clocks ("6.35am", "19.40 GMT"), or the French way
("07h50", "at 21h"), and full dates in the languages of page stamps ("martes 8 de octubre de 2024",
"8. Oktober 2024": ``date_words.json``) are read too.

Every item carries ``earliest``/``latest``, the first and last day its referent can fall on
(see :meth:`TimeStage._bounds`): "last week" its seven days, "earlier this month" the 1st to
the DCT, "late November" its last third, "the past two years" and "in recent days" the
stretch back from the DCT, "recently" anything up to the DCT. A whole day has none.

Speed: each rule runs only when one of its trigger words (or a digit pattern) occurs in the
text, and the unit rules only in windows around unit words; outputs are the same as
running every rule everywhere (``tests/test_times.py`` checks it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.knowledge import load_json, month_words, speech_verbs, with_unaccented
from storyline.record import Time
from storyline.stages.analyse import Analysis
from storyline.stages.common import token_at

log = logging.getLogger(__name__)

PAST, FUTURE = "past", "future"
# a plan told in the past ("planned a rally on Saturday"): the planned day may lie either side of the DCT
PLANNED = "planned"
# a simple present verb: ahead for a weekday ("meets Albright Monday"), no direction for a month
PRESENT = "present"


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


_YEAR_STEPS = {"last": -1, "previous": -1, "next": 1, "following": 1}
"""Years from the page's year of "last year", "the following year" … ("this", "current": 0)."""


def _alt(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
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
        self.decade_words: dict[str, int] = k["decade_words"]
        self.units: dict[str, str] = k["units"]
        self.clock_units = set(k["clock_units"])
        self.modifiers: dict[str, str] = k["modifiers"]
        self.position_mods: dict[str, str] = k["position_modifiers"]
        self.vague_refs: dict[str, str] = k["vague_refs"]
        self.vague_durations: dict[str, str] = k["vague_durations"]
        self.set_adverbs: dict[str, str] = k["set_adverbs"]
        self.future_verbs = set(k["future_verbs"])
        self.request_verbs = frozenset(k["request_verbs"])
        self.deferral_verbs = set(k["deferral_verbs"])
        self.awaited_verbs = frozenset(k["awaited_verbs"])
        self.held_state_verbs = frozenset(k["held_state_verbs"])
        self.grant_verbs = frozenset(k["grant_verbs"])
        self.wish_verbs = frozenset(k["wish_verbs"])
        self.vague_extent: dict[str, str] = k["vague_extent"]
        self.stative_verbs = set(k["stative_verbs"])
        self.same_past_forms = set(k["same_past_forms"])
        self.verb_bases = _verb_bases(nlp)
        self.holidays: dict[str, str] = k["holidays"]
        self.weekday_holidays: dict[str, list[int]] = k["weekday_holidays"]
        self.easter_holidays: dict[str, int] = k["easter_holidays"]
        self.vote_nouns: frozenset[str] = frozenset(k["vote_nouns"])
        self.instruction_verbs = frozenset(k.get("instruction_verbs", ()))
        # the words that tell an event its noun names: "ran aground" for "the grounding"
        self.event_tellings: dict[str, frozenset[str]] = {
            noun: frozenset(words) for noun, words in k.get("event_tellings", {}).items()
        }
        self.future_markers = re.compile(rf"\b(?:{_alt(k['future_markers'])})\s*$", re.I)
        # a date on one of these tells when something was said, not when the story's events were
        self.speech_verbs = speech_verbs()
        # month and weekday names of stamps in other languages ("8 de octubre de 2024"), lower case,
        # also without accents: the reader's list (``date_words.json``)
        words = load_json("date_words.json")
        english = {m.lower() for m in self.months}  # "april", "juni" are English and German alike
        self.foreign_months: dict[str, int] = {
            w: n for w, n in month_words(abbreviations=False).items() if w not in english
        }
        self.foreign_weekdays: dict[str, int] = with_unaccented(words["weekdays"])
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
        wd_rel = r"(?P<rel>last|next|this|coming|past|previous|the\s+(?:previous|following))"
        zone = _alt(k["time_zones"])
        word_hours = "|".join(_WORD_HOURS)
        word_clock_minutes = r"five|ten|twenty(?:[\s-]five)?"
        year = r"(?:1[5-9]\d\d|20\d\d)"
        spoken = rf"(?:nineteen|eighteen)[\s-]+(?:{tens})(?:[\s-](?:{small}))?"  # broadcast transcripts
        i = "(?i:{})".format
        b = r"\b"
        same_par = r"(?![^\S\n]*\n\s*\n)\s+"  # white space that is no paragraph break
        caps_months = _alt(w.upper() for w in self.month_any)
        # a year told against the page's: "March 9 last year", "the 9th of March next year"
        rel_year = rf"\s+(?P<ryear>last|this|next)\s+year{b}"
        # a period of a year told against the page's: "the third quarter of last year", "spring of next year"
        of_rel_year = (
            rf"|\s+of\s+(?:the\s+)?(?P<ofrel>last|this|next|current|previous|following)"
            rf"\s+(?:fiscal\s+)?year{b}"
        )
        rules: list[tuple[str, str, Callable[[re.Match[str], _Ctx], Reading | None]]] = [
            (
                "date_mdy",
                rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<mon>{month_any})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{b}"
                rf"(?:,?\s+(?P<year>{year}){b}|{rel_year})?",
                self._date,
            ),
            (
                "date_dmy",
                # and the legal form of a judgment or a deed: "on the 3rd day of June 2026", "this 12th day
                # of May, 2026"
                rf"{b}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                rf"(?:(?i:day)\s+of\s+|of\s+)?(?P<mon>{month_any})(?:,?\s+(?P<year>{year}){b}|{rel_year})?",
                self._date,
            ),
            # a full date in capitals, as a print page's folio line sets it: "FRIDAY, MAY 9, 2025 · PAGE
            # B2 · SPORT", "9 MAY 2025", a sitting's day "TUESDAY, 3RD FEBRUARY, 2026" (with its year only:
            # "MAY" and "MARCH" are words of a headline too)
            (
                "date_caps",
                rf"{b}(?:(?P<wd>{_alt(w.upper() for w in self.weekdays)}),?\s+)?"
                rf"(?:(?P<mon>{caps_months})\.?\s+(?P<day>\d{{1,2}})(?:ST|ND|RD|TH)?"
                rf"|(?P<day2>\d{{1,2}})(?:ST|ND|RD|TH)?\s+(?:DAY\s+OF\s+|OF\s+)?(?P<mon2>{caps_months})\.?)"
                rf",?\s+(?P<year>{year}){b}",
                self._caps_date,
            ),
            # a full date in another language, as a page's stamp writes it: "martes 8 de octubre de 2024",
            # "8. Oktober 2024", "1er novembre 2024" (a year is needed: "mars", "mai" are English words too)
            (
                "date_foreign",
                rf"(?i:(?:(?P<wd>{_alt(self.foreign_weekdays)}),?\s+(?:den\s+)?)?)"
                rf"(?P<day>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<mon>(?i:{_alt(self.foreign_months)}))"
                rf"\s+(?:del?\s+)?(?P<year>{year}){b}",
                self._foreign_date,
            ),
            # a date written with hyphens or slashes around its month's name, as broadcasters' and some
            # agencies' stamps write it: "07-Jun-2023", "07/JUN/2023", and year first "2023-Jun-07"
            (
                "date_dmy_hyphen",
                rf"(?<![\w/-])(?P<day>\d{{1,2}})(?P<sep>[-/])(?P<mon>(?i:{month_any}))(?P=sep)(?P<year>{year})"
                r"(?![\w/-])",
                self._hyphened_date,
            ),
            (
                "date_ymd_hyphen",
                rf"(?<![\w/-])(?P<year>{year})(?P<sep>[-/])(?P<mon>(?i:{month_any}))(?P=sep)(?P<day>\d{{1,2}})"
                r"(?![\w/-])",
                self._hyphened_date,
            ),
            # the date of an ISO 8601 stamp too: "2025-11-06T17:20:00Z"
            ("date_iso", rf"{b}(?P<year>{year})-(?P<mon>\d\d)-(?P<day>\d\d)(?:{b}|(?=T\d\d:))", self._date),
            (
                "date_slash",
                rf"{b}(?P<mon>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}}|\d\d){b}",
                self._slash_date,
            ),
            # a numeric date with the year first is year, month, day, as Japanese, Chinese and Korean
            # pages write it: "2024/04/03 09:30 JST", "2024.04.03" (not inside a path or a version)
            (
                "date_ymd",
                rf"(?<![\w./]){b}(?P<year>{year})(?P<sep>[/.])(?P<mon>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
                rf"(?![\w/]|\.\d)",
                self._date,
            ),
            # a dotted numeric date is day first, as German and other European pages write it:
            # "09.10.2025, 17:42 Uhr" (not inside a version number "v2.1.2019" or an address), and with a
            # space after each dot, as Balkan and Central European pages write it: "07. 05. 2026. 11:20"
            (
                "date_dotted",
                rf"(?<![\w.])(?<!(?i:version) )(?<!(?i:release) ){b}"
                rf"(?P<day>\d{{1,2}})\.(?P<sp> ?)(?P<mon>\d{{1,2}})\.(?P=sp)(?P<year>{year})(?![\w]|\.\d)",
                self._date,
            ),
            # a stamp's dotted date with two figures of the year, read only after a weekday or a stamp's
            # label: "Last updated Thu 05.03.26, 09:40", "Posted: 05.03.26" ("2.10.26" alone may be a version)
            (
                "date_dotted_short",
                rf"(?<![\w.]){b}(?:(?P<wd>{_SHORT_WEEKDAY}),?\s+)?"
                rf"(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<yy>\d\d)(?![\w]|\.\d)",
                self._short_dotted_date,
            ),
            (
                "month_year",
                rf"(?:{i(rf'(?P<pos>{pos})')}\s*)?{b}(?P<mon>{month_any}),?{same_par}(?:of\s+)?"
                rf"(?P<year>{year}|{i(spoken)}){b}",
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
                    rf"(?:(?P<pos>{pos})\s*)?{b}(?:the\s+)?(?P<season>{season})(?:{same_par}(?:of\s+)?"
                    rf"(?P<year>{year}|{spoken}){b}{of_rel_year})"
                ),
                self._season_year,
            ),
            (
                "year",
                i(
                    rf"(?:(?P<pos>{pos}|fiscal)\s*|(?P<prepost>pre|post)-)?{b}(?P<year>{year}){b}"
                    rf"(?!-|\s*(?:%|percent))"
                ),
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
                "decade_word",
                i(rf"{b}the\s+(?:(?P<pos>{pos_day})[\s-]*)?(?P<word>{_alt(self.decade_words)}){b}"),
                self._decade_word,
            ),
            (
                "quarter",
                i(
                    rf"{b}(?:the\s+)?(?:(?P<yrel>this|last|next) year's\s+|(?P<year0>{year})\s+)?"
                    rf"(?:(?P<rel>last|latest|most recent|previous|current|next|same|"
                    rf"year-earlier|year-ago)\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]"
                    rf"(?P<what>quarter|half){b}(?:\s+of\s+(?:fiscal\s+)?(?P<year>{year}){b}{of_rel_year})?"
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
                rf"(?:{i(rf'(?P<pos>{pos_day})')}\s+)?"
                rf"(?:{i(wd_rel)}\s+)?"
                rf"{b}(?P<wd>{wd}){b}"
                # "Thursday week", "last Friday week": British for a week after the coming Thursday and a
                # week before last Friday (not "Monday week-long protests", "Friday weekly", "Friday week
                # two")
                rf"(?P<wk>[^\S\n]+week{b}(?![-'’]|\s+(?:\d|one|two|three|four|five|six|of)\b))?"
                # "Thursday the 29th", "Friday, the 16th": the day of the month fixes the date
                rf"(?:,?\s+{i('the')}\s+(?P<nth>[12]?\d|3[01])(?P<nsuffix>{i('st|nd|rd|th')}){b}"
                rf"(?!\s+(?:{i('of')}\s+)?{month_any}))?"
                rf"(?:\s+(?P<pod>{pod}){b})?",
                self._weekday,
            ),
            (
                "relday",
                i(
                    # the day with its part first: "yesterday afternoon", not "yesterday" alone
                    rf"(?:(?P<pos>{pos_day})\s*)?{b}(?P<word>(?P<day>yesterday|tomorrow) (?P<pod>{pod})|"
                    rf"(?P<pod1>{pod}) (?P<day1>yesterday|today|tomorrow)|this (?P<pod0>{pod})|"
                    rf"today|tonight|yesterday|tomorrow|last night|overnight){b}"
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
            # "the day before", "the night after", standing alone: a day next to the last day named
            # (not "the day before the vote", which is told from the vote)
            (
                # a day of the month by its ordinal alone, after a preposition and standing alone ("was
                # arrested on the 9th", "by the 30th."): not "the 19th century", "the 8th floor"
                "ordinal_day",
                i(
                    rf"{b}the\s+(?P<day>[12]?\d|3[01])(?P<suffix>st|nd|rd|th){b}"
                    r"(?=\s*(?:[.,;:!?)\"”’]|[–—-]\s|$)|\s+(?:and|but|or|when|as|while|at|in|after|before)\b)"
                ),
                self._ordinal_day,
            ),
            (
                # two days from the DCT, not one: "the day before yesterday", "the day after tomorrow"
                "two_days",
                i(rf"{b}the\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow){b}"),
                self._two_days,
            ),
            (
                # "the third week of August", "the last week of March 2025": the ISO week of the middle of
                # that stretch of seven days; "the week of March 6" the week of that day (TimeBank's W10)
                "week_of_month",
                rf"{b}{i('the')}\s+(?:{i(r'(?P<ord>first|second|third|fourth|last|final)')}\s+)?{i('week')}\s+{i('of')}\s+"
                rf"(?:(?P<mon>{month_any})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?"
                rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{month_any})){b}(?:,?\s+(?P<year>{year}){b})?",
                self._week_of_month,
            ),
            (
                # "the day after the vote", "the day before the hearing": a day next to an event's, which
                # :func:`_eve_days` reads from the event's own date (not "the day before yesterday")
                "event_day",
                i(rf"{b}the\s+day(?=\s+(?:before|after)\s+(?:the\s+|an?\s+|this\s+|(?-i:[A-Z])|\w+['’]s\s))"),
                self._eve,
            ),
            (
                "day_before",
                i(
                    rf"{b}the\s+(?P<unit>day|night|morning|afternoon|evening)\s+(?P<dir>before|after){b}"
                    r"(?=\s*(?:[.,;:!?)”\"’]|$)|\s+(?:and|but|when|as|while)\b)"
                ),
                self._day_before,
            ),
            (
                # "on the eve of the vote", "the eve of Sunday's poll": the day before an event, its date
                # read in :func:`_eve_days` from the event's own (not "Christmas Eve", a holiday)
                "eve",
                i(rf"{b}the\s+eve(?=\s+of\s+(?:the\s+|an?\s+|this\s+|(?-i:[A-Z0-9])|\w+['’]s\s))"),
                self._eve,
            ),
            (
                # "on polling day", "election day", "voting day": the day of the vote the story dates, read
                # in :func:`_eve_days` (not the US holiday "Election Day")
                "poll_day",
                rf"{b}(?!Election\s+Day\b)(?i:{_alt(self.vote_nouns)})[\s-]+(?i:day){b}",
                self._eve,
            ),
            (
                "anaphora_pod",
                i(
                    rf"{b}(?:(?P<pos>earlier|later)\s+)?(?:that|the\s+(?P<rel>following|next|previous|preceding|same)"
                    # "in the afternoon", "by the evening": a part of the day just told of
                    r"|(?:(?<=\bin )|(?<=\bby )|(?<=\bduring )|(?<=\buntil )|(?<=\bthrough ))the)"
                    rf"\s+(?P<pod>morning|afternoon|evening|night){b}"
                ),
                self._anaphora_pod,
            ),
            (
                "period_end",
                i(
                    rf"{b}(?:(?P<approx>around|about)\s+)?(?:(?P<y>year[- ]end|year's\s+end)|"
                    rf"(?P<unit2>week|month)['’]s\s+end|"
                    rf"the\s+end\s+of\s+the\s+(?P<unit>year|month|week)){b}(?!-)"
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
            # "the week before last", "the weekend before last": the one before the last
            (
                "before_last",
                i(rf"{b}the\s+(?P<unit>week|weekend|month|year)\s+before\s+last{b}"),
                self._before_last,
            ),
            # a quarter as a company's report codes it: "Q2 2024", "2024 Q2", "Q3" (a capital Q only)
            (
                "quarter_code",
                rf"(?<![\w/-])(?:(?P<year0>{year})[^\S\n]+)?Q(?P<n>[1-4])(?:(?:[^\S\n]+|-|/|,[^\S\n]+)(?P<year>{year}))?"
                r"(?![\w/-])",
                self._quarter_code,
            ),
            # a bare season after a preposition of time: "in spring", "by early autumn", "all winter"
            # (lower case: "Spring Street"; the reading drops "spring water" and "spring" as a verb)
            (
                "bare_season",
                "(?:{})".format(
                    "|".join(rf"(?<=\b{w} )" for p in k["season_prepositions"] for w in (p, p.title()))
                )
                + rf"(?:(?P<pos>{pos_day})[\s-]*)?(?P<season>(?:{season})){b}(?!\s+of\b)",
                self._bare_season,
            ),
            (
                "the_season",
                i(rf"{b}the\s+(?:(?P<pos>{pos_day})[\s-]*)?(?P<season>{season}){b}(?!\s+of\b)"),
                self._the_season,
            ),
            (
                "the_year",
                i(
                    rf"{b}(?:(?P<pos>earlier|later)\s+in\s+|(?P<pos2>the\s+(?:beginning|start|middle)\s+of)\s+)?"
                    rf"the\s+(?:(?P<rel>current|full|whole|entire)\s+)?"
                    rf"(?:fiscal\s+)?year{b}(?![-'’]|\s+(?:before|after|earlier|later|ago|two|of)\b)"
                ),
                self._the_year,
            ),
            (
                "the_quarter",
                i(
                    rf"{b}the\s+(?P<rel>latest\s+|most recent\s+|current\s+|same\s+|previous\s+)?"
                    rf"(?:fiscal\s+)?quarter{b}(?!-)"
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
                "period_year_ago",
                i(
                    r"\bthe\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+"
                    r"(?:a\s+year\s+(?:ago|earlier|before)|last\s+year)\b"
                ),
                self._period_year_ago,
            ),
            (
                "halves",
                i(
                    rf"{b}(?:the\s+)?(?P<which>first|last|second)\s+(?:half|two\s+quarters)\s+of\s+"
                    rf"(?:fiscal\s+)?(?P<year>{year}){b}"
                ),
                self._halves,
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
                    rf"{b}(?:(?P<recent>recent|coming|future|past)\s+)?(?P<unit>(?:second|minute|hour|day|week|month|"
                    rf"quarter|year|decade)s|centuries)(?P<long>-long)?{b}"
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
                    # a 12-hour clock with am/pm, its minutes after a colon or, as British pages write
                    # them, a dot ("6.35am"; never a price: "£6.35" has its sign before it)
                    rf"{b}(?:(?<![£$€¥])(?P<h>\d{{1,2}})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]\.?m{b}\.?)"
                    rf"|(?P<h2>\d{{1,2}}):(?P<m2>\d\d)(?=\s*(?:{zone}|hrs{b}|h{b}|o'clock))"
                    # a dotted 24-hour clock where only a clock can stand: before a zone word or "hrs"
                    # ("19.40 GMT", "08.25 BST", "14.30 hrs"), or opening a span that ends on one ("from
                    # 09.30 to 17.00 BST"); never a decimal ("gained 1.75", "6.80 per cent", "from 2.15 to 2")
                    rf"|(?<![\d.,£$€¥])(?P<h6>[01]?\d|2[0-3])\.(?P<m6>[0-5]\d)"
                    rf"(?=(?:\s*[–-]\s*|\s+(?:to|until|till|and)\s+)?(?:(?:[01]?\d|2[0-3])\.[0-5]\d)?"
                    rf"\s*(?:(?-i:{zone}){b}|hrs{b}))"
                    # a 24-hour time without a zone where only a clock can stand: opening a line of a
                    # timeline ("02:30 – state TV goes off the air", "23:10 Saturday – gunfire"), or
                    # in an update note ("Update, 16:10: …")
                    rf"|(?:(?<![^\n])|(?<=update, )|(?<=updated )|(?<=update )|(?<=updated: ))"
                    # or alone on its line, heading a live page's entry ("18:40")
                    rf"(?P<h3>[01]\d|2[0-3]):(?P<m3>[0-5]\d)(?=\s+[–—-]\s|:\s|\s+(?:{wd}){b}|[ \t]*(?:\n|\Z))"
                    # or after a preposition of time in running text, with a two-digit hour ("began
                    # at 14:05", "closed until 09:30"; "at 7:30" may be either half of the day)
                    rf"|(?<![\d:.,])(?P<h4>[01]\d|2[0-3]):(?P<m4>[0-5]\d)(?![\d:]|[.,]\d|\s*[ap]\.?m{b})"
                    # or with an "h" between hour and minutes, as French pages write it ("07h50",
                    # "at 16h40"), or after the hour alone ("21h", where only a clock can stand)
                    rf"|(?<![\d:.,])(?P<h5>[01]?\d|2[0-3])h(?P<m5>[0-5]\d)?(?!\w)"
                    # four figures of a 24-hour clock before GMT or UTC, as wires give the world's hour
                    # beside the local one: "10.40 p.m. local time (1340 GMT)", "at 0630 UTC"
                    rf"|(?<![\d:.,$£€¥])(?P<h7>[01]\d|2[0-3])(?P<m7>[0-5]\d)(?=\s*(?-i:GMT|UTC){b})"
                    rf"|(?P<noon>noon|midnight|midday){b}"
                    # a clock in words with its part of the day: "six in the morning", "half past nine
                    # at night", "a quarter to eight in the evening", "6 o'clock in the morning"
                    rf"|(?:(?P<frac>half|(?:a\s+)?quarter|{word_clock_minutes})\s+(?P<dir>past|to|after)\s+)?"
                    # or this day's part: "at 7:15 this morning", "by 9 tonight", "at 11.30 last night"
                    rf"(?P<hw>{word_hours}|1[0-2]|0?[1-9])(?:(?<=\d)[:.](?P<wm>[0-5]\d))?(?:\s+o[’']clock)?\s+"
                    rf"(?P<wpod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
                    rf"|this\s+(?:morning|afternoon|evening)|tonight|last\s+night){b})"
                    # a zone bare or in balanced brackets: "12:56 UTC", "6:40 p.m. (GMT +8)"
                    rf"(?:\s*(?:\((?P<zone0>{zone})(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?\)|(?P<zone>{zone}){b}))?"
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
        self.triggers = self._triggers(k)
        self.age_after = re.compile(r"^(?:-| )?(?:old\b|of age\b|-old\b)", re.I)
        self.age_before = re.compile(r"\b(?:aged|age|ages)\s*$", re.I)

    def _triggers(self, k: dict) -> dict[str, tuple[frozenset[str], re.Pattern[str] | None]]:
        """Per rule, words (lowercased letter runs) of which every match holds at least one, or
        a pattern every match's text satisfies: a rule whose triggers are all absent from an
        article cannot match there, so it is not run (most rules find nothing in most texts)."""

        def words(*groups: object) -> frozenset[str]:
            out: set[str] = set()
            for group in groups:
                for w in group if not isinstance(group, str) else [group]:  # type: ignore[union-attr]
                    out.update(_WORD.findall(str(w).lower()))
            return frozenset(out)

        def last_words(keys: object) -> frozenset[str]:  # a match holds a whole key, so its last word
            return frozenset(_WORD.findall(str(key).lower())[-1] for key in keys)  # type: ignore[attr-defined]

        months = words(self.month_any)
        units = words("day week weekend month year quarter")
        none: frozenset[str] = frozenset()
        year = re.compile(r"1[5-9]\d\d|20\d\d")
        return {
            "date_mdy": (months, None),
            "date_dmy": (months, None),
            "date_foreign": (words(self.foreign_months), None),
            "date_iso": (none, year),
            "date_dmy_hyphen": (months, None),
            "date_ymd_hyphen": (months, None),
            "date_slash": (none, re.compile("/")),
            "date_dotted": (none, year),
            "date_dotted_short": (none, re.compile(r"\d\.\d{1,2}\.\d\d\b")),
            "date_ymd": (none, year),
            "month_year": (months, None),
            "month": (words(self.months), None),
            "season_year": (words(self.seasons), None),
            "year": (none, year),
            "decade": (none, re.compile(r"(?i)0s")),
            "century": (words("century"), None),
            "decade_word": (words(self.decade_words), None),
            "quarter": (words("quarter half"), None),
            "year_period": (words("quarter period"), None),
            "weekday": (words(self.weekdays), None),
            "relday": (words("today tonight yesterday tomorrow overnight", self.pods), None),
            "anaphora": (units, None),
            "anaphora_pod": (words("morning afternoon evening night"), None),
            "ordinal_day": (words("st nd rd th"), None),
            "two_days": (words("yesterday tomorrow"), None),
            "day_before": (words("before after"), None),
            "week_of_month": (words("week"), None),
            "event_day": (words("day"), None),
            "eve": (words("eve"), None),
            "poll_day": (words("day"), None),
            "period_end": (words("end"), None),
            "before_last": (words("last"), None),
            "quarter_code": (none, re.compile(r"Q[1-4]")),
            "date_caps": (months, None),
            "latest_period": (words("period"), None),
            "relperiod": (words(units, "decade century", self.seasons), None),
            "weekend": (words("weekend"), None),
            "the_year": (words("year"), None),
            "the_season": (words(self.seasons), None),
            "bare_season": (words(self.seasons), None),
            "the_quarter": (words("quarter"), None),
            "holiday": (last_words([*self.holidays, *self.weekday_holidays, *self.easter_holidays]), None),
            "year_ago_adj": (words("earlier ago"), None),
            "spoken_year": (words("nineteen eighteen thousand"), None),
            "period_year_ago": (words("quarter period"), None),
            "halves": (words("half quarters"), None),
            "past_units": (words("past last next coming"), None),
            "plural_units": (
                words("seconds minutes hours days weeks months quarters years decades centuries"),
                None,
            ),
            "set": (words("every each per"), None),
            "set_adverb": (words(self.set_adverbs), None),
            "clock": (
                words("noon midnight midday am pm m h hrs morning afternoon evening night", k["time_zones"]),
                re.compile(":"),
            ),
            "vague": (last_words(self.vague_refs), None),
            "vague_duration": (last_words(self.vague_durations), None),
        }

    # --- running -----------------------------------------------------------------------------

    def __call__(self, an: Analysis) -> list[Time]:
        """Every temporal expression of the article, in text order, with resolved values."""
        text = an.text
        ctx = _Ctx(self, an, text, an.published)
        found: list[_Candidate] = []
        unit_hits = [m.start() for m in self.unit_trigger.finditer(text)]
        present = set(_WORD.findall(text.lower()))
        for name, rx, fn in self.rules:
            trigger_words, trigger_rx = self.triggers.get(name, (None, None))
            if trigger_words is not None and not (
                trigger_words & present or (trigger_rx is not None and trigger_rx.search(text))
            ):
                continue  # none of the words a match needs is in the text
            for m in self._matches(name, rx, text, unit_hits):
                reading = self._read(fn, m, ctx, text)
                if reading is not None:
                    found.append(_Candidate(m.start(), m.end(), reading, name))
        found.extend(self._from_entities(an.doc, ctx, found))
        chosen = _joined_durations(_longest_first(found), text)
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
        story_ref = ref  # the last day of the story's own events: "that night" is a night of it
        # the last day of each on or before the page's day: what a past clause's "that night", "the
        # previous evening" counts from when the last day named lies ahead (a deadline, a day called for)
        past_ref = past_story_ref = ref
        past_days = [ref] if ref else []  # every day named so far on or before the page's day, in order
        chosen = self._overnight_after_day(
            _overnight_on_day(self._said_on_another_day(chosen, ctx, text), text), ctx
        )
        chosen = self._part_of_day_of(chosen, text)
        chosen = _month_ranges(self._weekday_ranges(chosen, ctx, text), text)
        # the reporting period an earnings story is about: the first quarter it names ("posted
        # third-quarter net"); "the year-earlier period", "the 1989 period" and "a year ago"
        # compare with it even after another quarter was named in passing
        topic = next(
            (
                c.reading.value
                for c in chosen
                if c.rule == "quarter"
                and re.fullmatch(r"\d{4}-Q\d", c.reading.value or "")
                and (ctx.dct is None or int(c.reading.value[:4]) >= ctx.dct.year - (ctx.dct.month < 4))  # type: ignore[index]
            ),
            None,
        )
        clocks: list[str] = []  # the clock times anchored so far, in text order
        told_at = -1  # the end of the last date written with its year ("May 2023", "in 2023")
        year_end: tuple[int, str] | None = None  # the end and value of the last bare year read
        for i, c in enumerate(chosen):
            r = c.reading
            qref = topic if topic and ref and re.fullmatch(r"\d{4}-Q\d", ref) else ref
            if r.shift is not None:
                amount, unit, from_dct = r.shift
                anchor = qref if unit in ("year", "year-quarter") else ref
                that = re.search(r"(?i)\bthat\b", text[c.start : c.end])
                that_pod = unit.startswith("pod-") and amount == 0 and that
                if that_pod:
                    anchor = story_ref  # "that night" after "… police said on Wednesday": the night just told
                if (
                    ctx.dct
                    and anchor
                    and _DAY_UNIT.match(unit)
                    and anchor[:10] > ctx.dct.isoformat()
                    and ctx.tense(c.start) == PAST
                ):
                    # "called for a strike on Friday … said in a statement the previous evening": a
                    # past clause tells of a day gone by, not of one ahead of the page
                    anchor = past_story_ref if that_pod else past_ref
                if (
                    c.rule in ("year_ago_adj", "period_year_ago")
                    and ctx.dct
                    and anchor
                    and anchor[:4].isdigit()
                    and int(anchor[:4]) < ctx.dct.year - (ctx.dct.month < 4)
                ):
                    # "the 1988 period ... the year-ago results": the comparison is with the
                    # period being reported, not a year before the older one just named
                    anchor = (topic if unit == "year-quarter" else None) or f"{ctx.dct.year:04d}"
                if from_dct and not (unit == "year" and ref and re.fullmatch(r"\d{4}-[QH]\d", ref)):
                    anchor = ctx.dct.isoformat() if ctx.dct else None
                value = _shift(anchor, amount, unit)
                if (
                    ctx.dct
                    and amount > 0
                    and _DAY_UNIT.match(unit)
                    and (value or "")[:10] > ctx.dct.isoformat()
                    and ctx.tense(c.start) == PAST
                ):
                    # "jets bombed the villages early on Monday … 'They signed the paper and sent their
                    # planes the next morning'" on Monday: a past clause's next day is no day ahead of the
                    # page; it follows the last day named before that it can follow
                    value = next(
                        (
                            v
                            for d in reversed(past_days)
                            if (v := _shift(d, amount, unit) or "")[:10] <= ctx.dct.isoformat()
                        ),
                        value,
                    )
                r = replace(r, value=value, shift=None)
            if r.value and r.value.endswith("Q?"):
                r = replace(r, value=self._quarter_in_discussion(r.value, topic or qref, ctx))
            compared = _is_comparison(c)
            if (
                c.rule == "relperiod"
                and ref
                and re.fullmatch(r"\d{4}-Q\d", ref)
                and text[c.start : c.end].lower() == "last year"
                and _COMPARED_WITH.search(text[max(0, c.start - 80) : c.start])
            ):
                # "compared with a loss of $3 million last year" in a quarterly report: a quarter
                compared = True
                r = replace(r, value=_shift(qref, -1, "year"))
            if compared and r.value and re.match(r"\d{4}", r.value):
                r = replace(r, value=self._compared_value(r.value, chosen, i, ctx))
            clocked = False  # a clock time anchored on a day here
            if r.type == "TIME" and r.value and r.value.startswith("T"):
                r = replace(r, value=self._anchor_clock(r.value, chosen, i, ctx, text, clocks))
                clocks.append(r.value or "")
                clocked = True
            if (
                year_end is not None
                and r.value
                and _YEAR_THEN_DAY.fullmatch(text[year_end[0] : c.start])
                and not re.search(r"\d{4}|\byears?\b", text[c.start : c.end], re.IGNORECASE)
                and (value := _in_year(r.value, year_end[1])) is not None
            ):
                # "last year, on 14 October", "in 2024, on 3 May": the day is in the year just named
                r = replace(r, value=value)
            if c.rule == "month" and (value := self._narrative_month(c, r, ref, told_at, ctx, text)):
                r = replace(r, value=value)  # "in May 2023 … by the end of May": May 2023
            if c.rule in ("the_season", "bare_season") and (value := _season_in_year(c, r, chosen[:i], ctx)):
                r = replace(r, value=value)  # "In 2009 the dam was shut through the winter": 2009's
            # a year told as such: a relative one ("last year", "two years ago") or "in 2024", not a
            # bare number that may be a count ("closed at 2082 on Oct. 27")
            told = not text[c.start].isdigit() or re.search(
                r"\b(?:in|during)\s+$", text[max(0, c.start - 8) : c.start], re.IGNORECASE
            )
            year_end = (c.end, r.value) if told and r.value and re.fullmatch(r"\d{4}", r.value) else None
            if (
                re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", text[c.start : c.end])
                and (r.value or "")[:4].isdigit()
            ):
                told_at = c.end  # the end of the last date with its year written
            if (
                r.type == "DATE"
                and r.value
                and re.match(r"\d{4}", r.value)
                and c.rule not in _NOT_REF
                and not compared
            ):
                ref = r.value
                day = bool(_ISO_DAY.fullmatch(r.value))
                ahead = bool(day and ctx.dct and r.value > ctx.dct.isoformat())
                if day and not ahead:
                    past_ref = r.value
                    past_days.append(r.value)
                # the page's own day on a speech verb ("police said on Wednesday") is the report's, not
                # a day of the story's events; nor is a deadline ahead ("gave them until Monday")
                deadline = ahead and (
                    _DEADLINE.search(text, max(0, c.start - 24), c.start)
                    or _BY_DAY.search(text, max(0, c.start - 12), c.start)
                )
                if (
                    not (ctx.dct and r.value == ctx.dct.isoformat() and self._dates_statement(c, ctx))
                    and not deadline
                ):
                    story_ref = r.value
                    if day and not ahead:
                        past_story_ref = r.value
            elif (
                r.type == "TIME"
                and (c.rule == "weekday" or c.rule.startswith("date"))
                and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", r.value or "")
            ):
                ref = story_ref = r.value[:10]  # type: ignore[index]  # "on Friday morning … in the afternoon"
                if not (ctx.dct and ref > ctx.dct.isoformat()):
                    past_ref = past_story_ref = ref
                    past_days.append(ref)
            elif (
                clocked
                and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*", r.value or "")
                and not (ref and _ISO_DAY.fullmatch(ref))
            ):
                # "the 1988 disaster … hit at 4:17 a.m. … aftershocks followed during the morning": the
                # clock's day, when no day was named since a coarser date
                ref = r.value[:10]  # type: ignore[index]
                if not (ctx.dct and ref > ctx.dct.isoformat()):
                    past_ref = ref
                    past_days.append(ref)
            try:
                earliest, latest = self._bounds(c, r, ctx, text)
            except (ValueError, OverflowError) as err:  # a date beyond the calendar's range
                log.debug("no bounds for %r: %s", text[c.start : c.end], err)
                earliest = latest = None
            out.append(
                Time(c.start, c.end, text[c.start : c.end], r.type, r.value, r.mod, earliest, latest)  # type: ignore[arg-type]
            )
        return _eve_days(_local_by_zoned(out, text), [c.rule for c in chosen], ctx, self.vote_nouns)

    def _narrative_month(
        self, c: _Candidate, r: Reading, ref: str | None, told_at: int, ctx: _Ctx, text: str
    ) -> str | None:
        """The same month told again without its year ("in May 2023 … by the end of May"), in a story
        about a past year: that month of that year, when the last date named (``ref``) is the month
        written with its year before the page's year, in the same paragraph or the one before, and the
        month's clause looks back (not ahead). None to keep the month's own reading (the page's year by
        :meth:`_month`'s rules): TimeBank's news gives a bare month after another year named ("the Dec.
        21, 1988, bombing … agreed in April") the page's year."""
        if (
            ctx.dct is None
            or not ref
            or told_at < 0
            or not re.fullmatch(r"\d{4}-\d\d", r.value or "")
            or not re.fullmatch(r"\d{4}-\d\d", ref)
            or ref[4:] != (r.value or "")[4:]
            or int(ref[:4]) >= ctx.dct.year
            or int(ref[:4]) == int((r.value or "")[:4])
            or re.search(r"(?i)\b(?:last|next|this|year)\b", text[c.start : c.end])
            or ctx.tense(c.start) != PAST
        ):
            return None
        return f"{ref[:4]}{(r.value or '')[4:]}"

    def _weekday_ranges(self, chosen: list[_Candidate], ctx: _Ctx, text: str) -> list[_Candidate]:
        """ "are closed from Thursday until Monday": a range of two bare weekdays told in the present or
        future is one stretch ahead, the end on or after the page's day and the start the last such
        weekday before the end (read alone, a present "are closed from Thursday" would put the start in
        the past week and the end in the coming one). A range told in the past ("fighting went on from
        Thursday until Monday") keeps the days as read."""
        if ctx.dct is None:
            return chosen
        out = list(chosen)
        for i in range(len(chosen) - 1):
            a, b = chosen[i], chosen[i + 1]
            words = text[a.start : a.end], text[b.start : b.end]
            if not all(w in self.weekdays for w in words) or not (a.rule == b.rule == "weekday"):
                continue
            if not _RANGE_JOIN.fullmatch(text[a.end : b.start]) or not _RANGE_FROM.search(
                text[max(0, a.start - 8) : a.start]
            ):
                continue
            try:
                end_day = dt.date.fromisoformat(b.reading.value or "")
            except ValueError:
                continue
            if not (ctx.present_clause(a.start) or ctx.tense(a.start) == FUTURE):
                continue
            today, wd_a, wd_b = ctx.dct.isoweekday(), self.weekdays[words[0]], self.weekdays[words[1]]
            end = ctx.dct + dt.timedelta(days=(wd_b - today) % 7) if end_day < ctx.dct else end_day
            start = end - dt.timedelta(days=((wd_b - wd_a) % 7) or 7)
            out[i] = replace(a, reading=replace(a.reading, value=start.isoformat()))
            out[i + 1] = replace(b, reading=replace(b.reading, value=end.isoformat()))
        return out

    def _part_of_day_of(self, chosen: list[_Candidate], text: str) -> list[_Candidate]:
        """ "the night of 28 February", "the morning of Friday": a part of the day the date names,
        the phrase's words in its span (a TIME: "2026-02-28TNI"), as the part of day a weekday takes
        ("Friday night")."""
        out = list(chosen)
        grown: list[_Candidate] = []
        for i, c in enumerate(chosen):
            value = c.reading.value or ""
            m = _POD_OF.search(text, max(0, c.start - 24), c.start)
            if m and re.fullmatch(r"\d{4}-\d\d-\d\d", value) and c.reading.type == "DATE":
                pod = self.pods[m["pod"].lower()]
                reading = replace(c.reading, type="TIME", value=f"{value}T{pod}")
                out[i] = replace(c, start=m.start(), reading=reading)
                grown.append(out[i])
        # "during the night of …": the part of day read alone ("the night") is now the phrase's
        return [
            c for c in out if not any(g is not c and g.start <= c.start and c.end <= g.end for g in grown)
        ]

    def _said_on_another_day(self, chosen: list[_Candidate], ctx: _Ctx, text: str) -> list[_Candidate]:
        """ "“Today we chose freedom,” he told supporters on Thursday night": a "today", "tonight",
        "yesterday" or "tomorrow" inside quotation marks counts from the day the words were said,
        when the sentence outside the marks names that day on the speech verb, not from the DCT."""
        if ctx.dct is None:
            return chosen
        dct = ctx.dct.isoformat()
        out = list(chosen)
        for i, c in enumerate(chosen):
            value = c.reading.value or ""
            if c.rule != "relday" or not value[:10] or "overnight" in text[c.start : c.end].lower():
                continue
            quoted = _quotation_around(text, c.start)
            tok = token_at(ctx.doc, c.start)
            if quoted is None or tok is None:
                continue
            sent = ctx.an.sentence_of(tok)
            said = next(
                (
                    o
                    for o in chosen
                    if sent.start_char <= o.start < sent.end_char
                    and not quoted[0] <= o.start < quoted[1]
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", (o.reading.value or "").split("T")[0])
                    and (o.reading.value or "")[:10] != dct
                    and self._dates_statement(o, ctx)
                ),
                None,
            )
            if said is None:  # the speaker's words going on after a dated telling in their paragraph
                said = self._telling_before(chosen, i, quoted, ctx, text)
            if said is None:
                continue
            offset = (dt.date.fromisoformat(value[:10]) - ctx.dct).days
            day = dt.date.fromisoformat(said.reading.value[:10]) + dt.timedelta(days=offset)  # type: ignore[index]
            out[i] = replace(c, reading=replace(c.reading, value=day.isoformat() + value[10:]))
        return out

    def _telling_before(
        self, chosen: list[_Candidate], i: int, quoted: tuple[int, int], ctx: _Ctx, text: str
    ) -> _Candidate | None:
        """The day of the telling a quotation goes on from in its paragraph ("…, she told a news
        conference on Saturday. "These batches should never have left," she said. "Check your
        shelves today.""): the last time before it in the paragraph, outside quotation marks, when it
        is a day other than the page's that dates a statement; None when the last is any other time."""
        dct = ctx.dct.isoformat() if ctx.dct else ""
        for o in reversed(chosen[:i]):
            if "\n\n" in text[o.end : chosen[i].start]:
                return None
            if _quotation_around(text, o.start) is not None:
                continue  # the speaker's own words before: no day of the telling
            day = (o.reading.value or "").split("T")[0]
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", day) or day == dct or not self._dates_statement(o, ctx):
                return None
            return o
        return None

    @staticmethod
    def _compared_value(value: str, chosen: list[_Candidate], i: int, ctx: _Ctx) -> str:
        """A year-ago comparison at the granularity of the period its sentence reports.

        TimeML gives "a year earlier", "the year-ago period" and "the 1988 period" the
        granularity of what they are compared with: the quarter named in the same sentence
        ("third-quarter profit rose ... from $4 million a year earlier" is 1988-Q3), a year
        when the sentence reports a longer period ("for the nine months, ... a year
        earlier", "in fiscal 1989", also when named in the sentence before). With no such
        period the value stays (the quarter the story reports, see ``_finish``).
        """
        tok = token_at(ctx.doc, chosen[i].start)
        if tok is None:
            return value
        sent = ctx.an.sentence_of(tok)
        first = own = sent.start_char
        if sent.start > 0:  # "The year-ago results ..." right after the sentence that names nine months
            first = ctx.an.sentence_of(ctx.doc[sent.start - 1]).start_char
        year = int(value[:4])
        for c in reversed(chosen[:i]):
            if c.start < first:
                break
            v = c.reading.value or ""
            if c.rule in ("quarter", "halves") and (m := re.fullmatch(r"(\d{4})-([QH]\d)", v)):
                if c.start < own:
                    break  # a quarter named in the sentence before may be in passing: the topic decides
                return f"{year:04d}-{m[2]}"
            if (
                (c.reading.type == "DURATION" and _LONG_PERIOD.fullmatch(v))
                or c.rule == "the_year"
                or (c.rule == "year" and ctx.text[c.start : c.end].lower().startswith("fiscal"))
            ):
                return f"{year:04d}"
        return value

    def _bounds(self, c: _Candidate, r: Reading, ctx: _Ctx, text: str) -> tuple[str | None, str | None]:
        """First and last day the expression lets its referent fall on (ISO dates, None = open).

        A calendar value coarser than a day covers its days, narrowed to a third by START/MID/END
        ("late November": the 21st to the 30th) and cut at the DCT by "earlier/later this ...";
        a vague reference is before (PAST_REF) or after (FUTURE_REF) the DCT; a stretch counted
        back or forward from the DCT ("the past two years", "in recent days", "the coming
        weeks") runs between the DCT and that far away (vague sizes from ``data/times.json``).
        The bounds are the expression's own: a signal in front of it ("since", "by", "before")
        bounds the events it dates, not the expression, and is left to the events stage.
        """
        dct = ctx.dct
        value = r.value or ""
        words = text[c.start : c.end].lower()
        if r.type == "DURATION":
            return self._stretch_bounds(value, words, dct)
        if past := _THE_PAST_UNIT.fullmatch(words):  # "over the past week": the stretch up to the DCT
            return self._stretch_bounds(self._period(1, past[1]), words, dct)
        if value in ("PAST_REF", "FUTURE_REF"):
            if dct is None:
                return None, None
            return (None, dct.isoformat()) if value == "PAST_REF" else (dct.isoformat(), None)
        if r.type not in ("DATE", "TIME"):
            return None, None
        day = re.match(r"\d{4}-\d\d-\d\d", value)
        first, last = (day[0], day[0]) if day else bounds(value)
        if first is None or last is None:
            return None, None
        relative = re.match(r"(?:earlier|later)\b", words)
        if relative and dct is not None:  # "earlier this month": from its start up to the DCT
            if relative[0] == "earlier":
                last = min(last, dct.isoformat())
            else:
                first = max(first, dct.isoformat())
        elif not day and r.mod in _THIRD:
            first, last = _third(first, last, _THIRD[r.mod])
        elif r.mod in ("AFTER", "BEFORE") and c.rule == "year":  # "post-1959": open on one side
            if r.mod == "AFTER":
                return (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat(), None
            return None, (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat()
        if day:
            return None, None  # a whole day named: nothing vague to bound
        return first, last

    def _stretch_bounds(self, value: str, words: str, dct: dt.date | None) -> tuple[str | None, str | None]:
        """Bounds of a duration counted from the DCT ("the past two years", "in coming days")."""
        m = re.fullmatch(r"P(T?)(\d+|X)([A-Z]+)", value)
        if dct is None or m is None:
            return None, None
        back = re.match(r"(?:the\s+)?(?:past|last|previous|recent)\b", words)
        ahead = re.match(r"(?:the\s+)?(?:next|coming)\b", words)
        if not (back or ahead):
            return None, None
        unit = ("T" + m[3]) if m[1] else m[3]
        amount = m[2]
        if amount == "X":
            vague = self.vague_extent.get(unit)
            if vague is None:
                return None, None
            amount, unit = re.fullmatch(r"(\d+)(T?[A-Z]+)", vague).groups()  # type: ignore[union-attr]
        other = _move(dct, int(amount), unit, -1 if back else 1)
        if other is None:
            return None, None
        return (other.isoformat(), dct.isoformat()) if back else (dct.isoformat(), other.isoformat())

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

    def _anchor_clock(
        self,
        clock: str,
        chosen: list[_Candidate],
        i: int,
        ctx: _Ctx,
        text: str,
        clocks: list[str] = (),  # type: ignore[assignment]
    ) -> str:
        """A bare clock time takes the day it is told on.

        That is an adjacent date ("12:56 UTC on Saturday"), else a day named in its sentence (after
        it only in its clause: "at around 9 p.m. late on Sunday"), else the last day named earlier
        in its paragraph; a past clock time with none of those takes the story's reference date,
        the last day named before it that dates an event rather than a statement ("hit late on
        Sunday, officials said on Monday. || It made landfall at 9 p.m." is Sunday), but a clock
        time within two hours of the last one anchored is on that one's day (the minutes of one
        incident: "the alarm at 14:05 … evacuated at 14:07"). A day that dates a state still holding
        ("remained closed on Sunday morning") dates no past clock time of a later sentence. A past
        clock time the story dates only later (a "key facts" box above the story) takes the first such
        day after it. Failing all, the DCT.
        """
        if ctx.dct is not None and _alone_on_line(text, chosen[i]):
            return self._live_entry_day(chosen, i, ctx.dct, text) + clock
        near = []
        j = i + 1
        while j < len(chosen):
            gap = text[chosen[j - 1].end : chosen[j].start]
            # "12:56 UTC on Saturday", "10:35 a.m. (0735 GMT) Friday", "9.15 p.m. in Lima (0215 GMT) on
            # Friday night": the day after the clock, or after the clock in brackets that follows it
            if not re.fullmatch(r"\s*\)?\s*(?:\([^()]{1,20}\))?\s*\(?\s*(?:on|,)?\s*", gap, re.I):
                break
            if chosen[j].rule == "clock" and (chosen[j].reading.value or "").startswith("T") and j == i + 1:
                j += 1  # the same moment in another zone: look past it
                continue
            near.append(chosen[j])
            break
        after = near[
            :1
        ]  # the day right after the clock: its part of day may come with it ("on Friday night")
        if i > 0:
            gap = text[chosen[i - 1].end : chosen[i].start]
            if re.fullmatch(r"\s*(?:,|at|,\s*at|around|about)?\s*", gap, re.I):
                near.append(chosen[i - 1])
        day = re.compile(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)|XXXX-WXX-\d")
        line = text[text.rfind("\n", 0, chosen[i].start) + 1 : chosen[i].start]
        if _UPDATE_NOTE.fullmatch(line) and ctx.dct is not None and not near:
            return ctx.dct.isoformat() + clock  # "Update, 15:05: …": the page's own day, not the story's
        tok = token_at(ctx.doc, chosen[i].start)
        # a day named in the same sentence before it, or after it in the same clause ("made landfall
        # at 9 p.m. late on Sunday", not "ruled at 10:30 a.m. after a hearing that lasted ... on Friday")
        if tok is not None:
            sent = ctx.an.sentence_of(tok)
            near += [c for c in reversed(chosen[:i]) if c.start >= sent.start_char]
            verb = _clause_verb(tok)
            near += [
                c
                for c in chosen[i + 1 :]
                if c.start < sent.end_char
                and verb is not None
                and (other := _clause_verb(token_at(ctx.doc, c.start))) is not None
                and other.i == verb.i
            ]
        for c in near:
            v = c.reading.value or ""
            if c in after and c.reading.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\dT[A-Z]{2}", v):
                v = v[:10]  # "(0215 GMT) on Friday night": the night's day
            if c.reading.type in ("DATE", "TIME") and day.fullmatch(v):
                return v + clock
        # else the last day named earlier in the same paragraph ("On Friday ... at 10:35 a.m.")
        past = ctx.tense(chosen[i].start) == PAST
        dct = ctx.dct.isoformat() if ctx.dct is not None else None

        def ahead(v: str) -> bool:  # a day after the telling, which a past clock time cannot fall on
            return past and dct is not None and v[:4].isdigit() and v > dct

        sent_start = ctx.an.sentence_of(tok).start_char if tok is not None else chosen[i].start
        said: str | None = None  # a statement's day ("officials said on Monday"), if no event's is named
        for c in reversed(chosen[:i]):
            if "\n\n" in text[c.end : chosen[i].start]:
                break
            v = c.reading.value or ""
            # an earlier sentence's day, or its day's part in the same line ("Friday night. At 1 a.m.")
            if c.start < sent_start and (
                c.reading.type == "DATE" or "\n" not in text[c.end : chosen[i].start]
            ):
                v = _narrated_day(c, clock)
            if c.reading.type in ("DATE", "TIME") and day.fullmatch(v) and not ahead(v):
                if past and c.start < sent_start and _dates_state(token_at(ctx.doc, c.start)):
                    continue
                if past and c.start < sent_start and self._dates_statement(c, ctx):
                    said = said or v  # "began late on Friday, officials said on Monday. … at 10:40 p.m."
                    continue
                return v + clock
        if said:
            return said + clock
        last = clocks[-1] if clocks else ""
        if past and last[:4].isdigit() and len(last) >= 16 and not ahead(last[:10]):
            # the last clock anchored, when the two are minutes apart, is of the same incident
            apart = abs(int(clock[1:3]) * 60 + int(clock[4:6]) - int(last[11:13]) * 60 - int(last[14:16]))
            if apart <= 120:
                return last[:10] + clock
        if past:  # else the reference date of the story told so far
            for c in reversed(chosen[:i]):
                timed = c.reading.value or ""
                if c.reading.type == "TIME" and re.match(r"(?:\d{4}-\d\d-\d\d)?T\d\d:", timed):
                    # the last clock told after the last day named, anchored ("on Monday evening …
                    # after midnight … at about 3 a.m.") or dated ("at 7:15 this morning … at about
                    # 10 a.m."): the story has moved on to its day, at a later hour
                    seen = last if timed.startswith("T") else timed
                    if (
                        seen[:4].isdigit()
                        and len(seen) >= 16
                        and not ahead(seen[:10])
                        and re.match(r"T\d\d:", clock)
                        and int(clock[1:3]) >= int(seen[11:13])
                    ):
                        return seen[:10] + clock
                    if timed.startswith("T"):
                        continue
                # a day named with its part or its hour counts too ("found on Tuesday morning")
                v = (c.reading.value or "").split("T")[0]
                if c.reading.type not in ("DATE", "TIME") or not day.fullmatch(v) or ahead(v):
                    continue
                if past and c.start < sent_start and _dates_state(token_at(ctx.doc, c.start)):
                    continue  # "remained closed on Sunday morning. The leak began at 11:20 p.m."
                if "overnight" in text[c.start : c.end].lower():
                    # a night told by the day of its morning: its small hours are that day's, its
                    # evening the day before's; a clock between names neither
                    hour = int(clock[1:3]) if re.match(r"T\d\d:", clock) else 12
                    if hour < 12 or hour >= 18:
                        return (dt.date.fromisoformat(v) - dt.timedelta(days=hour >= 18)).isoformat() + clock
                    continue
                if _POSSESSIVE_DAY.match(text, c.end):
                    continue  # "Friday's ballot": a day naming another event, no day of the story told
                if not self._dates_statement(c, ctx):
                    return _small_hours_after(c, v, clock) + clock
            if not any(day.fullmatch((c.reading.value or "").split("T")[0]) for c in chosen[:i]):
                # no day named yet: the first event day the story names after it, in its paragraph or
                # the next (a "key facts" box over the lede) or under a list's mark; a day the page
                # names further on is another's ("The House met at 2.30 p.m." … "On Monday, 2nd March")
                line_start = text.rfind("\n", 0, chosen[i].start) + 1
                boxed = ctx.dct is None or bool(_BOX_ITEM.match(text, line_start))
                for c in chosen[i + 1 :]:
                    v = (c.reading.value or "").split("T")[0]
                    if not boxed and text.count("\n\n", chosen[i].end, c.start) > 1:
                        break
                    if (
                        c.reading.type in ("DATE", "TIME")
                        and day.fullmatch(v)
                        and not ahead(v)
                        and not self._dates_statement(c, ctx)
                    ):
                        return v + clock
        return (ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX") + clock

    @staticmethod
    def _live_entry_day(chosen: list[_Candidate], i: int, dct: dt.date, text: str) -> str:
        """The day of a live page's entry headed by a bare clock on a line of its own: the page's
        own day, but for entries before a midnight crossed. Entries run newest first when most
        clocks fall from one heading to the next; then each rise down the page (00:40 above 23:10)
        is a day back. Entries oldest first are dated back from the last: each fall after this one
        is a day back, so that no entry passes publication."""
        heads = [(j, c) for j, c in enumerate(chosen) if c.rule == "clock" and _alone_on_line(text, c)]
        minutes = [
            int(text[c.start : c.start + 2]) * 60 + int(text[c.start + 3 : c.start + 5]) for _, c in heads
        ]
        pairs = list(itertools.pairwise(minutes))
        falls, rises = sum(b < a for a, b in pairs), sum(b > a for a, b in pairs)
        k = next(n for n, (j, _) in enumerate(heads) if j == i)
        # newest first: the rises above this entry; oldest first: the falls below it
        back = sum(b > a for a, b in pairs[:k]) if falls >= rises else sum(b < a for a, b in pairs[k:])
        return (dct - dt.timedelta(days=back)).isoformat()

    def _overnight_after_day(self, chosen: list[_Candidate], ctx: _Ctx) -> list[_Candidate]:
        """ "derailed late on Thursday, and crews worked overnight": an "overnight" read from the page's
        day (:meth:`_relday`) after a past day its sentence names for an event is the night after
        that day, given by the day of its morning (Friday), not after a day naming another event
        ("Sunday's vote"); else a statement's day before the page's in its sentence is the morning's
        ("the ministry said on Monday it detained 40 people overnight": Monday)."""
        if ctx.dct is None:
            return chosen
        out = list(chosen)
        for i, c in enumerate(chosen):
            if not (
                c.rule == "relday"
                and ctx.text[c.start : c.end].lower() == "overnight"
                and c.reading.type == "DATE"
                and c.reading.value == ctx.dct.isoformat()
            ):
                continue
            tok = token_at(ctx.doc, c.start)
            if tok is None:
                continue
            sent = ctx.an.sentence_of(tok)
            said = None  # a statement's day before the page's: "the ministry said on Monday"
            for k, other in enumerate(chosen):
                day = re.match(r"\d{4}-\d\d-\d\d", other.reading.value or "")
                if (
                    k == i
                    or not sent.start_char <= other.start < sent.end_char
                    or day is None
                    or other.reading.type not in ("DATE", "TIME")
                    or day[0] >= ctx.dct.isoformat()
                    or _POSSESSIVE_DAY.match(ctx.text, other.end)
                ):
                    continue
                if not self._dates_statement(other, ctx):
                    if k < i:  # the last event day before it: the night after that day
                        after = dt.date.fromisoformat(day[0]) + dt.timedelta(days=1)
                        out[i] = replace(c, reading=replace(c.reading, value=after.isoformat()))
                elif said is None:
                    said = day[0]
            if out[i] is c and said is not None:  # "said on Monday it detained 40 people overnight"
                out[i] = replace(c, reading=replace(c.reading, value=said))
        return out

    def _dates_statement(self, c: _Candidate | Time, ctx: _Ctx) -> bool:
        """The expression hangs on a speech verb ("officials said on Monday"): the day of a statement."""
        tok = token_at(ctx.doc, c.start)
        for _ in range(4):
            if tok is None or tok.pos_ in ("VERB", "AUX"):
                break
            tok = tok.head if tok.head is not tok else None
        return tok is not None and tok.lemma_ in self.speech_verbs

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

    def _foreign_date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """A full date written in another language: "8 de octubre de 2024" is 2024-10-08."""
        month, day, year = self.foreign_months[m["mon"].lower()], int(m["day"]), int(m["year"])
        dt.date(year, month, day)
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")

    def _hyphened_date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """A full date with its month's name between hyphens or slashes ("07-Jun-2023", "2023-JUN-07")."""
        months = {k.lower(): v for k, v in self.month_any.items()}
        month, day, year = months[m["mon"].lower().rstrip(".")], int(m["day"]), int(m["year"])
        dt.date(year, month, day)
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")

    def _month_num(self, name: str) -> int:
        return self.month_any[name.rstrip(".")]

    def _date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        g = m.groupdict()
        mon = int(g["mon"]) if g["mon"].isdigit() else self._month_num(g["mon"])
        day = int(g["day"]) if g.get("day") else None
        year = self._year_number(g["year"]) if g.get("year") else None
        if year is not None and year < 100:
            year += 2000 if year < 50 else 1900
        if g.get("ryear") and ctx.dct is not None:  # "the 9th of March last year": against the page's year
            year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[g["ryear"].lower()]
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
            slack = 60 if direction == FUTURE and ctx.future_in_past(m.start()) else _FUTURE_SLACK_DAYS
            if direction == FUTURE and candidate < ctx.dct - dt.timedelta(days=slack):
                year += 1  # "the ruling is due on 11 February" said in October: next February
            elif direction == PAST and candidate > ctx.dct + dt.timedelta(days=60):
                year -= 1
            elif direction not in (PAST, FUTURE):  # no tense to go by: the nearest such day
                year += _nearest((candidate - ctx.dct).days, 366)
        dt.date(year, mon, day)
        return Reading("DATE", f"{year:04d}-{mon:02d}-{day:02d}", mod)

    def _short_dotted_date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """A dotted day-month-year date with two figures of the year, as a European page's stamp
        writes it ("Thu 05.03.26", "Updated: 05.03.26 09:40"): read only after a weekday that fits it
        or after a stamp's label, since "2.10.26" alone may be a version number or a score."""
        if not m["wd"] and not _STAMP_LABEL_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None
        day, mon, year = int(m["day"]), int(m["mon"]), 2000 + int(m["yy"])
        date = dt.date(year, mon, day)
        if m["wd"] and date.weekday() != _SHORT_WEEKDAYS.index(m["wd"][:3].lower()):
            return None  # a weekday that does not fit: no date of this page's stamp
        return Reading("DATE", date.isoformat())

    def _slash_date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """A numeric "a/b/year" date: month first, as American pages write it, but day first when
        ``a`` cannot be a month ("14/10/2025") or when the day-first reading is the publication
        date ("07/03/2025" on a page of 7 March: the page's own stamp or a note dated that day)."""
        a, b, year = int(m["mon"]), int(m["day"]), m["year"]
        full = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 50 else 1900)
        day_first = a > 12 >= b
        if not day_first and a <= 12 and b <= 12 and a != b and ctx.dct is not None:
            day_first = (full, b, a) == (ctx.dct.year, ctx.dct.month, ctx.dct.day)
        if day_first:
            dt.date(full, b, a)
            return Reading("DATE", f"{full:04d}-{b:02d}-{a:02d}")
        return self._date(m, ctx)

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
            told = ctx.past_deadline_years(m.start(), mon, direction)
            if told is not None:
                year += told
            elif direction == FUTURE and mon < ctx.dct.month:
                year += 1
            elif direction == PAST and mon > ctx.dct.month + _SOON_MONTHS:
                year -= 1  # a month just ahead in a past sentence is announced: "set a summit for April"
            elif direction == PAST and mon > ctx.dct.month and self._done_in_month(m, ctx):
                # "the bridge was repainted in June" said in April: last June, as for a past weekday
                year -= 1
            elif direction not in (PAST, FUTURE):  # no tense to go by: the nearest such month
                year += _nearest(mon - ctx.dct.month, 12)
        return Reading("DATE", f"{year:04d}-{mon:02d}", mod)

    def _done_in_month(self, m: re.Match[str], ctx: _Ctx) -> bool:
        """A bare month after the DCT's, told in the past, names when a past deed was done: "in" or
        "during" the month hangs straight on the past verb ("was repainted in June"), with no "for"
        before it ("set the vote for May") and no "would" looking forward from the past ("said it
        would reopen in May"). A month one hangs on a noun ("talks in May") may be announced, and so
        may one the parser hangs on a verb of saying or planning with an object ("announced talks in
        April")."""
        if m["pos"] or ctx.future_in_past(m.start()):
            return False
        tok = token_at(ctx.doc, m.start("mon"))
        if tok is None or tok.head.lower_ not in ("in", "during") or tok.head.dep_ != "prep":
            return False
        verb = tok.head.head
        announcing = self.speech_verbs | self.future_verbs | self.request_verbs
        if verb.lemma_ in announcing and any(c.dep_ == "dobj" for c in verb.children):
            return False
        return verb.pos_ in ("VERB", "AUX") and (
            verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
        )

    def _season_year(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        if m["ofrel"]:  # "the spring of next year": that year's season
            if ctx.dct is None:
                return None
            year = ctx.dct.year + _YEAR_STEPS.get(m["ofrel"].lower(), 0)
        else:
            year = self._year_number(m["year"])
        return Reading("DATE", f"{year:04d}-{self.seasons[m['season'].lower()]}", self._mod(m["pos"]))

    def _year_number(self, text: str) -> int:
        """A year from digits or from words ("nineteen ninety-four")."""
        if text.isdigit():
            return int(text)
        first, *rest = re.split(r"[\s-]+", text.lower())
        return (1900 if first == "nineteen" else 1800) + sum(int(self._number(w) or 0) for w in rest)

    def _year(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        pos = (m["pos"] or "").lower()
        if m["prepost"]:  # "the post-1959 politics": after (before) that year, as TimeML's mod says
            return Reading("DATE", m["year"], "AFTER" if m["prepost"].lower() == "post" else "BEFORE")
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

    def _decade_word(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "the nineties", "the early sixties": a decade in words (not a temperature or an age range)."""
        if _NOT_DECADE.search(ctx.text[max(0, m.start() - 50) : m.start()]):
            return None  # "temperatures in the sixties"
        dec = self.decade_words[m["word"].lower()]
        cent = "20" if ctx.dct is not None and dec * 10 + 2000 <= ctx.dct.year and dec < 3 else "19"
        return Reading("DATE", f"{cent}{dec}", self._mod(m["pos"]))

    def _century(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        n = self.ordinals[m["ord"].lower()]
        return Reading("DATE", f"{n - 1:02d}")

    def _quarter(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        half = m["what"].lower() == "half"
        n = (2 if half else 4) if m["ord"].lower() == "final" else self.ordinals[m["ord"].lower()]
        if half and n > 2:
            raise ValueError("no third half")
        letter = "H" if half else "Q"
        if m["year"] or m["year0"]:
            return Reading("DATE", f"{m['year'] or m['year0']}-{letter}{n}")
        if (rel_year := m["yrel"] or m["ofrel"]) and ctx.dct is not None:
            k = _YEAR_STEPS.get(rel_year.lower(), 0)  # "next year's second half", "… of next year"
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

    def _ordinal_day(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "on the 9th": that day of the DCT's month, or the month before when it would lie ahead of
        the DCT for a past verb (after it when the verb looks forward), as a weekday is read."""
        day = int(m["day"])
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day // 10 != 1 else 0, "th")
        if day == 0 or m["suffix"].lower() != suffix:
            return None  # "the 0th", "the 2th": not an ordinal
        if not _ORDINAL_DAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "finished the 7th.", "he was the 14th": only a day is "on" or "by" it
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-XX-{day:02d}")
        direction = ctx.tense(m.start())
        if direction == PLANNED or _FOR_DAY.search(ctx.text, max(0, m.start() - 8), m.start()):
            # a plan told in the past, a day set "for" the 9th: the nearest 9th either side
            options = [
                dt.date(y, mo, day)
                for y, mo in (_add_months(ctx.dct.year, ctx.dct.month, k) for k in (-1, 0, 1))
                if day <= calendar.monthrange(y, mo)[1]
            ]
            nearest = min(options, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct))
            return Reading("DATE", nearest.isoformat())
        step = 1 if direction in (FUTURE, PRESENT) else -1
        year, month = ctx.dct.year, ctx.dct.month
        for _ in range(3):  # the 31st is not in every month: the next month that has it
            if day <= calendar.monthrange(year, month)[1]:
                date = dt.date(year, month, day)
                if (date <= ctx.dct) if step < 0 else (date >= ctx.dct):
                    return Reading("DATE", date.isoformat())
            year, month = _add_months(year, month, step)
        return None

    def _two_days(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the day before yesterday" is two days before the DCT, "the day after tomorrow" two after."""
        if ctx.dct is None:
            return Reading("DATE", "XXXX-XX-XX")
        k = -2 if m["dir"].lower().startswith("before") else 2
        return Reading("DATE", (ctx.dct + dt.timedelta(days=k)).isoformat())

    def _day_before(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the day before", "the night after", "the evening before": the day before or after the last
        day named (at that part of the day)."""
        k = -1 if m["dir"].lower() == "before" else 1
        unit = m["unit"].lower()
        if unit != "day":
            return Reading("TIME", None, None, shift=(k, "pod-" + self.pods[unit], False))
        return Reading("DATE", None, None, shift=(k, "at-day", False))

    def _week_of_month(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "the third week of August": the ISO week of the middle day of that stretch of seven days (the
        18th; "the last week" of the month's last seven days), "the week of March 6" the week of that day;
        the month's year as written, else the one a bare month takes (:meth:`_month`'s tense rules)."""
        name = (m["mon"] or m["mon2"]).rstrip(".").lower()
        mon = next((n for w, n in self.month_any.items() if w.lower() == name), None)
        day = m["day"] or m["day2"]
        if mon is None or (m["ord"] is None) == (day is None):
            return None  # "the week of July" alone is no week
        if m["year"]:
            year = int(m["year"])
        elif ctx.dct is None:
            return Reading("DATE", "XXXX-WXX")
        else:
            year = ctx.dct.year
            direction = ctx.tense(m.start())
            told = ctx.past_deadline_years(m.start(), mon, direction)
            if told is not None:
                year += told
            elif direction == FUTURE and mon < ctx.dct.month:
                year += 1
            elif direction == PAST and mon > ctx.dct.month:
                year -= 1
            elif direction not in (PAST, FUTURE):
                year += _nearest(mon - ctx.dct.month, 12)
        last = calendar.monthrange(year, mon)[1]
        if day is not None:
            middle = int(day)
        else:
            which = m["ord"].lower()
            middle = last - 3 if which in ("last", "final") else 7 * self.ordinals[which] - 3
        return Reading("DATE", _fmt_week(dt.date(year, mon, middle)))

    def _eve(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the eve of the election": a day, the one before the event's, which :func:`_eve_days`
        finds once every other expression is read ("XXXX-XX-XX" until then, and when it finds none)."""
        return Reading("DATE", "XXXX-XX-XX")

    def _anaphora_pod(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the next morning", "that night", "later that evening": a part of the last day named
        (narrative time, as HeidelTime's narrative mode anchors it), not of the DCT."""
        pod_tok = token_at(ctx.doc, m.start("pod"))
        that_tok = token_at(ctx.doc, m.start("pod") - 5) if not m["rel"] else None
        if ctx.text[m.end() : m.end() + 1] == "-" or (
            (pod_tok is not None and pod_tok.dep_ == "compound")
            or (that_tok is not None and that_tok.dep_ == "mark")
        ):
            return None  # "said that night raids would go on": "that" is a conjunction there
        k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get((m["rel"] or "").lower(), 0)
        pod = self.pods[m["pod"].lower()]
        return Reading("TIME", None, self._mod(m["pos"]), shift=(k, "pod-" + pod, False))

    def _period_end(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "year-end", "the end of the month", "by the end of the week", "by week's end": the current
        year, month or week, its end."""
        mod = "APPROX" if m["approx"] else "END"
        unit = (m["unit"] or m["unit2"] or "year").lower()
        if ctx.dct is None:
            return Reading("DATE", {"month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"), mod)
        if unit == "week":
            return Reading("DATE", _fmt_week(ctx.dct), mod)
        value = f"{ctx.dct.year:04d}-{ctx.dct.month:02d}" if unit == "month" else f"{ctx.dct.year:04d}"
        return Reading("DATE", value, mod)

    def _before_last(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the week before last", "the weekend before last", "the month before last", "the year before
        last": the unit before the last one (two back from the DCT's, as "last week" is one back)."""
        unit = m["unit"].lower()
        if ctx.dct is None:
            return Reading(
                "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX")
            )
        d = ctx.dct
        if unit in ("week", "weekend"):
            return Reading(
                "DATE", _fmt_week(d - dt.timedelta(weeks=2)) + ("-WE" if unit == "weekend" else "")
            )
        if unit == "month":
            y, mo = _add_months(d.year, d.month, -2)
            return Reading("DATE", f"{y:04d}-{mo:02d}")
        return Reading("DATE", f"{d.year - 2:04d}")

    def _quarter_code(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "Q2 2024", "2024 Q2": that quarter; a bare "Q3" is the DCT's year's, the year before when it
        lies ahead of the DCT's quarter in a past clause, the year after when it is behind it in a
        clause looking forward ("expects a rebound in Q1" said in October)."""
        n = int(m["n"])
        if m["year"] or m["year0"]:
            return Reading("DATE", f"{m['year'] or m['year0']}-Q{n}")
        if not (
            _QUARTER_CODE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
            or _QUARTER_CODE_AFTER.match(ctx.text, m.end())
        ):
            return None  # "the Q3 bus", "Q2 of the survey": a bare code is a quarter in time's words only
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-Q{n}")
        year, current = ctx.dct.year, (ctx.dct.month - 1) // 3 + 1
        tense = ctx.tense(m.start())
        if n > current and tense == PAST:
            year -= 1
        elif n < current and tense == FUTURE:
            year += 1
        return Reading("DATE", f"{year}-Q{n}")

    def _caps_date(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """A full date in capitals ("FRIDAY, MAY 9, 2025"), read as the same date in title case is."""
        months = {k.upper(): v for k, v in self.month_any.items()}
        month = months[(m["mon"] or m["mon2"]).rstrip(".")]
        day, year = int(m["day"] or m["day2"]), int(m["year"])
        dt.date(year, month, day)
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")

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
        if m["nth"]:
            return self._weekday_nth(wd, int(m["nth"]), typ, pod, mod, ctx)
        if ctx.dct is None:
            return Reading(typ, f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), mod)
        today = ctx.dct.isoweekday()
        if rel.startswith("the"):  # "the previous Friday": before the day last named
            after = rel.endswith("following")
            return Reading(typ, None, mod, shift=(wd, "weekday-after" if after else "weekday-before", False))
        if m["wk"] and rel in ("last", "past", "previous"):
            delta = -(((today - wd) % 7) or 7) - 7  # "last Friday week": a week before last Friday
        elif m["wk"] and rel in ("", "next", "coming"):
            delta = (((wd - today) % 7) or 7) + 7  # "on Thursday week": a week after the coming Thursday
        elif rel == "last" and _LAST_WEEK.search(ctx.text):
            delta = wd - today - 7  # "last Thursday" in a story that speaks of "last week"
        elif rel in ("last", "past", "previous"):
            delta = -(((today - wd) % 7) or 7)
        elif rel in ("next", "coming"):
            delta = ((wd - today) % 7) or 7
        elif rel == "this":
            # the day of the page's week ("this Wednesday" on a Tuesday is tomorrow), but ahead for a
            # verb that looks forward and back for a past one when that day of this week is still to come
            tense = ctx.tense(m.start())
            if tense in (FUTURE, PRESENT):
                delta = (wd - today) % 7
            elif tense == PAST:
                delta = -((today - wd) % 7)
            else:
                delta = wd - today
        elif _FOR_DAY.search(ctx.text[max(0, m.start() - 8) : m.start()]) and not _POSSESSIVE.match(
            ctx.text, m.end()
        ):
            # the day something is set for lies ahead ("called a summit for Thursday"), but for the
            # day just past: a plan told of as it fell through ("a service planned for Saturday was
            # canceled", on Sunday)
            ahead = (wd - today) % 7
            delta = ahead if ahead < 6 else ahead - 7
        else:
            tense = ctx.tense(m.start())
            if tense in (PAST, None) and ctx.future_in_past(m.start()):
                tense = PLANNED  # "said it would open the gate on Wednesday": the nearest Wednesday
            delta = _weekday_delta(wd, today, tense)
        day = ctx.dct + dt.timedelta(days=delta)
        return Reading(typ, day.isoformat() + (f"T{pod}" if pod else ""), mod)

    @staticmethod
    def _weekday_nth(wd: int, nth: int, typ: str, pod: str, mod: str | None, ctx: _Ctx) -> Reading | None:
        """ "Thursday the 29th": the date nearest the DCT, in its month or those around it, whose day is
        ``nth`` and whose weekday is ``wd``; with no such date (or no DCT) the weekday's day of the month
        alone ("XXXX-XX-12")."""
        if ctx.dct is None:
            return Reading(typ, f"XXXX-XX-{nth:02d}" + (f"T{pod}" if pod else ""), mod)
        options = [
            dt.date(y, mo, nth)
            for y, mo in (_add_months(ctx.dct.year, ctx.dct.month, k) for k in range(-6, 7))
            if nth <= calendar.monthrange(y, mo)[1] and dt.date(y, mo, nth).isoweekday() == wd
        ]
        if not options:
            return None
        day = min(options, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct))
        return Reading(typ, day.isoformat() + (f"T{pod}" if pod else ""), mod)

    def _relday(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        word = m["word"].lower()
        mod = self._mod(m["pos"])
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(
            (m["day"] or m["day1"] or word).lower(), 0
        )
        pod = ""
        if m["pod"] or m["pod0"] or m["pod1"]:  # "yesterday afternoon", "mid-afternoon yesterday"
            pod = self.pods[(m["pod"] or m["pod0"] or m["pod1"]).lower()]
        elif word in ("tonight", "last night", "overnight"):
            pod = "NI"
        if word == "overnight":
            # the night told of, by the day of the morning it ends on, as the development golds write it:
            # "shelled the town overnight" on a Tuesday page is Tuesday, "will close the road overnight"
            # the next day
            tok = token_at(ctx.doc, m.start("word"))
            if tok is not None and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
                # "overnight losses", "an overnight curfew": a noun's night, the page's night as TimeBank
                # writes it
                return Reading("TIME", ((ctx.dct.isoformat()) if ctx.dct else "XXXX-XX-XX") + "TNI", mod)
            if ctx.dct is None:
                return Reading("DATE", "XXXX-XX-XX", mod)
            ahead = ctx.tense(m.start()) in (FUTURE, PLANNED)
            return Reading("DATE", (ctx.dct + dt.timedelta(days=int(ahead))).isoformat(), mod)
        typ = "TIME" if pod else "DATE"
        if ctx.dct is None:
            return Reading(typ, "XXXX-XX-XX" + (f"T{pod}" if pod else ""), mod)
        day = ctx.dct + dt.timedelta(days=offset)
        return Reading(typ, day.isoformat() + (f"T{pod}" if pod else ""), mod)

    def _relperiod(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        mod = self._mod(m["pos"])
        code = self.units.get(unit)
        if m["the"] and (rel in ("next", "coming") or unit == "century") and code and unit != "weekend":
            return Reading("DURATION", self._period(1, unit), mod)
        if rel == "past" and code and not m["the"]:
            return Reading("DURATION", self._period(1, unit), mod)
        if m["the"] and rel in ("past", "last") and code and unit != "weekend" and _perfect_span(ctx, m):
            return Reading("DURATION", self._period(1, unit), mod)  # "has fallen over the past year"
        # "the past year", "in the last decade", "the previous month": TimeBank annotates the
        # calendar unit before the DCT's (DATE 1988 in 1989), not a one-unit DURATION
        k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit in self.seasons:
            # "last summer" is the previous year's even when said in autumn (TimeBank: "last spring" in
            # October 1989 is 1988-SP); "the past summer", "the previous summer" are the latest one
            return self._season(self.seasons[unit], -2 if rel == "last" else k, ctx, mod)
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
        """A season near the DCT: ``k`` 0 the DCT's year's, 1 the next one still to begin, -1 the latest
        one already over, -2 the one of the year before the DCT's season year (a winter's year is its
        December's: "last winter" said in January 2020 is 2018-WI)."""
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-{season}", mod)
        first, last = self.season_months[season]
        year, month = ctx.dct.year, ctx.dct.month
        wraps = first > last
        if k > 0:
            year += 0 if first > month else 1
        elif k == -2:
            year -= 2 if (wraps and month <= last) else 1
        elif k < 0:
            year -= 0 if (last < month and not wraps) else 1
        return Reading("DATE", f"{year:04d}-{season}", mod)

    def _the_season(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the summer", "the early summer": that season of the DCT's year; in a clause that looks
        forward ("the dam will be finished by the summer" said in October), the next one when the DCT's
        year's has passed (a season spanning the new year is left as it is)."""
        season = self.seasons[m["season"].lower()]
        first, last = self.season_months[season]
        if ctx.dct is not None and first <= last < ctx.dct.month and ctx.tense(m.start()) == FUTURE:
            return self._season(season, 1, ctx, self._mod(m["pos"]))
        return self._season(season, 0, ctx, self._mod(m["pos"]))

    def _bare_season(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        """ "in spring", "by autumn", "all winter": as "the spring" (the next one in a clause that looks
        forward when the DCT's year's is over), but a past clause's season not yet begun this year is
        last year's ("the plant opened in autumn" said in March). Not a noun's modifier ("spring water",
        "in spring rains") nor a verb ("the lid may spring open")."""
        tok = token_at(ctx.doc, m.start("season"))
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "nmod"):
            return None
        nxt = tok.nbor(1) if tok.i + 1 < len(ctx.doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx == tok.idx + len(tok.text) + 1:
            return None
        season = self.seasons[m["season"].lower()]
        first, last = self.season_months[season]
        month = ctx.dct.month if ctx.dct else 0
        not_begun = month < first if first <= last else last < month < first
        if ctx.dct is not None and not_begun and ctx.tense(m.start()) == PAST:
            return self._season(season, -1, ctx, self._mod(m["pos"]))
        if ctx.dct is not None and first > last and month <= last and ctx.tense(m.start()) != FUTURE:
            # "snow fell all winter" said in February: the winter under way, named by its December
            return Reading("DATE", f"{ctx.dct.year - 1:04d}-{season}", self._mod(m["pos"]))
        return self._the_season(m, ctx)

    def _the_year(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the year", "the full year", "the current fiscal year": the DCT's year, as TimeML
        anchors them; "the year ended Sept. 30" is a reporting period, a one-year duration."""
        if re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 12]):
            return Reading("DURATION", "P1Y")
        mod = self._mod(m["pos"] or m["pos2"])
        return Reading("DATE", f"{ctx.dct.year:04d}" if ctx.dct else "XXXX", mod)

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
            mon, wd, n, *start = self.weekday_holidays[name]
            if n > 0:  # counted from the 1st, or from a later day ("the Tuesday after the first Monday")
                first = dt.date(year, mon, start[0] if start else 1)
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            last = dt.date(year, mon, calendar.monthrange(year, mon)[1])
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
        return _easter(year) + dt.timedelta(days=self.easter_holidays[name])

    def _weekend(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        if ctx.dct is None:
            return Reading("DATE", "XXXX-WXX-WE")
        d = ctx.dct
        if d.isoweekday() < 6 and ctx.tense(m.start()) not in (FUTURE, PRESENT):
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

    def _period_year_ago(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the quarter a year ago", "the corresponding period last year": the quarter, a year back."""
        return Reading("DATE", None, shift=(-1, "year-quarter", False))

    def _halves(self, m: re.Match[str], ctx: _Ctx) -> Reading:
        """ "the last half of 1989", "the first two quarters of 1990": a half year."""
        return Reading("DATE", f"{m['year']}-H{1 if m['which'].lower() == 'first' else 2}")

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
        if direction in ("later", "earlier") and unit in _NARRATIVE_GAP_UNITS:
            # "about 20 minutes later": the gap itself, left to the duration rule
            return None
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
        if "couple" in num and mod is None:
            mod = "APPROX"
        if (m["half"] or m["half0"]) and n is not None:
            n = n + 0.5
        if singular == "decade" and num in ("a", "an") and n == 1:
            # "more than a decade": one decade, as TimeML writes it (P1DE); counted decades ("two
            # decades") stay in years, as TimeBank and the development golds write them (P20Y)
            return Reading("DURATION", "P1DE", mod)
        return Reading("DURATION", self._period(n, singular), mod)

    def _period(self, n: int | float | None, unit: str) -> str:
        code = self.units[unit]
        t = "T" if unit in self.clock_units else ""
        if unit in _IN_SMALLER and (n is None or float(n).is_integer()):
            # TimeBank writes decades in years ("two decades" P20Y)
            times, smaller = _IN_SMALLER[unit]
            return f"P{int(n) * times}{smaller}" if n is not None else f"PX{smaller}"
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
        recent = (m["recent"] or "").lower()
        if recent in ("future", "past"):  # "in future quarters", "in past years"
            return Reading("DATE", "FUTURE_REF" if recent == "future" else "PAST_REF")
        if recent:  # "in recent years", "in coming weeks": an unmeasured stretch of those units
            return Reading("DURATION", self._period(None, singular))
        if singular == "quarter":
            return None  # "three-quarters of its food" is a fraction
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        after = ctx.text[m.end() : m.end() + 8].lower()
        if _SMALL_HOURS.search(ctx.text, max(0, m.start() - 16), m.start()):
            return None  # "in the early hours of Tuesday" is a part of the night, not a stretch of hours
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
            if re.search(r"(?i)\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()]):
                return None  # "high noon": the idiom (and the film), not a clock time
            h, mi = (0, 0) if m["noon"].lower() == "midnight" else (12, 0)
        elif m["hw"]:
            clock_words = self._word_clock(m, ctx)
            if clock_words is None:
                return None
            h, mi = clock_words
            pod = " ".join(m["wpod"].lower().split())
            if pod.startswith(("this ", "tonight", "last ")) and not m["wd"]:
                # "at 7:15 this morning": the clock on the page's day ("last night": the day before)
                if ctx.dct is None:
                    return Reading("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}")
                d = ctx.dct - dt.timedelta(days=1 if pod.startswith("last ") else 0)
                return Reading("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", self._clock_mod(m))
        elif m["h2"]:
            h, mi = int(m["h2"]), int(m["m2"])
        elif m["h6"]:
            h, mi = int(m["h6"]), int(m["m6"])
        elif m["h7"]:
            before = ctx.text[max(0, m.start() - 30) : m.start()]
            if not (_CLOCK_PREPOSITION.search(before) or _FIGURES_CLOCK_BEFORE.search(before)):
                return None  # "in 1912 GMT became …": four figures are a clock in brackets or after "at"
            h, mi = int(m["h7"]), int(m["m7"])
        elif m["h3"]:
            h, mi = int(m["h3"]), int(m["m3"])
        elif m["h4"]:
            if not (
                _CLOCK_PREPOSITION.search(ctx.text, max(0, m.start() - 30), m.start())
                or _stamp_clock(ctx.text, m.start())
            ):
                return None  # "a 12:30 ratio", "verses 10:12": only a clock is "at" or "until" it
            h, mi = int(m["h4"]), int(m["m4"])
        elif m["h5"]:
            if not (m["m5"] and len(m["h5"]) == 2) and not _H_CLOCK_BEFORE.search(
                ctx.text, max(0, m.start() - 30), m.start()
            ):
                return None  # "21h", "1h30" may be hours counted ("a 12h shift"): a clock is "at" it
            h, mi = int(m["h5"]), int(m["m5"] or 0)
        else:
            h, mi = int(m["h"]), int(m["m"] or 0)
            ampm = m["ampm"].lower()[0]
            if h > 12 or h == 0:
                return None
            h = (h % 12) + (12 if ampm == "p" else 0)
        if h > 23 or mi > 59:
            return None
        clock = f"T{h:02d}:{mi:02d}"
        if (m["zone"] or "").upper() in ("UTC", "GMT"):
            clock += "Z"  # ISO 8601's UTC designator ("18:00 UTC" is T18:00Z); "(GMT +8)" is not UTC
        mod = self._clock_mod(m)
        day = (m["wd"] or "").lower()
        if day and ctx.dct is not None:
            if day in ("today", "yesterday", "tomorrow"):
                d = ctx.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[day])
            else:
                wd, today = self.weekdays[m["wd"]], ctx.dct.isoweekday()
                d = ctx.dct + dt.timedelta(days=_weekday_delta(wd, today, ctx.tense(m.start())))
            return Reading("TIME", d.isoformat() + clock, mod)
        if day:
            wd_value = f"XXXX-WXX-{self.weekdays[m['wd']]}" if m["wd"] in self.weekdays else "XXXX-XX-XX"
            return Reading("TIME", wd_value + clock, mod)
        return Reading("TIME", clock, mod)

    @staticmethod
    def _clock_mod(m: re.Match[str]) -> str | None:
        """The TimeML modifier a clock's hedge gives: "about 10 a.m." APPROX, "shortly after" AFTER."""
        return {
            "about": "APPROX",
            "around": "APPROX",
            "approximately": "APPROX",
            "roughly": "APPROX",
            "shortly after": "AFTER",
            "just after": "AFTER",
            "just before": "BEFORE",
        }.get((m["mod"] or "").lower())

    def _word_clock(self, m: re.Match[str], ctx: _Ctx) -> tuple[int, int] | None:
        """(hour, minutes) of a clock told in words with its part of the day, as "5 a.m." is read:
        "six in the morning" 06:00, "half past nine at night" 21:30, "a quarter to eight in the
        evening" 19:45, "two at night" 02:00; only after a preposition of time or a hedge ("at", "by",
        "around": "six in the morning" alone may count people)."""
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not (m["mod"] or _CLOCK_PREPOSITION.search(before) or _FIGURES_CLOCK_BEFORE.search(before)):
            return None
        word = m["hw"].lower()
        h = _WORD_HOURS.get(word) or int(word)
        mi = int(m["wm"] or 0)
        if m["frac"]:
            frac = m["frac"].lower()
            mi = 30 if frac == "half" else 15 if "quarter" in frac else int(self._number(frac) or 0)
            if m["dir"].lower() == "to":
                if frac == "half":
                    return None  # "half to nine" is no English clock
                h, mi = (h - 2) % 12 + 1, 60 - mi
        pod = m["wpod"].lower().split()[-1]
        pod = "night" if pod == "tonight" else pod
        if pod == "morning":
            h = 0 if h == 12 else h
        elif pod in ("afternoon", "evening"):
            h = h if h == 12 else h + 12
        else:  # at night: the evening's hours, midnight, the small hours
            h = 0 if h == 12 else h if h < 5 else h + 12
        return h, mi

    def _vague(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        word = m["word"].lower()
        value = self.vague_refs.get(word)
        if value is None:
            return None
        if word.startswith("in the "):
            return None  # TimeML leaves the preposition out: "the past", "the future" are read alone
        if re.match(r"-\w", ctx.text[m.end() : m.end() + 2]):
            return None  # part of a compound word: "the now-cancelled deal", "current-account deficit"
        if word == "current":
            nxt = ctx.text[m.end() : m.end() + 12].lower()
            if not re.match(
                r"\s+(?:year|month|week|quarter|period|season|term|decade)\b", nxt
            ) and not re.match(r"\s+\w", nxt):
                return None
        return Reading("DATE", value)

    def _vague_duration(self, m: re.Match[str], ctx: _Ctx) -> Reading | None:
        return Reading("DURATION", self.vague_durations[m["word"].lower()])


# The preposition of a span that reaches up to the telling: "over the past year", "across the last month".
_SPAN_PREPOSITIONS = frozenset({"over", "across", "throughout"})
# A part of such a span ("for much of the past year", "during most of the last month"): still the span,
# with the prepositions of a stretch of time.
_SPAN_PART = re.compile(r"\b(?:much|most|all|part)\s+of\s+$", re.IGNORECASE)
_PART_PREPOSITIONS = frozenset({"for", "during", "through"})


def _perfect_span(ctx: _Ctx, m: re.Match[str]) -> bool:
    """True for "over the past year" hanging on a verb in the perfect ("prices have doubled over the
    past year", "had tracked the ships over the past week", "has shut the road for much of the past
    year"): a span reaching back from the telling, a DURATION (P1Y), as the development golds write it
    (and AQUAINT's "had become routine over the past decade", P10Y). The same words on a noun ("the
    growth of the groups over the past year", "there has been a rise … over the past year") or a plain
    past verb stay the calendar unit before the page's day, as TimeBank writes those."""
    tok = token_at(ctx.doc, m.start("the"))
    prep = tok.head if tok is not None else None
    while prep is not None and prep.dep_ in ("pobj", "npadvmod") and prep.head is not prep:
        prep = prep.head  # the parser may hang "the past year" under "year" → "over"
    part = _SPAN_PART.search(ctx.text[max(0, m.start("the") - 20) : m.start("the")])
    if part and prep is not None and prep.lower_ == "of":  # "for much of the past year": a part of the span
        prep = prep.head.head if prep.head.dep_ in ("pobj", "npadvmod") else None
    if prep is None or prep.lower_ not in (_SPAN_PREPOSITIONS | (_PART_PREPOSITIONS if part else set())):
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN" or verb.lemma_ == "be":
        return False  # "there has been a rise in … over the past year": the span is the noun's
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


class _Ctx:
    """What readings need beyond the match: the doc, the DCT and the tense around a span."""

    def __init__(self, stage: TimeStage, an: Analysis, text: str, dct: dt.date | None) -> None:
        self.stage = stage
        self.an = an
        self.doc = an.doc
        self.text = text  # Doc.text is rebuilt on every access: read the article's own string
        self.dct = dct

    def future_in_past(self, char: int) -> bool:
        """True when the verb governing the expression looks forward from a past telling, with "would"
        ("said the bridge would reopen on 1 May"): its day may lie behind the page's date."""
        tok = token_at(self.doc, char)
        for _ in range(6):
            if tok is None:
                return False
            if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in tok.children
            ):
                return True
            tok = tok.head if tok.head is not tok else None
        return False

    def present_clause(self, char: int) -> bool:
        """The verb the expression hangs on is in the present or future, with no past form among it
        and its auxiliaries ("are closed", "remain shut", "will be closed"; not "were closed", "had
        been closed")."""
        verb = _clause_verb(token_at(self.doc, char))
        if verb is None:
            return False
        forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(f.tag_ in ("VBD",) for f in forms):
            return False
        return any(f.tag_ in ("VBZ", "VBP") or f.lower_ in _FUTURE_AUX for f in forms)

    def tense(self, char: int) -> str | None:
        """``future`` when the verb governing the expression looks forward, ``past`` when back."""
        before = self.text[max(0, char - 16) : char]
        marker = self.stage.future_markers.search(before)
        tok = token_at(self.doc, char)
        if marker:
            # "as early as March" looks back in a past clause ("the crew had been told as early as
            # March"), ahead anywhere else ("the mine may restart as early as March"); a deadline's
            # "no later than", "as soon as" always looks ahead
            looks_back = marker[0].lower().startswith(("as early", "as late"))
            return PAST if looks_back and tok is not None and self._governing_tense(tok) == PAST else FUTURE
        if tok is None:
            return None
        tense = self._governing_tense(tok)
        if tense in (PRESENT, None) and _caption_line(self.text, char):
            return PAST  # a photo caption's present tells what the picture shows: "Crowds gather on Friday."
        if _DEADLINE.search(before):  # "extended the loans through January": a limit ahead of the verb
            if tense == PAST and (
                self._deferred(tok) or self._state_until(tok, char) or self._granted_until(tok)
            ):
                # "postponed until Tuesday morning": put off to a day still ahead; "the port was
                # closed until Monday": a state that holds up to a day still ahead; "gave residents
                # until Monday to leave": a deadline still ahead
                return FUTURE
            return PLANNED if tense == PAST else FUTURE  # "gave them until Tuesday": either side
        if _TO_DAY.search(before) and tense == PAST and self._deferred(tok, ("to",)):
            return FUTURE  # "adjourned the trial to 5 March": put off to a day still ahead
        if (
            tense in (PAST, PRESENT, None)
            and _BY_DAY.search(before)
            and self._deadline_by(tok, copula=tense != PAST)
        ):
            return FUTURE  # "told to leave by Friday", "an answer (is) due by Monday": a deadline ahead
        return tense

    def past_deadline(self, char: int) -> int | None:
        """For a deadline set by a past telling ("were told in March to leave by the end of April",
        "ordered to move out by February"): the month the telling names in the sentence before the
        deadline (3 for "in March"), 0 when it names none; None for any other expression. Such a
        deadline may lie behind the page's date."""
        before = self.text[max(0, char - 16) : char]
        tok = token_at(self.doc, char)
        if tok is None or not _BY_DAY.search(before) or self._governing_tense(tok) != PAST:
            return None
        if not self._deadline_by(tok):
            return None
        months = [self.stage.months[t.text] for t in tok.sent if t.i < tok.i and t.text in self.stage.months]
        return months[-1] if months else 0

    def past_deadline_years(self, char: int, mon: int, direction: str | None) -> int | None:
        """Years to add to the page's year for a month ``mon`` before the page's one that a past
        telling set as a deadline ("were told in March to leave by the end of April" on a June page):
        after the telling's month (in its year), else the nearest such month; None when the
        expression is no such deadline (a bare month's tense rules apply, as for a month's week)."""
        if self.dct is None or direction != FUTURE or mon >= self.dct.month:
            return None
        told = self.past_deadline(char)
        if told is None:
            return None
        if told:
            return (-1 if told > self.dct.month else 0) + (1 if mon < told else 0)
        return _nearest(mon - self.dct.month, 12)

    def _deadline_by(self, tok: Token, *, copula: bool = False) -> bool:
        """The expression is the object of a "by" or "before" that sets a deadline: on an infinitive
        ("were told to leave by Friday"), a noun ("needed an answer by Monday"; only "by"), an
        adjective ("due before the 25th") or the participle of a wish told in the present ("want the
        repairs finished by Sunday": ``wish_verbs``; the parser may take that "by" for an agent), not
        on a finite verb, whose "by" tells when something was done ("had fled by Friday").
        ``copula``: a present "be" the parser hung the "by" on counts ("bids are due by Friday";
        "was ready by Friday" tells what was done)."""
        head = tok
        for _ in range(3):
            head = head.head
            if head.lower_ == "by" and head.dep_ == "agent" and self._wished(head.head):
                return True
            if head.lower_ in ("by", "before") and head.dep_ == "prep":
                h = head.head
                # a noun's "before" orders things ("its share before Friday's deal"), its "by" is a deadline
                noun = h.pos_ == "NOUN" and head.lower_ == "by"
                wished = head.lower_ == "by" and self._wished(h)
                return h.tag_ == "VB" or h.pos_ == "ADJ" or noun or wished or (copula and h.lemma_ == "be")
        return False

    def _wished(self, part: Token) -> bool:
        """``part`` is a past participle naming what a wish or request told in the present asks to be
        done: on the wish's object ("want the repairs finished", "asks for the report completed") or
        as its clause ("wants the road cleared"). A wish told in the past ("wanted the road cleared
        by Sunday") may be one gone by."""
        if part.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in part.children):
            return False
        wish: Token | None = part.head
        if part.dep_ == "acl":  # up from the participle's noun to the verb that names it
            for _ in range(3):
                if wish is None or wish.pos_ in ("VERB", "AUX"):
                    break
                wish = wish.head if wish.head is not wish else None
        elif part.dep_ not in ("ccomp", "xcomp", "oprd"):
            return False
        if wish is None or wish.lemma_ not in self.stage.wish_verbs:
            return False
        auxes = [c for c in wish.children if c.dep_ in ("aux", "auxpass")]
        return (wish.tag_ in ("VBZ", "VBP") and not auxes) or any(
            a.tag_ in ("VBZ", "VBP") or a.lower_ in _FUTURE_AUX for a in auxes
        )

    def _granted_until(self, tok: Token) -> bool:
        """The expression is the "until" limit of a span given to someone, told in the simple past
        ("gave residents until Monday to leave", "granted the firm until Friday": ``grant_verbs``): a
        deadline ahead of the telling, as "has until Friday" is, unless the grant is a pluperfect or
        dated itself ("on Thursday gave them until Sunday": a span that may have run out)."""
        head = tok
        for _ in range(3):
            head = head.head
            if head.lower_ in ("until", "till") and head.dep_ == "prep":
                verb = head.head
                if verb.lemma_ not in self.stage.grant_verbs or verb.tag_ != "VBD":
                    return False
                kids = list(verb.children)
                if not any(c.dep_ in ("dobj", "dative") for c in kids) or any(
                    c.dep_ in ("aux", "auxpass") for c in kids
                ):
                    return False
                return not any(
                    t.ent_type_ in ("DATE", "TIME")
                    for c in kids
                    if c.i != head.i and c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
                    for t in c.subtree
                )
        return False

    def _deferred(self, tok: Token, preps: tuple[str, ...] = ("until", "till")) -> bool:
        """The expression is the "until" (or another of ``preps``: "adjourned to 5 March") limit of a
        verb that puts something off ("postponed")."""
        head = tok
        for _ in range(3):
            head = head.head
            if head.lower_ in preps and head.dep_ in ("prep", "dative"):
                verb = head.head
                if verb.lower_ in _DEFERRAL_PARTICLES and verb.dep_ in ("advmod", "prt"):
                    verb = verb.head  # "pushed back to Saturday": the parser hangs the "to" on the particle
                return verb.lemma_ in self.stage.deferral_verbs
        return False

    def _state_until(self, tok: Token, char: int) -> bool:
        """The expression is the "until" limit of a state told in the past tense ("the road was
        closed until Monday", "schools remained shut till Friday"), set on a noun by a participle
        ("ordered shops shut until Sunday"), by a verb that leaves a lasting state ("grounded
        flights until Friday": ``held_state_verbs``) or in the present perfect ("has shut the port
        until Monday"): the state holds at the telling, so its end lies ahead, unless a "when"
        clause tells it ended ("… until Monday, when it reopened")."""
        if re.match(r"[^.;\n]{0,24}?,?\s*when\b", self.text[tok.idx + len(tok.text) : tok.idx + 60]):
            return False
        head = tok
        for _ in range(3):
            head = head.head
            if head.lower_ in ("until", "till") and head.dep_ == "prep":
                state = head.head
                if state.lemma_ in ("be", "remain", "stay") or state.pos_ == "ADJ" or state.dep_ == "acomp":
                    return True  # "remained shut till Thursday": the state's word complements the verb
                if self._instructed(state):
                    return True  # "were told not to sail until Saturday": the instruction still holds
                had = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in state.children)
                if state.lemma_ in self.stage.held_state_verbs and state.tag_ in ("VBD", "VBN") and not had:
                    return True  # "closed the border until Monday": the border is still shut
                kids = {c.dep_ for c in state.children}
                perfect = any(  # "has shut the port until Monday", not "had shut"
                    c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in state.children
                )
                return state.tag_ == "VBN" and ("auxpass" in kids or perfect or state.dep_ in ("acl", "oprd"))
        return False

    def _instructed(self, inf: Token) -> bool:
        """``inf`` is an infinitive a past instruction governs ("were told not to sail", "ordered crews
        to hold", "warned residents not to return": ``instruction_verbs``), not a pluperfect one ("had
        told them to wait")."""
        if inf.tag_ != "VB" or inf.dep_ not in ("xcomp", "ccomp"):
            return False
        if not any(c.tag_ == "TO" for c in inf.children):
            return False
        verb = inf.head
        if verb.lemma_ not in self.stage.instruction_verbs or verb.tag_ not in ("VBD", "VBN"):
            return False
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)

    def _governing_tense(self, tok: Token) -> str | None:
        verb: Token | None = tok
        direct = True  # no noun between the expression and its verb ("meets Monday", not "Monday's talks")
        for _ in range(6):
            if verb is None or verb.pos_ in ("VERB", "AUX") or self._untagged_present(verb):
                break
            if (verb is not tok and verb.pos_ in ("NOUN", "PROPN")) or verb.dep_ == "poss":
                direct = False
            verb = verb.head if verb.head is not verb else None
        if verb is None or (verb.pos_ not in ("VERB", "AUX") and not self._untagged_present(verb)):
            verb = self.an.sentence_of(tok).root
        tense = self._verb_tense(verb, 0, direct=direct)
        if tense == PAST and (_invited_to(tok, verb) or self._invited_on(tok, verb)):
            return PLANNED  # "invited both sides to talks on Thursday": the talks' day, either side
        return tense

    def _invited_on(self, tok: Token, verb: Token) -> bool:
        """The day hangs on a verb of invitation (``request_verbs``) after the meeting its object is
        invited to ("had invited both sides to talks in Santiago on Thursday", the parser hanging "on
        Thursday" on the verb): the meeting's day, as when it hangs on the meeting's noun."""
        prep = tok.head
        if prep.dep_ != "prep" or prep.head.i != verb.i or verb.lemma_ not in self.stage.request_verbs:
            return False
        kids = list(verb.children)
        return any(c.dep_ == "dobj" for c in kids) and any(
            c.dep_ in ("prep", "dative")
            and c.lower_ == "to"
            and c.i < prep.i
            and any(n.dep_ == "pobj" and n.pos_ == "NOUN" for n in c.children)
            for c in kids
        )

    def _untagged_present(self, t: Token) -> bool:
        """Whether a word the tagger took for an adjective, adverb or noun is its clause's verb in
        the present simple ("Stations close at 22.00", "The bridge shuts on Friday"): it has a
        subject and no auxiliary, and its form is a verb's base after a plural subject or that
        base's -s form after a singular one ("Two dead", "Markets higher" are no verbs)."""
        if t.pos_ not in ("ADJ", "ADV", "NOUN") or not self.stage.verb_bases:
            return False
        kids = list(t.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ in ("aux", "auxpass", "cop") for c in kids):
            return False
        low, bases = t.lower_, self.stage.verb_bases
        if subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("we", "they", "you"):
            return low in bases
        if subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"):
            return low.endswith("s") and (low[:-1] in bases or (low.endswith("es") and low[:-2] in bases))
        return False

    def _verb_tense(self, v: Token, depth: int, *, direct: bool = False) -> str | None:
        if v.pos_ not in ("VERB", "AUX") and self._untagged_present(v):
            return PRESENT if direct else None  # "Stations close at 22.00 on Thursday": a timetable
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if "could" in words and _negated(v):
            return PAST  # "could not be reached Wednesday" reports a failed attempt
        if words & _PAST_MODALS and words & _HAVE and v.tag_ == "VBN":
            return PAST  # "may have been responsible for a drop on Wednesday": a guess about the past
        if words & _FUTURE_AUX:
            return FUTURE
        plan = self._plan(v, auxes)
        if plan is None and v.dep_ == "xcomp":
            plan = self._plan(v.head, None)
        if plan is not None:
            return plan or PLANNED
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP"):
            return FUTURE  # "is to resume trading Tuesday"
        if (to_come := self._to_come(v, auxes, depth)) is not None:
            return to_come
        if v.tag_ == "VBG" and v.lemma_ == "go" and any(c.dep_ == "xcomp" for c in v.children):
            return FUTURE
        if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            if depth < 4 and self._backshifted(v):
                return FUTURE  # "would wait to see whether it opened on Wednesday"
            return PAST
        if v.tag_ == "VBN" and (words & {"has", "have", "had", "'s", "'ve"} or not words):
            return PAST
        if (
            direct
            and not auxes
            and (v.tag_ == "VBZ" or (v.tag_ == "VBP" and v.lower_ not in self.stage.same_past_forms))
            and v.lemma_ not in self.stage.stative_verbs
        ):
            return PRESENT  # news' scheduled present: "Arafat meets Albright Monday"
        if v.tag_ == "VBG" and words & {"has", "have", "had", "'ve"}:
            return PAST  # "have been searching since the Oct. 23 slaying"
        if v.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
            return PRESENT  # "is meeting Tuesday" looks ahead; "is continuing under a June deal" need not
        if depth < 3 and v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
            return self._verb_tense(v.head, depth + 1)
        return None

    def _to_come(self, v: Token, auxes: list[Token], depth: int) -> str | None:
        """An infinitive on a noun or after an object names what is to come after its governor.

        "called for demonstrations to be held on Friday", "urged the government to act on
        Friday", "expected the systems to be back by Thursday", a purpose after its verb ("opened
        the gate to let the trucks through on Wednesday"): FUTURE, or PLANNED (the nearest such
        day) when the governor is past; a headline's
        infinitive ("Talks to resume Monday") is FUTURE. A perfect
        infinitive ("found to have been moved") looks back; None when ``v`` is no such infinitive.
        """
        if depth >= 3 or not any(a.tag_ == "TO" for a in auxes) or any(a.lower_ in _HAVE for a in auxes):
            return None
        if v.dep_ == "ROOT":
            return FUTURE  # headlines' future: "Protests to be held on Friday", "Talks to resume Monday"
        if v.dep_ == "acl":
            head: Token | None = v.head
            for _ in range(4):  # up from the noun to the verb that names it
                if head is None or head.pos_ in ("VERB", "AUX"):
                    break
                head = head.head if head.head is not head else None
        elif v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children):
            head = v.head
        elif v.dep_ == "ccomp" and v.head.lemma_ in self.stage.future_verbs:
            head = v.head  # "expected the systems to be back by Thursday": a plan's own clause
        elif v.dep_ == "xcomp" and v.head.lemma_ in self.stage.request_verbs:
            head = v.head  # "called on traders to close on Monday": the call's object after "on"
        elif v.dep_ == "advcl" and v.i > v.head.i and v.head.pos_ in ("VERB", "AUX"):
            head = v.head  # "opened the gate to let the trucks through on Wednesday": its purpose
        else:
            return None
        if head is None or head.pos_ not in ("VERB", "AUX"):
            return FUTURE  # "demonstrations to be held on Friday" in a headline
        governor = self._verb_tense(head, depth + 1)
        if governor == PAST and self._request_ahead(head, v):
            return FUTURE  # "urged members to stay home on Friday": what is asked for is still to come
        return PLANNED if governor in (PAST, PLANNED) else FUTURE

    def _request_ahead(self, verb: Token, inf: Token) -> bool:
        """A request told in the simple past ("urged", "called on", "asked": ``request_verbs``) with no
        day of its own looks ahead to what it asks for: not a pluperfect ("had urged … to stay home on
        Friday" tells of a request, and a day, both gone by) nor one dated itself ("on Thursday urged
        them to strike on Friday": the day asked for is the day after the request's, not the page's)."""
        if verb.lemma_ not in self.stage.request_verbs or verb.tag_ != "VBD":
            return False
        if any(a.dep_ in ("aux", "auxpass") for a in verb.children):
            return False
        return not any(
            t.ent_type_ in ("DATE", "TIME")
            for c in verb.children
            if c.i != inf.i and c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
            for t in c.subtree
        )

    def _plan(self, v: Token, auxes: list[Token] | None) -> str | bool | None:
        """A plan verb ("is scheduled", "expects to") looks forward unless it is itself past.

        Returns FUTURE, False for a past plan ("was planned for Saturday", "a record set on
        Aug. 6": no direction) or None when ``v`` is not a plan verb.
        """
        if v.lemma_ not in self.stage.future_verbs:
            return None
        xcomp = any(c.dep_ == "xcomp" for c in v.children)
        if v.pos_ == "ADJ" and v.dep_ == "acomp" and v.head is not v:
            v = v.head  # "had been due to expire Friday": the copula carries the tense
            auxes = None
        if auxes is None:
            auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if v.tag_ == "VBN" and not auxes:
            # "the talks, set to resume Monday": forward; "the referendum, set for 21 September": planned,
            # on either side; "a record set on Aug. 6": past
            if not xcomp and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children):
                return False
            return FUTURE if xcomp else None
        if any(a.tag_ == "VBD" for a in auxes) or v.tag_ == "VBD":
            # "was expected to meet Friday", "planned a rally on Saturday": no direction;
            # "set a record on Aug. 6" tells what happened
            if xcomp or (v.lemma_ != "set" and any(c.dep_ == "dobj" for c in v.children)):
                return False
            if v.lemma_ in self.stage.awaited_verbs and any(a.dep_ == "auxpass" for a in auxes):
                return False  # "doses were expected by Friday": awaited, on either side
            return None
        return FUTURE

    def _backshifted(self, v: Token) -> bool:
        """A past verb in a "whether/if/unless/until" clause under a future verb: future-in-the-past
        ("would publish them unless it was paid by Friday")."""
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


# a word of any script, for the trigger words of rules: "мая" as well as "mayo" ([a-z]+ would miss Cyrillic)
_WORD = re.compile(r"[^\W\d_]+")
_OF_YEAR = re.compile(r"\s+of\s+(?:fiscal\s+)?(?:\d{4}|(?:the|this|last|next)\s+(?:fiscal\s+)?year)\b")
# what comes before "a year" when it is a rate (a SET): "twice", "$1.76", "700 seats", "24 hours"
_RATE = re.compile(
    r"(?i)(?:\b(?:once|twice|thrice|times)|\d%?|\b(?:million|billion|trillion|percent|cents?|dollars?)|"
    r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundreds?|thousands?))"
    r"\s+[a-z]+s)\s+$"
)
# "last week" anywhere in the story: its "last Thursday" is the Thursday of that week, not the
# latest Thursday (which it would call "Thursday")
_LAST_WEEK = re.compile(r"(?i)\blast\s+week\b")
# "for" before a bare weekday names the day a thing is set for ("a summit for Thursday", "planned for
# Friday"), ahead of the telling whatever the verb's tense (see TimeStage._weekday); not "for Friday's
# attack"
_FOR_DAY = re.compile(r"(?i)\bfor\s+$")
_POSSESSIVE = re.compile(r"['’]s?\b")


def _quotation_around(text: str, pos: int) -> tuple[int, int] | None:
    """The span inside the quotation marks around ``pos`` in its paragraph, or None: curly marks
    pair by kind, straight ones by count ("…" and “…”)."""
    start = text.rfind("\n\n", 0, pos) + 1
    end = text.find("\n\n", pos)
    end = len(text) if end < 0 else end
    before, after = text[start:pos], text[pos:end]
    opened = before.rfind("“")
    if opened >= 0 and "”" not in before[opened:] and "”" in after:
        return start + opened + 1, pos + after.index("”")
    if before.count('"') % 2 == 1 and '"' in after:
        return start + before.rindex('"') + 1, pos + after.index('"')
    return None


# A weekday, full or cut short, before a stamp's dotted date: "Thu 05.03.26", "Thurs., 05.03.26"
_SHORT_WEEKDAY = r"(?i:(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
_SHORT_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A stamp's label right before its date: "Updated: ", "Published on ", "Last modified "
_STAMP_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:published|updated|posted|modified|dated?|first\s+published|last\s+updated)"
    r"(?:\s+on)?\s*:?\s*\Z"
)
# A preposition of time right before "the 9th" when it is a day of the month
# What marks a bare "Q3" as a quarter of the year: a preposition of time before it ("in Q3", "by Q1", "Q3
# and Q4", "from Q1 to Q3"), or a word of a company's report after it ("Q3 results", "Q2 sales").
_QUARTER_CODE_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|for|during|by|through|until|till|since|from|before|after|over|and|or|between)"
    r"|Q[1-4][^\S\n]+to)\s+(?:the\s+)?\Z"
)
_QUARTER_CODE_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:results?|earnings|sales|revenues?|profits?|losses|figures|growth|output|deliveries"
    r"|shipments|guidance|forecasts?)\b"
)
_ORDINAL_DAY_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|since|from|before|after|to|through|for)\s+\Z")
# A preposition of time right before a bare 24-hour clock (the match may start on "about")
_CLOCK_PREPOSITION = re.compile(r"(?i)\b(?:at|by|until|till|before|after|since|from)\s+\Z")


def _stamp_clock(text: str, char: int) -> bool:
    """True when a 24-hour clock at ``char`` follows a page's time stamp on its line, the stamp's date
    ending the line before it ("Posted 2025.09.18 14:20 KST", "Aired 07-Jun-2023 | 18:05", "22 мая 2025,
    16:45"): the hour the page was stamped, which only a clock can be there (see
    :func:`storyline.read.parse_stamp`)."""
    from storyline.read import parse_stamp  # here: the reader is only needed on a clock's line

    # (a Balkan stamp's dot after its year too: "Objavljeno: 07. 05. 2026. 11:20")
    line = text[text.rfind("\n", 0, char) + 1 : char].rstrip(" \t|·•,–—-.")
    return (
        bool(line) and len(line) <= 80 and re.search(r"\d\s*$", line) is not None and bool(parse_stamp(line))
    )


# What stands before four figures of a clock before "GMT" besides a preposition: a bracket, a span's words
_FIGURES_CLOCK_BEFORE = re.compile(r"(?i)(?:\(|\b(?:about|around|to|and))\s*\Z")
# What stands before an hour written "21h" when it is a clock: a preposition of time (French ones too,
# on a stamp line: "à 21h"), or the date of a stamp ("8 October 2024, 21h", "08/10/2024 - 21h")
_H_CLOCK_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|by|until|till|before|after|since|from|around|about|à|às|alle|ore|um|las)|\d[,]?"
    r"(?:\s+[-–—|·])?)\s+\Z"
)
# The head of an update note, up to its clock: "Update, 15:05", "UPDATED at 9:10 pm"
_UPDATE_NOTE = re.compile(r"(?i)[ \t]*(?:last\s+)?updated?[ \t]*[,:]?[ \t]*(?:at[ \t]+)?")
# A photo caption line: "Photo: …", "Caption: …", "Picture: …", "PHOTO: …"
_CAPTION_LINE = re.compile(
    r"(?i)[ \t]*(?:photo(?:graph)?s?|pictured?|pictures|captions?|images?|foto)[ \t]*:"
)
# A photo's credit closing its caption: "… on Friday. (Photo: Jo Roe/Agency)", "(AP Photo/Jo Roe)", "…
# on Friday. Photo: Jo Roe / Agency", "— Photo by Agency", "Credit: Agency/Jo Roe".
_CREDIT_END = re.compile(
    r"(?i)(?:[(\[][^()\[\]\n]{0,40}\b(?:photo(?:graph)?|picture|image|credit)s?\b[^()\[\]\n]{0,60}[)\]]"
    r"|(?:[.!?]\s+|[—–]\s*)(?:photo(?:graph)?|picture|image|credit)s?(?:\s+by\b|\s*:)[^\n]{1,60})[ \t]*$"
)
# The line above a caption: a gallery's counter ("2 / 9", "3 of 12") or a photo's credit standing alone
# ("Photo: Jo Roe/Agency", "PICTURE BY JO ROE").
_ABOVE_CAPTION = re.compile(
    r"[ \t]*(?:\d{1,3}[ \t]*(?:/|of)[ \t]*\d{1,3}"
    r"|(?i:(?:photo(?:graph)?|picture|image)s?(?:[ \t]+by\b|[ \t]*:))"
    r"(?:[ \t]*(?:[A-Z][\w'’.-]*|via|for|and|&|[/|,()-]))+)[ \t]*$"  # a credit names, it tells nothing
)


def _caption_line(text: str, char: int) -> bool:
    """True when the line holding ``char`` is a photo's caption: it opens with a caption's label
    ("Photo: …", "Caption: …"), ends with the photo's credit ("… on Friday. (Photo: Jo Roe/Agency)"), or
    stands right under a gallery's counter ("2 / 8") or a credit line alone. A caption's present tense
    tells what the picture shows, a moment already past ("Lanterns drift … on Friday"). Apart from
    the quotes stage's caption (``_captioned_person``: a verbless line standing alone) on purpose:
    the captions read here have a verb, its tense being the point, so only their label, credit
    or counter tells them."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    end = len(text) if end < 0 else end
    if _CAPTION_LINE.match(text, start) or _CREDIT_END.search(text[start:end]):
        return True
    above = text[: max(0, start - 1)].rstrip("\n").rsplit("\n", 1)[-1]
    return bool(above.strip()) and bool(_ABOVE_CAPTION.fullmatch(above))


# A day naming an event as its modifier: "Friday's ballot", "Monday’s summit".
_POSSESSIVE_DAY = re.compile(r"['’]s\b")
# What joins "overnight" to the day it is told of: "overnight on Thursday", "overnight Friday", "overnight
# and early on Tuesday", "overnight into Tuesday"; and a night's second day: "overnight Monday into Tuesday".
_OVERNIGHT_DAY = re.compile(
    r"(?i)[^\S\n]+(?:(?:and|into|to)[^\S\n]+)?(?:(?:early|the[^\S\n]+early[^\S\n]+hours[^\S\n]+of)[^\S\n]+)?"
    r"(?:on[^\S\n]+)?"
)
_OVERNIGHT_INTO = re.compile(r"(?i)[^\S\n]+(?:into|to)[^\S\n]+(?:(?:early|the\s+early\s+hours\s+of)\s+)?")
# The joint of "overnight and early Monday", "overnight and the early hours of Monday": the morning's day.
_OVERNIGHT_MORNING = re.compile(r"(?i)^[^\S\n]+and\b|\bearly\b")
# A part of the day before the date it belongs to: "the night of 28 February", "the morning of Friday"
_POD_OF = re.compile(r"(?i)\bthe[^\S\n]+(?P<pod>morning|afternoon|evening|night)[^\S\n]+of[^\S\n]+\Z")


# What joins the two months of a range: "March-June 2026", "from March to June 2026", "between February and
# April 2027", "November 2025 through February".
_MONTH_RANGE_JOINT = re.compile(
    r"(?i)[^\S\n]*[-–—/][^\S\n]*|[^\S\n]+(?:to|through|thru|until|till|and)[^\S\n]+"
)


def _month_ranges(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """A range of two months or days with one year written ("March-June 2026", "between February and
    April 2027", "from May 4 to June 30, 2027", "from November 2025 to February"): the one without a
    year is in the range's year, before the other (the year before when it is later in the year:
    "November-February 2027" starts in November 2026) or after it, not the year its own clause's tense
    would give it alone."""
    out = list(chosen)
    for i, (a, b) in enumerate(itertools.pairwise(chosen)):
        joint = _MONTH_RANGE_JOINT.fullmatch(text, a.end, b.start)
        va, vb = a.reading.value or "", b.reading.value or ""
        if not joint or not _RANGE_VALUE.fullmatch(va) or not _RANGE_VALUE.fullmatch(vb):
            continue
        ka, kb = (tuple(int(x) for x in v[5:].split("-")) for v in (va, vb))  # (month, day)
        n = min(len(ka), len(kb))
        if _yearless(a, text) and _year_written(b, text):  # "March-June 2026": March of 2026
            year = int(vb[:4]) - (ka[:n] > kb[:n])
            out[i] = replace(a, reading=replace(a.reading, value=f"{year:04d}{va[4:]}"))
        elif _yearless(b, text) and _year_written(a, text) and "and" not in joint[0].lower():
            year = int(va[:4]) + (kb[:n] < ka[:n])  # "from November 2025 to February": February 2026
            out[i + 1] = replace(b, reading=replace(b.reading, value=f"{year:04d}{vb[4:]}"))
    return out


_RANGE_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _yearless(c: _Candidate, text: str) -> bool:
    """Whether a month or a day of the month is told without its year ("March", "early June", "May 4",
    "the 3rd of June"): no year written and no "last", "next" or "this" that places it."""
    rule = c.rule.removeprefix("spacy:")
    return (rule == "month" or rule in ("date_mdy", "date_dmy")) and not re.search(
        r"(?i)\d{3}|\b(?:last|next|this|year|previous|coming)\b", text[c.start : c.end]
    )


def _year_written(c: _Candidate, text: str) -> bool:
    """Whether a month's or a day's time has its year written ("June 2026", "June 30, 2027")."""
    rule = c.rule.removeprefix("spacy:")
    return (rule == "month_year" or rule.startswith("date")) and bool(
        re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", text[c.start : c.end])
    )


def _overnight_on_day(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """ "overnight on Thursday", "overnight Friday", "overnight Thursday into Friday": the night of the
    day named right after it, as TimeML writes "Thursday night" (a TIME, "…TNI"), not the DCT's;
    "overnight and early Monday" the day of that morning (a DATE, as :meth:`TimeStage._relday` gives
    "overnight" alone, and as the development golds write it)."""
    out = list(chosen)
    for i, (c, nxt) in enumerate(itertools.pairwise(chosen)):
        joint = _OVERNIGHT_DAY.fullmatch(text, c.end, nxt.start)
        if not (
            c.rule == "relday"
            and text[c.start : c.end].lower() == "overnight"
            and joint
            and re.match(r"\d{4}-\d\d-\d\d(?:$|T)", nxt.reading.value or "")
        ):
            continue
        day = (nxt.reading.value or "")[:10]
        if _OVERNIGHT_MORNING.search(joint[0] + text[nxt.start : nxt.end]):  # "overnight and early Monday"
            out[i] = replace(c, reading=replace(c.reading, type="DATE", value=day))
        elif _OVERNIGHT_INTO.fullmatch(joint[0]):  # "overnight into Tuesday": the night before it
            night = dt.date.fromisoformat(day) - dt.timedelta(days=1)
            out[i] = replace(c, reading=replace(c.reading, type="TIME", value=f"{night.isoformat()}TNI"))
        else:  # "overnight on Thursday", "overnight Saturday into Sunday": the first day's night
            out[i] = replace(c, reading=replace(c.reading, type="TIME", value=f"{day}TNI"))
    return out


# The hours of a clock told in words: "six in the morning", "half past nine at night".
_WORD_HOURS = {
    w: n
    for n, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 1
    )
}


def _small_hours_after(c: _Candidate, day: str, clock: str) -> str:
    """The day of a clock in the small hours (before six) told after an evening or a night of ``day``
    ("on Monday evening … shortly after midnight", "late on Friday night … at 2 a.m."): the next day's;
    else ``day``."""
    evening = re.fullmatch(r"\d{4}-\d\d-\d\dT(?:EV|NI)", c.reading.value or "")
    if not evening or not re.match(r"T0[0-5]:", clock):
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _narrated_day(c: _Candidate, clock: str) -> str:
    """The day a time of an earlier sentence gives a clock time of a later one: a date's own, the day
    of a day's part ("late on Friday night. Crews arrived at 10:40 p.m.": Friday; its small hours,
    before six, the next day's), or of a dated clock time at an hour no later than its own ("at 7:15
    this morning. … at 10 a.m.")."""
    v = c.reading.value or ""
    hour = int(clock[1:3]) if re.match(r"T\d\d:", clock) else 12
    timed = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d", v) if c.reading.type == "TIME" else None
    if timed and re.match(r"T\d\d:", clock) and int(timed[2]) <= hour:
        return timed[1]  # "at 7:15 this morning. … at about 10 a.m.": a later hour of the clock's day
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T([A-Z]{2})", v) if c.reading.type == "TIME" else None
    if not m:
        return v if c.reading.type == "DATE" else ""
    if m[2] == "NI" and hour < 6:
        return (dt.date.fromisoformat(m[1]) + dt.timedelta(days=1)).isoformat()
    return m[1]


def _alone_on_line(text: str, c: _Candidate) -> bool:
    """The expression is a 24-hour clock standing alone on its line (a live page's entry head)."""
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    line = text[start : len(text) if end < 0 else end]
    return re.fullmatch(r"[ \t]*(?:[01]\d|2[0-3]):[0-5]\d[ \t]*", line) is not None


# What may stand between "the eve of" and the event's own date in its phrase: "the eve of the vote on
# Monday", "the eve of the 12 March poll", "the eve of Sunday's election" (no clause break).
_EVE_GAP = re.compile(r"[^.;:,!?\n()\"“”]{0,60}")
# The event "the eve of" names: its head word after the article ("the eve of the national vote" -> "vote");
# and the one a day is told against ("the day after the vote", "the day before the hearing").
_EVE_EVENT = re.compile(
    r"\s+(?:of|(?P<dir>before|after))\s+(?:the|an?|this|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]+)\b(?!['’-])"
)


def _event_offset(t: Time, rule: str, text: str) -> int | None:
    """Days from an event's day to the item's: -1 for "the eve of <event>", 0 for "polling day", ±1 for
    "the day before/after <event>"; None for any other. A count told against an event stays the
    stretch it is ("a week before a march": P1W, as TimeML and the development golds give it)."""
    if rule == "eve":
        return -1
    if rule == "poll_day":
        return 0
    m = _EVE_EVENT.match(text, t.end)
    if rule != "event_day" or m is None or not m["dir"]:
        return None
    return -1 if m["dir"].lower() == "before" else 1


def _eve_days(
    out: list[Time], rules: list[str], ctx: _Ctx, vote_nouns: frozenset[str] = frozenset()
) -> list[Time]:
    """Dates for "the eve of <event>": the day before the event's date, read from a day written in its
    own phrase ("on the eve of the vote on Monday", "the eve of Sunday's election", "the eve of the
    vote, which was held on 3 May"), else from a day in another sentence that names the same event
    ("The vote was held on 28 February"), by another noun of one vote ("the eve of the ballot" after
    "Friday's election": ``vote_nouns``) or by its verb ("the eve of the opening" after "opened the
    bridge on Thursday"); an eve whose event has no date stays "XXXX-XX-XX", a day not placed.
    "polling day" ("election day", "voting day") is the day of the vote so dated itself.
    (TimeBank leaves "the eve of" untagged; storyline's record gives it as a day.)"""
    text = ctx.text
    for i, (t, rule) in enumerate(zip(out, rules, strict=True)):
        offset = _event_offset(t, rule, text)
        if offset is None:
            continue
        m = _EVE_EVENT.match(text, t.end) if rule != "poll_day" else None
        gap = _EVE_GAP.match(text, t.end)
        lo, hi = t.end, gap.end() + 1 if gap is not None else t.end
        noun = token_at(ctx.doc, m.start("noun")) if m is not None else None
        if noun is not None:  # the event's own phrase: "the election, which was held on 28 February"
            hi = max(hi, max(w.idx + len(w.text) for w in noun.subtree))
        own = [u for u in out if lo < u.start and u.end <= hi]
        if rule == "poll_day" and vote_nouns:  # "turnout in Friday's ballot … polling day"
            tok = token_at(ctx.doc, t.start)
            span = (tok.sent.start_char, tok.sent.end_char) if tok is not None else (t.start, t.end)
            vote = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(vote_nouns)})\b", re.IGNORECASE)
            own += [u for u in out if u is not t and span[0] <= u.start < span[1] and vote.match(text, u.end)]
        day = next((d for u in own if (d := _day_of(u, text))), None)
        head = noun
        while head is not None and head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
            head = head.head  # "the eve of the peace signing": the event is the signing
        name = head.lower_ if head is not None else m["noun"].lower() if m is not None else None
        if rule == "poll_day":
            name = "election"
        if day is None and name is not None:
            tok = token_at(ctx.doc, t.start)
            here = tok.sent if tok is not None else None
            nouns, verbs = _event_words(name, vote_nouns)
            tellings = ctx.stage.event_tellings.get(name, frozenset())
            for sent in ctx.doc.sents:
                if here is not None and sent.start == here.start:
                    continue
                # the event's noun, not a word of a body's name ("the Central Election Commission")
                if not any(
                    (w.lower_ in nouns or (w.lower_.endswith("s") and w.lower_[:-1] in nouns))
                    and w.pos_ != "PROPN"
                    and w.ent_type_ not in ("ORG", "FAC")
                    for w in sent
                ) and not any(
                    (w.pos_ == "VERB" and (w.lemma_ in verbs or w.lemma_ in tellings))
                    or (w.pos_ != "NOUN" and w.lower_ in tellings)
                    for w in sent
                ):
                    continue
                inside = [u for u in out if sent.start_char <= u.start < sent.end_char and u is not t]
                # the event's day, not the day it was told on ("officials said on Monday that the vote
                # held on Sunday …"), unless the sentence has no other
                inside.sort(key=lambda u: ctx.stage._dates_statement(u, ctx))
                day = next((d for u in inside if (d := _day_of(u, text))), None)
                if day:
                    break
        if day:
            eve = (dt.date.fromisoformat(day) + dt.timedelta(days=offset)).isoformat()
            out[i] = replace(t, value=eve)
            tok = token_at(ctx.doc, t.start)
            end = tok.sent.end_char if tok is not None else t.end
            for k in range(i + 1, len(out)):  # "on polling day, … by noon": the clock its sentence
                u = out[k]  # anchored on the day not yet placed takes it
                if u.start < end and (u.value or "").startswith("XXXX-XX-XXT"):
                    out[k] = replace(u, value=eve + (u.value or "")[10:])
    return out


def _event_words(noun: str, vote_nouns: frozenset[str]) -> tuple[set[str], set[str]]:
    """The nouns and verb lemmas another sentence may name an event by: the noun itself, every noun of
    one vote for a vote's ("vote" -> "election", "poll", …), and the verbs of the same word ("vote" ->
    "vote", "attack" -> "attack") or of a verbal noun ("signing" -> "sign", "closing" -> "close",
    "shutting" -> "shut")."""
    nouns = set(vote_nouns) if noun in vote_nouns else {noun}
    verbs: set[str] = {noun}  # a noun that is its verb's base: "the vote" after "voted on Tuesday"
    if noun.endswith("ing") and len(noun) > 5:
        stem = noun[:-3]
        verbs = {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
    return nouns, verbs


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _local_by_zoned(out: list[Time], text: str) -> list[Time]:
    """ "at about 4.50am local time (21.50 GMT on Tuesday)": a local clock followed in brackets by
    the same moment in UTC gets its day from it, a day later when the local hour has passed
    midnight ahead of UTC (an offset east of up to 14 hours) and a day earlier when it lags behind (up
    to 12 hours west)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        local = _LOCAL_CLOCK.fullmatch(a.value or "")
        zoned = _UTC_CLOCK.fullmatch(b.value or "")
        if a.type != "TIME" or b.type != "TIME" or local is None or zoned is None:
            continue
        if not _BRACKET_GAP.fullmatch(text[a.end : b.start]):
            continue
        utc = dt.datetime.fromisoformat(f"{zoned['day']}T{zoned['clock']}")
        offset = (int(local["h"]) * 60 + int(local["m"])) - (utc.hour * 60 + utc.minute)
        if offset < -12 * 60:
            offset += 24 * 60
        elif offset > 14 * 60:
            offset -= 24 * 60
        day = (utc + dt.timedelta(minutes=offset)).date().isoformat()
        out[i] = replace(a, value=f"{day}T{local['h']}:{local['m']}{local['rest']}")
    return out


# a clock on a day with no zone ("2025-04-08T04:50"), one in UTC ("2025-04-08T21:50Z"), and what may
# stand between them: "4.50am local time (21.50 GMT on Tuesday)", "… (or 2150 GMT …)"
_LOCAL_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(?P<h>\d\d):(?P<m>\d\d)(?P<rest>(?::\d\d)?)")
_UTC_CLOCK = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)(?::\d\d)?Z")
_BRACKET_GAP = re.compile(r"(?i)[^\S\n]*(?:local(?:\s+time)?[^\S\n]*)?\([^\S\n]*(?:or[^\S\n]+)?")


def _day_of(t: Time, text: str) -> str | None:
    """The day an expression names, with or without a part of the day or a clock ("Saturday
    evening" is 2025-11-08), for :func:`_eve_days`; None for a coarser value or a page's stamp
    ("Posted on November 9th, 2025" under a headline that names the event is no day of it)."""
    day = re.match(r"\d{4}-\d\d-\d\d(?=T|$)", t.value or "")
    if day is None or _STAMP_LABEL_BEFORE.search(text, max(0, t.start - 30), t.start):
        return None
    return day[0]


def _invited_to(tok: Token, verb: Token) -> bool:
    """The expression hangs on a noun the verb sends its object to ("invited both sides to talks
    on Thursday", "summoned the envoy to a meeting on Friday"): the day of a meeting still to
    come when the verb was said, not of the inviting."""
    head = tok.head
    for _ in range(3):
        if head.i == verb.i or head.head.i == head.i:
            return False
        if (
            head.pos_ == "NOUN"
            and head.dep_ == "pobj"
            and head.head.lower_ == "to"
            and head.head.head.i == verb.i
        ):
            return any(c.dep_ == "dobj" for c in verb.children)
        head = head.head
    return False


# "the early hours", "the small hours": a time of night, not a count of hours
_SMALL_HOURS = re.compile(r"(?i)\bthe\s+(?:early|small|wee)\s+\Z")
# the particle of a phrasal verb that reschedules ("pushed back", "brought forward", "put off")
_DEFERRAL_PARTICLES = frozenset(["back", "forward", "forwards", "off", "over"])
_TO_DAY = re.compile(r"(?i)\bto\s+(?:the\s+)?$")
_BY_DAY = re.compile(r"(?i)\b(?:by|before)\s+$")
# the words between the two days of a range, and the "from" that may open it ("from Thursday until Monday")
_RANGE_JOIN = re.compile(r"(?i)[^\S\n]+(?:until|till|to|through)[^\S\n]+|[^\S\n]*[-–][^\S\n]*")
# the shift units of an anaphor that names a day: "that day", "the next morning", "the previous Friday"
_DAY_UNIT = re.compile(r"at-day$|day$|pod-|weekday-")
_RANGE_FROM = re.compile(r"(?i)\bfrom[^\S\n]+\Z")
_DEADLINE = re.compile(  # also with a hedge: "closed until at least Monday", "… till at the earliest Friday"
    r"(?i)\b(?:until|till|through|effective|due)(?:\s+at\s+(?:least|the\s+earliest))?\s+$"
)
_BACKSHIFT_MARKS = {"whether", "if", "unless", "until", "till", "before", "once", "when"}


_HAVE = {"have", "'ve", "’ve"}
# modals that with "have" and a past participle look back ("may have been", "could have seen")
_PAST_MODALS = {"may", "might", "could", "should", "must", "would", "'d"}


def _verb_bases(nlp: Language) -> frozenset[str]:
    """The base forms of English verbs the model's rule lemmatizer knows (its ``lemma_index``),
    to tell a mistagged verb from an adjective or noun; empty when the model has no such table."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError):
        return frozenset()


def _clause_verb(tok: Token | None) -> Token | None:
    """The verb an expression hangs on (the first verb up its heads), or None."""
    for _ in range(6):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head if tok.head is not tok else None
    return None


def _dates_state(tok: Token | None) -> bool:
    """The expression dates a state that still held then ("remained closed on Sunday morning",
    "remained shut on Tuesday"): the time of the telling, not of the events told after it."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if any(w.dep_ == "advmod" and w.lower_ == "still" for w in verb.children):
        return True
    return verb.lemma_ in ("be", "remain", "stay") and any(w.dep_ in ("acomp", "attr") for w in verb.children)


def _negated(v: Token) -> bool:
    """The verb is negated: "not", or a subject such as "neither he nor ...", "nobody", "no one"."""
    for c in v.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("nobody", "none", "nothing", "neither")
            or any(g.lower_ in ("neither", "no") and g.dep_ in ("preconj", "det") for g in c.children)
        ):
            return True
    return False


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
_IN_SMALLER = {"decade": (10, "Y")}
# days before the DCT that a day and month in a future clause may still fall (a page dated a few days
# after it was written); a day further back is the next year's: "is due on 11 February" in October.
# A future told from the past ("said it would open on 1 May") keeps two months: its day may have passed.
_FUTURE_SLACK_DAYS = 7
_SOON_MONTHS = 2  # months after the DCT's that a past-tense sentence still places in the DCT's year
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
# reporting periods longer than a quarter: "the nine months", "the six months", "the year ended ..."
_LONG_PERIOD = re.compile(r"P(?:[4-9]|1[0-2])M|P1Y|P[234]Q")
# what puts "the sixties" on a thermometer or an age scale rather than the calendar
_NOT_DECADE = re.compile(
    r"(?i)\b(?:temperatures?|degrees|highs?|lows?|aged?|in\s+(?:his|her|their)\b[^.;]*)\b[^.;]*$"
)
# an amount compared with: "compared with a loss of $3 million [last year]", "up from [last year]'s"
# What may stand between a year and a day of it that the year gives its number to: "last year, on 14
# October", "in 2024, on 3 May", "two years ago on 9 June".
_YEAR_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


# A line of a list or a box of key facts: "- The pump failed at 16:05", "• …", "1. …".
_BOX_ITEM = re.compile(r"[ \t]*(?:[-*•·–—▪►]|\d{1,2}[.)])[ \t]")


def _season_in_year(c: _Candidate, r: Reading, before: list[_Candidate], ctx: _Ctx) -> str | None:
    """A season without its year ("the winter", "in spring") in a sentence that names a year before it
    ("In 2009 the dam was shut through the winter"): that season of that year (the nearest year named
    before it in the sentence, in a clause the season's hangs on); None to keep its reading by the
    page's year."""
    if not re.fullmatch(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI)", r.value or ""):
        return None
    tok = token_at(ctx.doc, c.start)
    if tok is None:
        return None
    start = ctx.an.sentence_of(tok).start_char
    for d in reversed(before):
        if d.start < start:
            return None
        year = d.reading.value or ""
        if d.reading.type == "DATE" and re.fullmatch(r"\d{4}", year) and year in ctx.text[d.start : d.end]:
            # the year's clause holds the season's ("In 2014 the ferry stopped running through the
            # winter"), not a clause of its own ("The mine, opened in 1998, flooded in the spring")
            verb = _clause_verb(token_at(ctx.doc, d.start))
            if verb is not None and (verb == tok or verb in tok.ancestors):
                return year + (r.value or "")[4:]
            return None
    return None


def _in_year(value: str, year: str) -> str | None:
    """A day's value ("2025-05-03", with a clock or part of day after it) moved into ``year``; None
    when the value is no full day or that year has no such day (29 February)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value):
        return None
    try:
        dt.date(int(year), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
    return year + value[4:]


_COMPARED_WITH = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|from|versus|against)\b[^.;]*(?:\d|cents?|million|billion)[^.;\w]{0,3}\s*$"
    r"|\b(?:up|down|increase|decrease|rise|drop|gain|decline)\s+from\s+$"
)
# expressions that compare with the same period a year before
_COMPARISON_RULES = {"year_ago_adj", "period_year_ago", "year_period"}


def _is_comparison(c: _Candidate) -> bool:
    """A year-back comparison: "a year earlier/ago", "year-ago", "the 1988 period"."""
    if c.rule in _COMPARISON_RULES:
        return True
    shift = c.reading.shift
    return c.rule == "ago" and shift is not None and shift[:2] == (-1, "year")


_NOT_REF = {
    "the_year",
    "period_year_ago",
    "ago",
    "vague",
    "plural_units",
    "past_units",
    "year_ago_adj",
    "year_period",
    "period_end",
}


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


_THIRD = {"START": 0, "MID": 1, "END": 2}
# "the past week", "the last decade": valued as the calendar unit before the DCT's, bounded as
# the stretch back from the DCT
_THE_PAST_UNIT = re.compile(r"the\s+(?:past|last)\s+(week|month|year|decade|quarter)")


def _third(first: str, last: str, which: int) -> tuple[str, str]:
    """The first, middle or last third (``which`` 0, 1, 2) of the days from ``first`` to ``last``."""
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    days = (b - a).days + 1
    start = a + dt.timedelta(days=days * which // 3)
    end = a + dt.timedelta(days=days * (which + 1) // 3 - 1)
    return start.isoformat(), end.isoformat()


def _move(day: dt.date, amount: int, unit: str, sign: int) -> dt.date | None:
    """``day`` moved by ``amount`` TimeML duration units (Y, M, W, D, Q, TH, ...) in direction ``sign``."""
    if unit in ("Y", "M", "Q"):
        months = amount * {"Y": 12, "M": 1, "Q": 3}[unit] * sign
        y, m = _add_months(day.year, day.month, months)
        return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
    days = {"W": 7, "D": 1, "TH": 1 / 24, "TM": 1 / 1440, "TS": 1 / 86400}.get(unit)
    if days is None:
        return None
    return day + dt.timedelta(days=sign * math.ceil(amount * days))  # part of a day: the day before/after


def _weekday_delta(wd: int, today: int, direction: str | None) -> int:
    """Days from the DCT (ISO weekday ``today``) to weekday ``wd`` in ``direction``: on or after
    the DCT when it looks forward, the nearest one for a plan told in the past, else on or before."""
    ahead = (wd - today) % 7
    if direction in (FUTURE, PRESENT):
        return ahead
    if direction == PLANNED:
        return ahead if ahead <= 3 else ahead - 7
    return -((today - wd) % 7)


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
    if unit.startswith("pod-"):
        return f"XXXX-XX-XXT{unit[4:]}"
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(
        unit, "XXXX"
    )


# Units whose "N units later/earlier" is read as a duration, as TimeBank annotates it ("about
# 20 minutes later": "about 20 minutes" PT20M APPROX): a gap within the day adds no date.
# Days and longer keep their shifted date ("two days later" is the day an event happened,
# "a year earlier" is a date in TimeBank too).
_NARRATIVE_GAP_UNITS = frozenset(["second", "minute", "hour"])


def _shift(ref: str | None, amount: int, unit: str) -> str | None:
    """``ref`` (a calendar value) moved by ``amount`` units, at the granularity the unit and ref allow."""
    if ref is None:
        return _unanchored(unit)
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", ref)
    q = re.match(r"(\d{4})-([QH])(\d)", ref)
    if m is None:
        return _unanchored(unit)
    if unit.startswith("pod-"):  # "the next morning": the ref's day moved, at that part of day
        return f"{_shift(ref, amount, 'day') if m[3] else 'XXXX-XX-XX'}T{unit[4:]}"
    if unit.startswith("weekday-"):  # ISO weekday ``amount`` strictly before/after the ref's day
        if not m[3]:
            return f"XXXX-WXX-{amount}"
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if unit == "weekday-after":
            return (day + dt.timedelta(days=(amount - day.isoweekday()) % 7 or 7)).isoformat()
        return (day - dt.timedelta(days=(day.isoweekday() - amount) % 7 or 7)).isoformat()
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
    if (unit in _DAYS_IN and (not m[3] or q)) or (unit == "month" and (not m[2] or q)):
        # "two weeks later" after "In 1979": an offset finer than its anchor is known to the anchor's
        # granularity only, moved by the whole anchor units it spans (1979, not 1979-W03)
        days = amount * (_MONTH_DAYS if unit == "month" else _DAYS_IN[unit])
        return _coarse_shift(year, int(m[2]) if m[2] and not q else None, q, days)
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
    if unit == "fortnight":  # a count of 14 days, a day as "ten days ago" is ("a fortnight ago" is 14 days
        # back in the development golds; "two weeks ago" stays a week, as TimeBank writes "six weeks ago")
        return (day + dt.timedelta(days=14 * amount)).isoformat()
    if unit == "hour":  # whole days only ("an hour ago" is the DCT's day, not the day before)
        return (day + dt.timedelta(days=int(amount / 24))).isoformat()
    return day.isoformat()


# Days in a unit finer than a month's or a year's anchor (:func:`_shift`); a month when the anchor is a year.
_DAYS_IN = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0}
_MONTH_DAYS, _YEAR_DAYS = 30.44, 365.25


def _coarse_shift(year: int, month: int | None, q: re.Match[str] | None, days: float) -> str:
    """A year's, a month's or a quarter's anchor moved by ``days`` at its own granularity: by the whole
    years, months or quarters the days span ("three weeks later" after "In March 2020" is 2020-03, "40
    days later" 2020-04), as TimeML gives an expression no finer value than its anchor allows."""
    if month is not None:
        y, mo = _add_months(year, month, int(days / _MONTH_DAYS))
        return f"{y:04d}-{mo:02d}"
    if q and q[2] == "Q":
        n = year * 4 + int(q[3]) - 1 + int(days / (_YEAR_DAYS / 4))
        return f"{n // 4:04d}-Q{n % 4 + 1}"
    return f"{year + int(days / _YEAR_DAYS):04d}"


# One part of a duration value: "P2M", "P10D", "PT3H"; ranks from the largest unit down.
_DURATION_PART = re.compile(r"P(?P<d>\d+(?:\.\d+)?[YMWD])|PT(?P<t>\d+(?:\.\d+)?[HMS])")
_DURATION_RANK = {"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}


def _joined_durations(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """ "two months and ten days", "three hours and 20 minutes": two durations joined by "and"
    (or a comma), the second in a smaller unit and without a modifier of its own, are one
    duration (P2M10D, PT3H20M), as TimeML writes it."""
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.reading.type == c.reading.type == "DURATION"
            and c.reading.mod is None
            and text[prev.end : c.start] in (" and ", ", ")
        ):
            parts = [m for x in (prev, c) if (m := _DURATION_PART.fullmatch(x.reading.value or ""))]
            units = ["T" + m["t"][-1] if m["t"] else m["d"][-1] for m in parts]
            if len(parts) == 2 and _DURATION_RANK[units[0]] < _DURATION_RANK[units[1]]:
                date = "".join(m["d"] for m in parts if m["d"])
                clock = "".join(m["t"] for m in parts if m["t"])
                value = "P" + date + ("T" + clock if clock else "")
                out[-1] = _Candidate(prev.start, c.end, replace(prev.reading, value=value), prev.rule)
                continue
        out.append(c)
    return out


def _longest_first(found: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longer spans winning; grammar rules beat spaCy on ties."""
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.startswith("spacy:"), c.start))
    taken: list[_Candidate] = []
    for c in found:
        if all(c.end <= t.start or t.end <= c.start for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
