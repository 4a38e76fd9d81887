"""Wire datelines opening a line of the text: "NAIROBI, Kenya (AP) —", "MADRID, 4 mar (EFE).-",
"BERLIN 1996-08-29" (see :func:`datelines`). Split from :mod:`storyline.read`, which re-exports
:class:`Dateline` and :func:`datelines`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from storyline.knowledge import load_lines, month_words
from storyline.read.dates import _MONTHS, _dateline_day, _english_months

# A wire dateline opening a line (see :func:`datelines`): a place name (capitalised words,
# "Dar es Salaam" particles allowed), maybe a second place after a slash ("LUXEMBOURG/BRUSSELS"),
# a region and a day, an agency tag, then a dash or a colon.
_PARTICLE = r"(?:de|da|do|dos|del|des|du|es|el|al|la|le|am)(?=[ \t])"
_PLACE_WORDS = rf"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|{_PARTICLE})){{0,4}}"
# a label before the dateline, with its colon: "UPDATE: NAIROBI, Kenya (AP) —", "EXCLUSIVE: BEIRUT
# (Reuters) -", "UPDATE 2: LIMA —" (``dateline_labels.txt``)
_LABELS = sorted(load_lines("dateline_labels.txt"), key=len, reverse=True)
_LABEL = r"(?i:{})".format("|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in _LABELS))
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:(?P<label>{_LABEL})(?:[ \t]+\d{{1,2}})?[ \t]*:[ \t]+)?"
    rf"(?P<place>{_PLACE_WORDS})(?:[ \t]*/[ \t]*(?P<also>{_PLACE_WORDS}))?"
    rf"(?:[ \t]*,[ \t]*(?P<region>{_PLACE_WORDS}))?"
    # maybe the agency tag before the day, as some wires set it: "LAKE CITY (Lake Wire) June 4, 2026 —",
    # "PORT ELLEN (Islay Press) 4 June —" (a day must follow it: checked in :func:`datelines`)
    r"(?:[ \t]*\((?P<lead>[A-Za-z][\w .&-]{0,40})\)(?=,?[ \t]+[\dA-Z]))?"
    # a day, and maybe its year: "WASHINGTON, March 3 —", "KARACHI, Sept 21, 2025:", "PARIS, 3 May 2025 -"
    # (an ordinal day too, as press releases write it: "OSLO, May 2nd, 2025 —", "the 2nd of May")
    rf"(?:(?:,?[ \t]*(?P<when>{_MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTHS}"
    # or a day and a month of another language, before an agency tag: "MADRID, 4 mar (EFE).-",
    # "LISBOA, 12 fev (Lusa) -", "MÉXICO, 4 de marzo (EFE).-" (the word is checked to be a month),
    # or before a dash without a tag: "SEVILLA, 14 abr - La policía …" (checked in :func:`datelines`)
    r"|(?P<fday>\d{1,2})[ \t]+(?:de[ \t]+)?(?P<fmon>[^\W\d_]{3,10})\.?"
    r"(?=[ \t]*(?:,?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d)?[ \t]*(?:\(|(?:—|–|--|-|:)\s))"
    # or a date in figures before the dash or the tag: "TALLINN, 09.06.2025 —", "Cusco, 2025-06-09:"
    r"|(?P<num>(?P<na>\d{1,2})(?P<nsep>[./-])(?P<nb>\d{1,2})(?P=nsep)(?P<ny>(?:19|20)\d\d|\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?=[ \t]*(?:\(|(?:—|–|--|-|:)\s)))"
    r"(?:,?[ \t]+(?:de[ \t]+)?(?P<year>(?:19|20)\d\d))?)?"
    # the agency tag, maybe with the stop Spanish wires put before their dash: "(EFE).-"; after a day,
    # maybe with no dash at all, as Indian wires write it: "NEW DELHI, Nov 19 (IANS) The …"
    r"[ \t]*(?:\((?P<agency>[A-Za-z][\w .&-]{0,40})\)(?:\.?[ \t]*(?:—|–|--|-|:)\s"
    r"|(?P<dashless>[ \t]+)(?=[A-Z\"“‘]))"
    # or a press release's distributor: "DENVER, Colo., May 5, 2026 /PRNewswire/ -- ", "DENVER,
    # Colo.--(BUSINESS WIRE)--Brightfold …"
    r"|/(?P<slashed>[A-Z][\w .&-]{0,40})/[ \t]*(?:—|–|--)[ \t]+"
    r"|--\((?P<wired>[A-Z][\w .&-]{0,40})\)--(?=[A-Z\"“‘])"
    r"|(?:—|–|--|-|:)\s)"
    # or, in the Reuters corpus, a date closing the line: "BERLIN 1996-08-29"
    r"|[ \t]+(?P<date>(?:19|20)\d\d(?:-\d\d-\d\d)?|\d\d?/\d\d?(?:/\d\d(?:\d\d)?)?)[\d/ \t-]*$)"
)


def _foreign_dash(text: str, m: re.Match[str]) -> bool:
    """True when a dateline without an agency tag ("SEVILLA, 14 abr - La policía …", "Porto, 3 mai – O
    governo …") is one of another language: its month word is one of ``date_words.json``'s other
    languages (an English one, "Mar", "May", only in lower case: "14 mar"), and prose follows its dash
    (a capital, a quote or the Spanish "¿", "¡"). Its place may be in capitals or not: the month word
    and the dash mark it, where an English sentence ("Paris, 3 May, was chosen") has neither."""
    word = m["fmon"]
    if word.lower() not in month_words() or (not word.islower() and word.lower() in _english_months()):
        return False
    after = text[m.end() : m.end() + 1]
    return bool(after) and (after.isupper() or after in '"“‘«¿¡')


def _numeric_day(m: re.Match[str], text: str) -> dt.date | None:
    """The date of a dateline written in figures ("TALLINN, 09.06.2025 —", "Mbarara, 07/02/2025 -",
    "Cusco, 2025-06-09:"): year first when it opens with its year; else day first, as the wires that
    write their datelines in figures do (European, African, Asian and Latin American ones; American
    datelines name the month), unless the second number cannot be a day's month ("5/13/2025") or
    the dateline's region is a country that writes the month first; None for no real date."""
    try:
        if m["iy"]:
            return dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        a, b, year = int(m["na"]), int(m["nb"]), int(m["ny"])
        year += 2000 if year < 100 else 0
        region = text[m.start("region") : m.end("region")] if m["region"] else ""
        month_first = b > 12 or (m["nsep"] != "." and a <= 12 and _month_first_region(region))
        return dt.date(year, a, b) if month_first else dt.date(year, b, a)
    except ValueError:
        return None


def _month_first_region(region: str) -> bool:
    """True when a dateline's region ("Ga.", "Colorado", "Philippines") is of a country that writes
    its numeric dates month first."""
    from storyline.read.dates import _country_codes, _country_order

    region = region.strip()
    return (
        bool(region)
        and _country_order(_country_codes().get(region) or _country_codes().get(region.title())) == "month"
    )


@functools.cache
def _speaker_roles() -> frozenset[str]:
    """Roles a transcript brackets after a speaker's name (``speaker_roles.txt``): "host", "presenter"."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("speaker_roles.txt"))


def _speaker_role(tag: str) -> bool:
    """True when a bracketed tag after a line's opening name is a speaker's role in a transcript
    ("PRESENTER", "Senior Correspondent", "CO-HOST"): its last word (three words at most) is a
    role of :func:`_speaker_roles`. No news agency is named so."""
    words = tag.strip().lower().split()
    return bool(words) and len(words) <= 3 and words[-1].rstrip(".") in _speaker_roles()


def _country_dateline(text: str, m: re.Match[str]) -> bool:
    """True when a dateline whose place is not in capitals has a country for its region
    (and maybe a day), and a dash before prose ("Plock, Poland — The council …", "Kismayo, Somalia,
    June 2 – Police …"): papers that print their datelines in title case. The place is no country
    itself ("Russia, Ukraine — …" is a headline's pair of names)."""
    from storyline.read.dates import _country_codes

    if not m["region"] or m["date"] or m["also"] or m["dashless"] is not None:
        return False
    codes = _country_codes()
    region, place = m["region"].strip(), m["place"].strip()
    if not (region in codes or region.title() in codes) or place in codes or region.endswith("."):
        return False
    after = text[m.end() : m.end() + 1]
    dashed = text[m.start("place") : m.end()].rstrip().endswith(("—", "–", "-"))
    return dashed and bool(after) and (after.isupper() or after in '"“‘')


def _label(words: str) -> bool:
    """True when ``words`` ("UPDATE", "Breaking news") are a label printed before a dateline
    (``dateline_labels.txt``), which is no place."""
    return " ".join(words.lower().split()) in _LABELS


@dataclass(frozen=True)
class Dateline:
    """A wire dateline: its characters (the dash and the space after it included), the place
    name opening it and the agency tag, if any."""

    start: int
    end: int
    place: tuple[int, int]
    region: tuple[int, int] | None = None  # "Kenya" in "NAIROBI, Kenya (AP) —"
    agency: str | None = None
    dated: bool = False  # a date closes the line instead of a dash: "BERLIN 1996-08-29"
    day: str | None = None  # ISO date of a day with its year before the dash: "KARACHI, Sept 21, 2025:"
    also: tuple[int, int] | None = None  # "BRUSSELS" in "LUXEMBOURG/BRUSSELS (Reuters) -": a second place
    # (month, day) before the dash, with its year or without: "ROMA, 3 apr (ANSA) -", "OSLO, March 3 -"
    month_day: tuple[int, int] | None = None


def datelines(text: str) -> list[Dateline]:
    """The wire datelines opening lines of ``text``: "NAIROBI, Kenya (AP) —", "BAGHDAD
    (Reuters) -", "LONDON —", "WASHINGTON, March 3 —", "NEW DELHI: ", "Dhaka (AFP) -", and
    the Reuters corpus's "BERLIN 1996-08-29". A wire story filed from two cities names both,
    set apart by a slash ("LUXEMBOURG/BRUSSELS (Reuters) -"): the first is the dateline's
    place, the second its ``also``.

    The place is in capitals, or the agency tag follows it (a capitalised line such as
    "Read more - ..." is no dateline). The one definition behind the publisher read from the
    tag, the entities stage's dateline places, the places stage's filing city and the
    events stage's rule that a dateline is never an actor.
    """
    out = []
    for m in _DATELINE.finditer(text):
        agency = m["agency"] or m["slashed"] or m["wired"] or m["lead"]
        if m["also"] and m["place"].isupper() != m["also"].isupper():
            continue  # "LONDON/Paris": not two places of one dateline
        month_day, day = _dateline_day(m), None
        if m["num"]:
            numeric = _numeric_day(m, text)
            if numeric is None:
                continue  # "TALLINN, 41.06.2025 —": no date
            month_day, day = (numeric.month, numeric.day), numeric.isoformat()
            after = text[m.end() : m.end() + 1]
            if not m["place"].isupper() and not (after.isupper() or after in '"“‘«¿¡'):
                continue  # "Meanwhile, 09.06.2025 - the day …": prose, not a dateline
        if m["lead"] and (month_day is None or m["date"]):
            continue  # "LIMA (Andes Wire) 1996-08-29", "(TSLA) March sales": a tag before no dateline's day
        if m["fmon"] and month_day is None:
            continue  # "LIMA, 4 Tage (…)": no month
        if m["fmon"] and not agency and not _foreign_dash(text, m):
            continue  # "Lima, 4 May - …" in English, "PORTO, 3 mai - 14:30": no dateline of another language
        if m["dashless"] is not None and month_day is None:
            continue  # "Tesla (TSLA) Shares jump": a dateline without its dash gives its day
        if not m["label"] and _label(m["place"]) and text[m.end("place") :].lstrip(" \t").startswith(":"):
            continue  # "UPDATE: Police said …": a label with no dateline after it, no place
        if agency and _speaker_role(agency):
            continue  # "JO ROE (PRESENTER): …": a transcript's speaker turn, no place and no agency
        if m["place"].isupper() or agency or m["fmon"] or m["num"] or _country_dateline(text, m):
            region = m.span("region") if m["region"] else None
            if m["year"] and month_day and day is None:
                try:
                    day = dt.date(int(m["year"]), *month_day).isoformat()
                except ValueError:
                    day = None
            also = m.span("also") if m["also"] else None
            out.append(
                Dateline(
                    m.start(),
                    m.end(),
                    m.span("place"),
                    region,
                    agency,
                    bool(m["date"]),
                    day,
                    also,
                    month_day,
                )
            )
    return out
