"""The page's date: written dates in English and the languages of ``date_words.json``, time-stamp
lines ("Updated 6:15 PM GMT, June 11, 2024", "martes 8 de octubre de 2024 - 16:40"), the day of a
wire dateline, the order a page writes its numeric dates in ("04/03/2025"), and the year of a date
given without one (from the page's address or copyright footer).

Split from :mod:`storyline.read`, which re-exports what other modules use (:func:`iso_date`,
:func:`parse_stamp`, ``ENGLISH_MONTHS``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)


_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_CLOCK = (  # "17:42 hs", "17h", "07h50": the hour mark of Spanish and French pages
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?|\s*[AP]M|\s*hr?s?\b)?|\d{1,2}\s*(?:[ap]\.\s?m\.|[AP]M)"
    r"|\d{1,2}[hH](?:\d{2})?\b"
    # four figures of a 24-hour clock before a zone, as CNN stamps its pages: "Updated 0745 GMT (1545 HKT)
    # March 4, 2025" (not a year after a comma: "March 4, 2025 GMT")
    r"|(?<![\d,])(?<!,\s)(?:[01]\d|2[0-3])[0-5]\d(?=\s+\(?(?-i:[A-Z]{1,4}T|UTC)\b))"
    # a zone name, or a numeric offset as RFC 2822 writes it ("09:05:31 +0300")
    r"(?:\s+(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?|[+-]\d{4}(?![\d:]))"
    r"|,\s+(?-i:[A-Z]{2,3})\b)?"  # an edition after a comma: "Friday 14 February 2025 09:30, UK"
)
# A time zone right after a date's year, with no clock between: "14 March 2025 GMT", "March 4, 2025 (UTC)".
_YEAR_ZONE = re.compile(r"^\s*\(?(?:[A-Z]{1,4}T|UTC)\)?(?=[\s,|)]|$)")
# A time stamp standing alone on a line: "Updated 6:15 PM GMT, June 11, 2024",
# "Published: Thursday, 3 October 2024 | 14:15", or a bare date line "Thursday, October 3, 2024".
_STAMP_KEYWORD = re.compile(
    r"^(?P<kw>date\s+of\s+(?:publication|issue)"
    r"|(?:first\s+|originally\s+|last\s+|date\s*)?(?:published|updated|posted|modified|created|filed|dated|date"
    r"|issued|released|release\s+date|for\s+immediate\s+release"
    # a broadcaster's page stamps the programme's day: "Broadcast 3 March 2024", "Aired: …", "First aired …"
    r"|broadcast|aired|air\s+date|transmitted))"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
_STAMP_FILLER = re.compile(
    rf"\b{_WEEKDAY}(?=[\s,|]|$)|{_CLOCK}|\b(?:at|on|the)\b|[|·•,()\[\]]|\s[-–—/]\s|(?<=\w):(?=\s)",
    re.IGNORECASE,
)
# A stamp line's parts: "10 Aug 2025 · 11:20 ICT · 4 min read", "June 28, 2025 7:12 PM GMT Updated 3
# hours ago" (split before an "Updated" that follows other words, and before a "Posted" after a date or a
# clock), "… CET | Updated …", and a dash before
# a printed issue's number, as school and community papers set it: "Posted 05 May 2025 — Vol. VI, No. 3".
_STAMP_SPLIT = re.compile(
    r"\s*[|·•]\s*|(?<![Ll]ast)(?<!LAST)\s+\(?(?=(?i:(?:last\s+)?updated)\b)"
    # and before a posting's keyword after an update's date: "Updated 4:05 pm, 13 March 2026 Posted …"
    r"|(?:(?<=[\dmM.])|(?<=[A-Z]{2}T|UTC)(?<!FIRST))\s+(?=(?i:published|posted)\b)"
    r"|\s+[—–-]\s+(?=(?i:vol(?:ume)?\b|issue\b|no\.\s*\d))"
)
# Parts of a stamp line that carry no date: "Updated 3 hours ago", "4 min read", "6 min listen", the number
# of a newsletter's or magazine's issue beside its date ("Issue 214 | 3 July 2025", "Vol. 12, No. 7 · …",
# a volume in Roman figures, "Vol. IX, No. 4", and a page, "Vol. 3, Issue 8, p. 2"), and the length of a
# broadcast page's audio or video and its button ("Listen (4:20)", "Watch 2:05", "Duration: 12:40", "Play",
# "Listen live"); a podcast's or show's episode and its running time, in any case ("EP. 57 | MAR 09 2025 |
# 41:02", "Episode 12 · 8 min", "ISSUE 12 · JUN 30 2026 · 8 MIN", "1 hr 5 min").
_STAMP_EXTRA = re.compile(
    r"^(?:(?:(?:last\s+)?updated:?\s+)?(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|seconds?|secs?)\s+"
    r"(?:ago|read|listen|watch)"
    r"|(?:\d{1,2}\s*(?:hours?|hrs?|h)\.?\s*)?\d{1,3}\s*(?:minutes?|mins?|m)\.?(?:\s*\d{1,2}\s*(?:s|secs?))?"
    r"|(?:season|series|s)\.?\s*\d{1,3}[,;]?\s*(?:ep(?:isode)?|e)\.?\s*#?\d{1,4}"
    r"|ep(?:isode)?\.?\s*#?\d{1,4}"
    r"|(?:vol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7}\b)[,;]?\s*)?"
    r"(?:issue|iss\.|edition|no\.?|nr\.?|number)\s*(?:no\.\s*)?#?\d{1,5}"
    r"(?:[,;]?\s*(?:page|pg|p)\.?\s*[A-Z]?\d{1,3})?"
    r"|vol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7})"
    r"|(?:listen|watch|play|duration|length|running\s+time)(?:\s+(?:now|live|again))?(?:\s*:?\s*\(?"
    r"\d{1,2}(?::\d\d){1,2}(?:\s*mins?)?\)?)?)$",
    re.IGNORECASE,
)
# The number of a show's episode or a periodical's issue opening a stamp line, with what sets it apart
# from the date after it: a bar, a dash spaced or run on, a colon, a comma ("EPISODE 88 — 3 June 2026",
# "EPISODE 88—3 June 2026", "Issue 17: June 3, 2026", "Vol. 4, Issue 17, Wednesday, June 3, 2026").
_ISSUE_LABEL = re.compile(
    r"^(?:(?:season|series|s)\.?\s*\d{1,3}[,;]?\s*(?:ep(?:isode)?|e)\.?\s*#?\d{1,4}"
    r"|ep(?:isode)?\.?\s*#?\d{1,4}"
    r"|(?:vol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7}\b)[,;]?\s*)?"
    r"(?:issue|iss\.|edition|no\.?|nr\.?|number)\s*(?:no\.\s*)?#?\d{1,5}"
    r"|vol(?:ume)?\.?\s*(?:\d{1,4}|[IVXLC]{1,7}\b))"
    r"\s*(?:[—–:,|·•]|\s-)\s*(?=\S)",
    re.IGNORECASE,
)
# A numeric date: "14/10/2025", "03.06.2025", "14-10-2025" (read day first when the dots or the numbers
# say so); or with two digits of the year, "14/10/25", read only on a stamp line with a keyword or a clock.
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|[.-]\d)"
)
# A dotted numeric date with a space after each dot and often a dot after its year, as Balkan and Central
# European pages write it: "07. 05. 2026. 11:20", "20. 10. 2026." (day first, as every dotted date is).
_SPACED_DOTTED = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\. (?P<m>\d{1,2})\. (?P<y>\d{4})(?:\.(?=\s|$))?(?![\d.])"
)
# A numeric date with the year first, as Japanese, Chinese and Korean pages write it ("2025/09/12",
# "2025.09.12"): always year, month, day, so never ambiguous.
_YEAR_FIRST_DATE = re.compile(
    r"(?<![\d/.])(?P<y>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.])"
)
# A 24-hour clock after a numeric date ("07/03/2025 - 17:42 hs", "07/03/2025 21:05"): pages that
# write the hour so write the day first (month-first American pages write "5:42 p.m.").
_DAY_FIRST_CLOCK = re.compile(
    r"(?<![\d:.])(?:(?:1[3-9]|2[0-3])[:.h]\d\d\b(?!\s*[AaPp]\.?[Mm])|\d{1,2}[:.]\d\d\s*hr?s\b)"
)
# A 12-hour clock with a North American time zone ("6:12 p.m. ET", "9:30 PM EDT"): pages that
# stamp their time so write the month first ("3/11/2025" is 11 March).
_MONTH_FIRST_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*(?i:[ap]\.?\s?m\.?)\s*\(?(?:E|C|M|P|AK|H)[SD]?T\b")


_DATE_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
"""Languages tried for unusual written dates (all of dateparser's would take seconds to load)."""


def iso_date(value: str | dt.date | None) -> str | None:
    """An ISO date (YYYY-MM-DD) for a date, an ISO date-time or a written date; None if unreadable.

    "January 5, 2020", "5 Jan. 2020", "2020-01-05T14:00:00Z" all give "2020-01-05".
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}(-\d{2})?", s):
        return s
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    cleaned = re.sub(r"[.,]", " ", cleaned)
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned, flags=re.IGNORECASE)
    cleaned = " ".join(cleaned.split())
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A %B %d %Y", "%a %b %d %Y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        import dateparser  # slow to import; only reached for unusual formats

        # absolute dates only: "yesterday" or "3 days ago" would be read against the machine's
        # clock, so the same input would give another record each day
        parsed = dateparser.parse(
            s,
            languages=list(_DATE_LANGUAGES),
            settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            },
        )
    except Exception:  # dateparser raises a variety of errors on odd input
        parsed = None
    return parsed.date().isoformat() if parsed else None


# A date of a page's metadata left as a line of JSON: "datePublished": "2025-02-14", "dateModified": "…",
# "published_time": "…" (not "endDate" or "birthDate": the key names a page's publishing or change).
_JSON_DATE = re.compile(
    r'^"(?P<key>(?i:date_?(?:published|created|modified)|(?:[\w:]+_)?(?:published|modified|updated)_?(?:time|at|on)'
    r'|(?:published|modified|updated)))"\s*:\s*"(?P<value>[^"]{8,40})"\s*,?$'
)


def parse_stamp(line: str, *, order: str | None = None) -> tuple[str, str] | None:
    """(keyword, ISO date) of a time-stamp line, or None when the line is anything else.

    The keyword is "published", "updated", … in lower case, or "" for a bare date line; the
    line may carry a weekday, a clock time and a time zone but nothing else. ``order`` ("day" or
    "month") reads a numeric date both of whose numbers could be the month ("04/03/2025") as the
    page's other evidence says (see :func:`_numeric_order`); without it such a date gives None.
    """
    line = _SPACED_DOTTED.sub(r"\g<d>.\g<m>.\g<y>", line.strip()).rstrip(".")  # "07. 05. 2026. 11:20"
    label = _ISSUE_LABEL.match(line)
    if label and (stamp := parse_stamp(line[label.end() :], order=order)):
        return stamp  # "Episode 88: 3 June 2026", "ISSUE 17—JUNE 3, 2026": the episode's or issue's day
    pair = _JSON_DATE.match(line)
    if pair:  # "datePublished": "2025-02-14T09:30:00Z", a line of the page's metadata copied with it
        kind = "updated" if re.search(r"modif|updat", pair["key"], re.IGNORECASE) else "published"
        return parse_stamp(f"{kind} {pair['value']}")
    pieces = [p for p in _STAMP_SPLIT.split(line) if p.strip()]
    if len(pieces) > 1:  # "12 March 2025, 15:30 CET | Updated 12 March 2025, 18:02 CET"
        if order is None and _day_first_zone().search(line):  # "05/09/2025 | 07:45 WIB": the zone's piece
            order = "day"  # tells the order of the date's piece
        stamps = [parse_stamp(p, order=order) for p in pieces]
        filler = all(
            st or _STAMP_EXTRA.match(p.strip()) or dateless_stamp(p)
            for st, p in zip(stamps, pieces, strict=True)
        )
        return posting_stamp(stamps) if filler else None
    if not line or len(line) > 80:
        return None
    line = _anglicised(line)
    m = _STAMP_KEYWORD.match(line)
    keyword = re.sub(r"^date\s*(?=\w)", "", m["kw"].lower()).split()[-1] if m else ""  # "datePublished"
    keyword = {"publication": "published", "issue": "issued"}.get(keyword, keyword)  # "Date of publication:"
    body = line[m.end() :] if m else line
    if re.fullmatch(
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}|\s+[A-Z]{2,5})?)?",
        body,
    ):
        date = iso_date(body[:10])
        return (keyword, date) if date else None
    m = _YEAR_FIRST_DATE.search(body)
    if m and not _stamp_filler().sub(" ", body[: m.start()] + " " + body[m.end() :]).strip():
        try:
            date = dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return None
        return (keyword, date)
    m = _NUMERIC_DATE.search(body)
    if m and not _stamp_filler().sub(" ", body[: m.start()] + " " + body[m.end() :]).strip():
        after = body[m.end() :]
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        by_weekday = False  # a two-digit year needs a keyword, a clock, or a weekday the date falls on
        if len(m["y"]) == 2:  # "Published 19/11/24 07:45": a stamp's keyword or clock says it is a date
            by_weekday = not (keyword or re.search(r"\d[:.h]\d\d", after))
            if by_weekday and not _WEEKDAY_OPENING.match(body[: m.start()]):
                return None
            year += 2000
        day_first = (
            m["sep"] == "."
            or bool(_DAY_FIRST_CLOCK.search(after))
            or ((order == "day" or bool(_day_first_zone().search(after))) and b <= 12)
        )
        month_first = not day_first and (
            bool(_MONTH_FIRST_CLOCK.search(after)) or (order == "month" and a <= 12)
        )
        date = _numeric_date(a, b, year, dotted=day_first, american=month_first)
        if date is None and by_weekday:  # "Tue 03/02/26": the order the weekday says
            readings = [_numeric_date(a, b, year, dotted=f, american=not f) for f in (True, False)]
            date = next((d for d in readings if d and _weekday_of(body[: m.start()], d)), None)
        if date and by_weekday and not _weekday_of(body[: m.start()], date):
            return None  # "Fri 13.11.26": the weekday must be the date's
        return (keyword, date) if date else None
    m = re.search(_DATE, body, re.IGNORECASE)
    if m:  # "14 March 2025 GMT": the year beside its month is no 24-hour clock, and a zone may follow it
        after = _YEAR_ZONE.sub(" ", body[m.end() :], count=1)
        body = f"{_stamp_filler().sub(' ', body[: m.start()])} {m.group()} {_stamp_filler().sub(' ', after)}"
    rest = " ".join(_stamp_filler().sub(" ", body).split())
    if not re.fullmatch(_DATE, rest, re.IGNORECASE):  # "OCTOBER 8, 2024" too
        return None
    date = iso_date(rest)
    return (keyword, date) if date else None


# Marks of a printed page on a stamp line: "Tue, Oct 8, 2024 page 5", "… | Page A4 | Print edition".
_PAGE_MARK = r"\b(?:page|pg|p|seite|página|pagina)\.?\s*[A-Z]?\d{1,3}[A-Z]?\b|\bprint\s+edition\b"
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday opening a stamp before its numeric date: "Fri 13.11.26", "Tue, 03.02.26".
_WEEKDAY_OPENING = re.compile(rf"^\s*(?P<wd>{_WEEKDAY}),?\s*$", re.IGNORECASE)


def _weekday_of(before: str, date: str) -> bool:
    """Whether ``before`` (a stamp's text before its date) is a weekday alone that ``date`` falls on:
    "Fri" before "13.11.26" (13 November 2026, a Friday) checks a short date with two digits of its year."""
    m = _WEEKDAY_OPENING.match(before)
    return bool(m) and dt.date.fromisoformat(date).weekday() == _WEEKDAYS.index(m["wd"][:3].lower())


# A date written year, month, day with the signs of Chinese, Japanese and Korean: "2024年10月8日".
_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")


@functools.cache
def _english_months() -> frozenset[str]:
    """English month names and abbreviations, lower case: "march", "mar", "sept"."""
    return frozenset({m.lower() for m in ENGLISH_MONTHS} | {m[:3].lower() for m in ENGLISH_MONTHS} | {"sept"})


def _words_alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _date_words() -> tuple[dict[str, int], dict[str, int], dict[str, str], tuple[str, ...]]:
    """Month names (full and short; English ones too), weekday names and stamp keywords of the
    languages in ``date_words.json``, lower case, each also without its accents; and the filler
    words of stamp lines."""
    from storyline.knowledge import load_json, month_words
    from storyline.knowledge import with_unaccented as both

    k = load_json("date_words.json")
    english = {m.lower(): i for i, m in enumerate(ENGLISH_MONTHS, 1)} | {
        m[:3].lower(): i for i, m in enumerate(ENGLISH_MONTHS, 1)
    }
    months = month_words() | english | {"sept": 9}
    return months, both(k["weekdays"]), both(k["stamp_keywords"]), tuple(k["filler_words"])


@functools.cache
def _day_first_zone() -> re.Pattern[str]:
    """A time zone of a country that writes its numeric dates day first ("8:40 pm AWST", "20:40 CET";
    ``date_words.json``'s ``day_first_zones``): a stamp that gives one is read day first."""
    from storyline.knowledge import load_json

    return re.compile(rf"(?<![\w-])\(?(?:{_words_alt(load_json('date_words.json')['day_first_zones'])})\b")


@functools.cache
def _stamp_filler() -> re.Pattern[str]:
    """What a stamp line may hold besides its date: a weekday, a clock and zone, "at"/"on", the
    filler words of other languages ("à", "um … Uhr"), a printed page's mark, separators."""
    words = _words_alt(_date_words()[3])
    return re.compile(rf"{_STAMP_FILLER.pattern}|(?<!\w)(?:{words})(?!\w)|{_PAGE_MARK}", re.IGNORECASE)


@functools.cache
def _foreign_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of a written date in the languages of ``date_words.json``: day first ("8 de octubre de
    2024", "8. Oktober 2024", "1er novembre 2024"), month first ("octubre 8, 2024"), a weekday before a day,
    and a stamp keyword opening the line."""
    months, weekdays, keywords, _ = _date_words()
    mon, wd = _words_alt(months), _words_alt(weekdays)
    day_month = re.compile(
        rf"(?<![\w.])(?P<d>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<mon>{mon})\.?,?\s+(?:del?\s+)?"
        # the year's own stop, as Croatian, Serbian and Hungarian write it: "9. veljače 2026. u 11:45"
        rf"(?P<y>(?:19|20)\d\d)(?!\d)(?:\.(?=\s*$|\s+(?:u\s+)?\d{{1,2}}[:.]\d\d))?",
        re.IGNORECASE,
    )
    month_day = re.compile(
        rf"(?<![\w.])(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE
    )
    weekday = re.compile(rf"(?<![\w-])(?P<wd>{wd})(?![\w-])(?=[,.]?\s+(?:den\s+)?\d)", re.IGNORECASE)
    keyword = re.compile(rf"^(?P<kw>{_words_alt(keywords)})(?!\w)", re.IGNORECASE)
    return day_month, month_day, weekday, keyword


@functools.cache
def _hyphened_date() -> re.Pattern[str]:
    """A date written with hyphens or slashes around its month's name: "19-Nov-2024", "08/oct/2024", and
    year first, "2024-Nov-19", "2024/oct/08" (the month's word says which number is the year)."""
    mon = _words_alt(_date_words()[0])
    return re.compile(
        rf"(?<![\w/-])(?:(?P<d>\d{{1,2}})(?P<sep>[-/])(?P<mon>{mon})\.?(?P=sep)(?P<y>(?:19|20)\d\d)"
        rf"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[-/])(?P<mon2>{mon})\.?(?P=sep2)(?P<d2>\d{{1,2}}))(?![\w/-])",
        re.IGNORECASE,
    )


@functools.cache
def _year_first_words() -> re.Pattern[str]:
    """A written date with its year first, as Hungarian, Latvian and Lithuanian pages write it: "2026.
    március 4. 10:15", "2026. gada 4. martā", "2026 m. kovo 4 d." (the month's word and a stop or
    "d." after the day mark it as a date, not a year and a count)."""
    mon = _words_alt(_date_words()[0])
    return re.compile(
        rf"(?<![\w.])(?P<y>(?:19|20)\d\d)\.?\s+(?:gada\s+|m\.\s+)?"
        rf"(?:(?P<d>\d{{1,2}})\.\s+(?P<mon>{mon})|(?P<mon2>{mon})\s+(?P<d2>\d{{1,2}})(?:\.|\s+d\.))(?!\w)",
        re.IGNORECASE,
    )


def _anglicised(line: str) -> str:
    """A stamp line with its date, weekday and keyword written in English: "martes 8 de octubre de
    2024 - 16:40" -> "Tuesday 8 October 2024 - 16:40", "Publié le 1er novembre 2024" -> "published le
    1 November 2024", "2024年10月8日" -> "2024/10/8"; any other line comes back unchanged."""
    months, weekdays, keywords, _ = _date_words()
    day_month, month_day, weekday, keyword = _foreign_patterns()
    line = _CJK_DATE.sub(lambda m: f"{m['y']}/{m['m']}/{m['d']}", line)
    line = _hyphened_date().sub(  # "19-Nov-2024", "2024-Nov-19"
        lambda m: f"{m['d'] or m['d2']} {m['mon'] or m['mon2']} {m['y'] or m['y2']}", line
    )
    line = _year_first_words().sub(  # "2026. március 4.", "2026 m. kovo 4 d."
        lambda m: f"{m['d'] or m['d2']} {_english_month(months, m['mon'] or m['mon2'])} {m['y']}", line
    )
    line = day_month.sub(lambda m: f"{m['d']} {ENGLISH_MONTHS[months[m['mon'].lower()] - 1]} {m['y']}", line)
    line = month_day.sub(lambda m: f"{ENGLISH_MONTHS[months[m['mon'].lower()] - 1]} {m['d']}, {m['y']}", line)
    line = weekday.sub(lambda m: _EN_WEEKDAYS[weekdays[m["wd"].lower()] - 1], line)
    return keyword.sub(lambda m: keywords[m["kw"].lower()], line)


def _english_month(months: dict[str, int], word: str) -> str:
    """The English name of a month word of ``date_words.json`` ("március" -> "March")."""
    return ENGLISH_MONTHS[months[word.lower()] - 1]


def _numeric_date(a: int, b: int, year: int, *, dotted: bool, american: bool = False) -> str | None:
    """ISO date of a numeric stamp date "a/b/year": day first when ``dotted`` (written with dots,
    European usage, or next to a 24-hour clock) or when ``a`` cannot be a month, month first when
    ``b`` cannot be or when ``american`` (next to a 12-hour clock with a North American time zone);
    None when either reading would do ("03/06/2025"), since a wrong date is worse than none."""
    if dotted or a > 12:
        day, month = a, b
    elif b > 12 or american:
        month, day = a, b
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _dateline_day(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of a dateline's day without its year ("March 3", "3 May", "4 mar", "4 de marzo"),
    or None when it gives none or its word is no month of ``date_words.json``."""
    if m["fmon"]:
        month = _date_words()[0].get(m["fmon"].lower())
        return (month, int(m["fday"])) if month and 1 <= int(m["fday"]) <= 31 else None
    md = _MONTH_DAY.fullmatch(m["when"] or "")
    if not md:
        return None
    month = _date_words()[0].get((md["mon"] or md["mon2"]).lower().rstrip("."))
    return (month, int(md["d"] or md["d2"])) if month else None


_TOP = 10
"""Lines from the top of a page where bylines and time stamps are looked for."""

# A stamp that gives the page's age only: "1 hour ago", "Updated 25 minutes ago".
_RELATIVE_STAMP = re.compile(  # also the short units of apps and feeds: "Posted 5d ago", "3h ago"
    r"^(?:(?:first\s+|last\s+)?(?:published|posted|updated):?\s+)?(?:(?:\d+|an?|one)\s+"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?)|\d+\s?[mhd])\s+ago\.?$",
    re.IGNORECASE,
)
_WEEKDAY_DATE = re.compile(rf"\b(?P<weekday>{_WEEKDAY}),?\s+(?:the\s+)?(?P<date>{_DATE})(?!\d)")


# The day in a news page's path: "/2024/03/17/", "-2024-03-17-", "/2009/Feb/02/", "/2005/nov/28/", and
# run together, "/20240317/" or "…-rehab-20240317". Numbers that are no date ("/20241234/", "/2024/99/")
# fail the calendar; a year and month alone ("/2024/03/slug") give no day.
_URL_DATE = re.compile(
    r"[/_-](?P<y>(?:19|20)\d\d)(?:(?P<sep>[/-])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)"
    r"|/(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}/(?P<d2>\d\d?)"
    r"|(?P<m3>\d\d)(?P<d3>\d\d))(?=[/.?#_-]|$)",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# A full date opening the story's first paragraph as its dateline, with no place: "March 4, 2025 — The
# council voted …", "4 March 2025: The council …" (prose after the dash or colon).
_OPENING_DATE = re.compile(rf"^(?P<date>{_DATE})[ \t]*(?:—|–|--|-|:)[ \t]+(?=[A-Z\"“‘«¿¡])")


def _opening_date(lines: list[str]) -> str | None:
    """The date opening the first paragraph of the story (its first line near the top that reads as
    prose: four words or more, ending as a sentence ends) when a dash or a colon follows it: "March 4,
    2025 — The council voted …", "4 de marzo de 2025: El consejo …". Such a date is the page's, as a
    wire dateline's is, in every news page shape known: a date set before the first paragraph tells
    when it was written. A headline ("March 4, 2025: The day markets fell") does not end as a sentence;
    a later paragraph opening with a date is a timeline's entry, not the page's date."""
    for line in lines[: _TOP + 2]:
        if len(line.split()) < 4 or line[-1] not in '.!?"”’»':
            continue
        m = _OPENING_DATE.match(_anglicised(line))
        return iso_date(m["date"]) if m else None
    return None


# A place and a date opening a line of the story, as a press release or a statement sets them over or
# at the head of its first paragraph: "Kisumu, 4 March 2026", "Port Louis, Mauritius, March 4, 2026 – The
# ministry …", "KISUMU, 4 March 2026. The ministry …" (a place of one to four capitalised words, maybe a
# region, then the date ending the line or followed by a dash, a colon or a stop and prose); not a note's
# head, "Correction, 4 March 2026: …", whose day is after the page's.
_PLACE_DATE = re.compile(
    r"^(?!(?i:corrections?|clarifications?|updated?|editor|note|posted|published|filed)\b)"
    r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|del|es|el|al|la|le)){0,3})"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"
    rf",[ \t]+(?:{_WEEKDAY},?[ \t]+)?(?P<date>{_DATE})(?!\d)"
    r"(?:[ \t]*$|[ \t]*(?:—|–|--|-|:|\.)[ \t]+(?=[A-Z\"“‘«]))"
)


def _place_date_line(lines: list[str]) -> str | None:
    """The date of a place-and-date line at the head of the story ("Kisumu, 4 March 2026" on its own
    line, or opening the first paragraph, "KISUMU, March 4, 2026 — The ministry …", "Kisumu, 4 de marzo
    de 2026. El ministerio …"), looked for down to the story's third paragraph of prose: as a
    wire dateline's date, it tells the day the story was written (the development golds give such
    a date as the page's). Later in the story such a line would be a timeline's entry."""
    from storyline.read.datelines import datelines  # here: the datelines module imports this one

    prose = 0
    for line in lines[:40]:
        m = _PLACE_DATE.match(_anglicised(line))
        if m:
            return iso_date(m["date"])
        day = next((d.day for d in datelines(line) if d.day), None)
        if day:
            return day
        if len(line.split()) >= 8 and line[-1] in '.!?"”’»':
            prose += 1
            if prose >= 3:
                return None
    return None


def _weekday_date(text: str) -> str | None:
    """The first full date of the text written with its own weekday ("Monday 13 October 2025",
    "Tuesday, March 11, 2025"), when the weekday is right for it: the day a page stamped only
    with its age (a live page "1 hour ago") names as its own. A date written so is a calendar
    statement, not a passing mention, and such a date is far better than none for reading
    "on Sunday" or "this week"; a date given from outside (``--published``) still wins."""
    for m in _WEEKDAY_DATE.finditer(text):
        date = iso_date(m["date"])
        if date and _WEEKDAYS[dt.date.fromisoformat(date).weekday()] == m["weekday"][:3].lower():
            return date
    return None


def _url_date(url: str | None) -> str | None:
    """The day a news page's address gives in its path ("/2025/10/07/", "/2025/oct/07/", "/20251007/"),
    or None. The host is skipped, and a day written with separators wins over digits run together
    (".../2013/may/03/…-20130504" is the 3rd): a run of eight digits may be an id."""
    path = re.sub(r"^[a-z]+://[^/]*|^www\.[^/]*", "", url or "", flags=re.IGNORECASE)
    days = []
    for m in _URL_DATE.finditer(path):
        if m["m"]:
            month, day = int(m["m"]), int(m["d"])
        elif m["mon"]:
            month, day = _MONTH_NUMBER[m["mon"].lower()], int(m["d2"])
        else:
            month, day = int(m["m3"]), int(m["d3"])
        try:
            days.append((m["m3"] is not None, dt.date(int(m["y"]), month, day).isoformat()))
        except ValueError:
            continue
    return min(days)[1] if days else None


_MONTH_NUMBER = {name[:3].lower(): i for i, name in enumerate(ENGLISH_MONTHS, 1)}


# A month and day without a year: "Oct. 8", "8 October", "Tuesday, Oct 8th", "the 8th of October".
_MONTH_DAY = re.compile(
    rf"(?:(?P<mon>{_MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTHS}))(?![\d:])",
    re.IGNORECASE,
)
# The years a page gives besides its stamps: a copyright footer's ("© 2019-2024 …", the last one), the
# year of its address ("…/2024/…").
_COPYRIGHT_YEAR = re.compile(
    r"^(?:copyright|©|\(c\))[^\n]{0,40}?(?<!\d)(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)
_URL_YEAR = re.compile(r"/(?P<y>(?:19|20)\d\d)(?=/|-\d\d)")


def _page_year(lines: list[str], url: str | None) -> int | None:
    """The year a page gives outside its date stamps: the year in its address, else the (last) year
    of its copyright footer; None when it gives none."""
    m = _URL_YEAR.search(url or "")
    if m:
        return int(m["y"])
    for line in [*lines[::-1][:10], *lines[:4]]:  # a footer may sit above a few links
        m = _COPYRIGHT_YEAR.match(line)
        if m:
            return int(m["y2"] or m["y"])
    return None


def _with_year(month_day: re.Match[str], year: int, weekday: str | None) -> str | None:
    """ISO date of a month and day in the page's ``year``; with a weekday, in the year next to it
    the weekday fits when it does not fit that one (a page copied the year after it was written)."""
    month = month_day["mon"] or month_day["mon2"]
    day = month_day["d"] or month_day["d2"]
    for y in (year, year - 1, year + 1) if weekday else (year,):
        date = iso_date(f"{month} {day} {y}")
        if date and (not weekday or _WEEKDAYS[dt.date.fromisoformat(date).weekday()] == weekday[:3].lower()):
            return date
    return None


@functools.cache
def _foreign_day() -> re.Pattern[str]:
    """A day and a month of the languages of ``date_words.json`` without a year: "8 de octubre", "8.
    Oktober", "1er novembre"."""
    mon = _words_alt(_date_words()[0])
    return re.compile(
        rf"(?<![\w.])(?P<d>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<mon>{mon})\.?(?![\w])", re.IGNORECASE
    )


def _anglicised_day(line: str) -> str:
    """A line with its yearless day written in English: "martes 8 de octubre" (after
    :func:`_anglicised` gave its weekday) -> "Tuesday 8 October"."""
    months = _date_words()[0]
    return _foreign_day().sub(lambda m: f"{m['d']} {ENGLISH_MONTHS[months[m['mon'].lower()] - 1]}", line)


def dateless_stamp(piece: str) -> bool:
    """True for a piece of a stamp line that carries no date: a clock, a weekday, a separator, with a
    stamp's keyword or not ("Last updated 11:02 am", "09:40 GMT")."""
    return not _stamp_filler().sub(" ", _STAMP_KEYWORD.sub("", piece.strip())).strip()


def posting_stamp(stamps: Iterable[tuple[str, str] | None]) -> tuple[str, str] | None:
    """The first of a line's stamps that is no update's, whatever their order ("Updated 13 March |
    Posted 12 March" gives March 12), else the first; None without any."""
    found = [st for st in stamps if st]
    return next((st for st in found if st[0] not in ("updated", "modified")), found[0] if found else None)


def yearless_stamp(line: str) -> tuple[re.Match[str], str | None] | None:
    """(month and day, weekday or None) of a stamp line that gives a day without its year ("Tuesday,
    Oct. 8", "Posted 8 October at 14:10", "mardi 8 octobre à 07h50", "Issue 17 — Thu, June 4"), or None
    for any other line: the line holds nothing else than a stamp's keyword, an episode's or issue's
    number and the filler of :func:`_stamp_filler`."""
    line = _anglicised_day(_anglicised(line))
    line = line[label.end() :] if (label := _ISSUE_LABEL.match(line)) else line
    m = _STAMP_KEYWORD.match(line)
    body = line[m.end() :] if m else line
    if len(body) > 60 or not (md := _MONTH_DAY.search(body)):
        return None
    if _stamp_filler().sub(" ", body[: md.start()] + " " + body[md.end() :]).strip():
        return None
    weekday = re.search(rf"\b{_WEEKDAY}", body, re.IGNORECASE)
    return md, weekday[0] if weekday else None


def _yearless_day(lines: list[str], url: str | None) -> str | None:
    """The page's day when its stamp or dateline gives a month and day but no year ("Tuesday, Oct.
    8", "DALTON, Ga., Oct. 8 (AP) —"), its year read from the page's other evidence (its address,
    its copyright footer); None without such evidence."""
    from storyline.read.datelines import datelines  # here: the datelines module imports this one

    year = _page_year(lines, url)
    if year is None:
        return None
    for line in lines[:_TOP]:  # a stamp line without its year ("mardi 8 octobre à 07h50" too)
        if stamp := yearless_stamp(line):
            md, weekday = stamp
            return _with_year(md, year, weekday)
    for line in lines[: _TOP + 2]:  # a dateline's day: "DALTON, Ga., Oct. 8 (AP) —", "MADRID, 4 mar (EFE).-"
        for d in datelines(line):
            if d.month_day:
                try:
                    return dt.date(year, *d.month_day).isoformat()
                except ValueError:
                    return None
    return None


_ISO_DAY = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d/.])")
_HOST = re.compile(r"^(?:https?://)?(?P<host>[^/?#\s]+)", re.IGNORECASE)


@functools.cache
def _country_codes() -> dict[str, str]:
    """Country name or alias -> ISO alpha-2 code, for the country after a dateline's place ("LEEDS,
    England —"), and a division's abbreviation -> its country ("DENVER, Colo. —")."""
    import pycountry

    from storyline.knowledge import load_tsv

    codes = {c.name: c.alpha_2 for c in pycountry.countries}
    codes |= {getattr(c, "common_name", c.name): c.alpha_2 for c in pycountry.countries}
    for row in load_tsv("country_aliases.tsv"):
        country = pycountry.countries.get(alpha_3=row["iso3"])
        if country:
            codes[row["alias"]] = country.alpha_2
    codes |= {row["abbreviation"]: row["country"] for row in load_tsv("division_abbreviations.tsv")}
    return codes


def _country_order(country: str | None) -> str | None:
    """ "month" or "day": the order a country (ISO alpha-2) writes a numeric date in; None for one
    that writes either (see ``date_words.json``) or no country."""
    from storyline.knowledge import load_json

    if not country:
        return None
    k = load_json("date_words.json")
    if country in k["either_order_countries"]:
        return None
    return "month" if country in k["month_first_countries"] else "day"


def _numeric_order(lines: list[str], url: str | None) -> str | None:
    """The order ("day" or "month" first) in which a page writes its numeric dates, from its evidence:
    another numeric date of the page with a number over 12 ("17/02/2025" is day first), else the
    country of its address's domain (".co.uk", ".com.au", ".in") or of its dateline ("LEEDS, England
    —", "DENVER, Colo. —"); None without evidence or when the evidence disagrees."""
    from storyline.knowledge import load_json
    from storyline.read.datelines import datelines  # here: the datelines module imports this one

    orders = set()
    for line in lines:
        for m in _NUMERIC_DATE.finditer(line):
            a, b = int(m["a"]), int(m["b"])
            if m["sep"] != "." and len(m["y"]) == 4 and (a > 12) != (b > 12) and max(a, b) <= 31:
                orders.add("day" if a > 12 else "month")
    if orders:
        return orders.pop() if len(orders) == 1 else None
    host = _HOST.match(url or "")
    tld = host["host"].lower().rsplit(".", 1)[-1] if host and "." in host["host"] else ""
    if len(tld) == 2 and tld.isalpha() and tld not in load_json("date_words.json")["generic_country_domains"]:
        return _country_order("GB" if tld == "uk" else tld.upper())
    for line in lines[: _TOP + 2]:
        for d in datelines(line):
            if d.region:
                region = line[d.region[0] : d.region[1]].strip()
                return _country_order(_country_codes().get(region) or _country_codes().get(region.title()))
            if country := _place_country(line[d.place[0] : d.place[1]]):  # "PERTH —", "CHICAGO —"
                return _country_order(country)
    return None


def _place_country(name: str) -> str | None:
    """The country (ISO alpha-2) of a dateline's place given alone ("PERTH —", "SINGAPORE —"): a
    country's own name, else the gazetteer's most populous place of that name, when every place of
    that name at least a tenth as large lies in a country writing its dates the same way ("LONDON"
    is the British capital, not the Canadian city a twentieth its size); None when unsure."""
    name = name.strip()
    code = _country_codes().get(name) or _country_codes().get(name.title())
    if code:
        return code
    from storyline.gazetteer import load_gazetteer  # here: only a page with nothing else to go by needs it

    places = [
        e for e in load_gazetteer().lookup(name.title()) if e.country and e.name.lower() == name.lower()
    ]
    if not places:
        return None
    top = max(places, key=lambda e: e.population)
    rivals = {_country_order(e.country) for e in places if e.population * 10 >= top.population}
    return top.country if len(rivals) == 1 else None


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
