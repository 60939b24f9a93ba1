"""Named days: holidays and festivals, resolved to the calendar day.

TimeML annotates a holiday name as a DATE whose value is its day
("Thanksgiving Day" -> ``1999-11-25``; TimeML Annotation Guidelines 1.2.1,
section 2.2). Each holiday of the reviewed ``data/holidays.yaml`` has a rule that lists
its days in a Gregorian year:

* fixed days: New Year's Day, Christmas, Nowruz (21 March, the spring
  equinox holiday of Central Asia, Azerbaijan, Iran and Türkiye's Kurds) ...;
* Easter, Western and Orthodox, by python-dateutil's computus
  (:func:`dateutil.easter.easter`), and the days that hang on it;
* Thanksgiving, the fourth Thursday of November (United States);
* the two Eids of the Islamic calendar, converted from the Hijri calendar by
  `hijridate <https://pypi.org/project/hijridate/>`_ (the Umm al-Qura tables,
  1343-1500 AH, 1924-2077 CE): Eid al-Fitr is 1 Shawwal, Eid al-Adha
  10 Dhu al-Hijjah. Countries that sight the new moon locally can keep an
  Eid a day apart; the value is the Umm al-Qura day. A lunar holiday can
  fall twice in one Gregorian year (Eid al-Fitr in 2000: 8 January and
  27 December).

"Independence Day", "Republic Day" and "Victory Day" differ by country
(Kazakhstan's Independence Day is 16 December, Uzbekistan's 1 September),
so they are resolved only when their sentence names the country; otherwise
the value says the day is unknown (``XXXX-XX-XX``) rather than guess.

We keep this table ourselves: the ``holidays`` package answers "which days
are public holidays in a country", not "which day does this name in an
English sentence mean", and it has no notion of Thanksgiving Day outside the
United States or of Easter as a name rather than a day off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Literal

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri

from ..errors import DataError
from ..word_lists import word_lists
from .calendar_values import in_calendar
from .lexicon import MONTHS, WEEKDAYS, trie_pattern

__all__ = ["COUNTRY_HOLIDAYS", "HOLIDAYS", "NAMES", "country_near", "days_in_year"]

#: The days a holiday falls on in one Gregorian year (usually one, a lunar one 0-2).
Rule = Callable[[int], list[date]]


def _fixed(month: int, day: int) -> Rule:
    return lambda year: [date(year, month, day)]


def _easter(offset: int = 0, method: Literal[1, 2, 3] = EASTER_WESTERN) -> Rule:
    return lambda year: [easter(year, method) + timedelta(days=offset)]


def _nth_weekday(month: int, weekday: int, n: int) -> Rule:
    def days(year: int) -> list[date]:
        first = date(year, month, 1)
        return [first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))]

    return days


def _hijri(month: int, day: int) -> Rule:
    def days(year: int) -> list[date]:
        found = []
        start = Gregorian(year, 1, 1).to_hijri().year if 1925 <= year <= 2076 else None
        if start is None:
            return []
        for hijri_year in (start, start + 1):
            g = Hijri(hijri_year, month, day).to_gregorian()
            if g.year == year:
                found.append(date(g.year, g.month, g.day))
        return found

    return days


#: The reviewed ``data/holidays.yaml`` (read when the tagger is imported).
_FILE = "holidays.yaml"
_LISTS = word_lists(
    _FILE, {"holidays": "values", "country_holidays": "by_code", "other_casings": "names"}
)
_RULE = re.compile(
    r"fixed (?P<month>\d\d)-(?P<day>\d\d)"
    r"|(?P<orthodox>orthodox )?easter(?: (?P<offset>[+-]\d{1,3}))?"
    r"|the (?P<n>[1-5])(?:st|nd|rd|th) (?P<weekday>[a-z]+) of (?P<of>[a-z]+)"
    r"|hijri (?P<hijri_month>\d\d)-(?P<hijri_day>\d\d)"
)


def _rule(spec: str, entry: str) -> Rule:
    """The rule a line of ``data/holidays.yaml`` writes (the notation is the file's)."""
    m = _RULE.fullmatch(spec)
    problem = None
    if m is None:
        problem = "is not a rule: fixed MM-DD, easter [+N|-N], orthodox easter, "
        problem += "the Nth WEEKDAY of MONTH or hijri MM-DD"
    elif m["month"]:
        try:
            date(2000, int(m["month"]), int(m["day"]))  # a leap year: 02-29 is a day
        except ValueError:
            problem = "is not a day of the year"
        else:
            return _fixed(int(m["month"]), int(m["day"]))
    elif m["n"]:
        if m["weekday"] not in WEEKDAYS or m["of"] not in MONTHS:
            problem = "names no weekday or no month"
        else:
            return _nth_weekday(MONTHS[m["of"]], WEEKDAYS[m["weekday"]], int(m["n"]))
    elif m["hijri_month"]:
        if not (1 <= int(m["hijri_month"]) <= 12 and 1 <= int(m["hijri_day"]) <= 30):
            problem = "is not a day of the Islamic calendar"
        else:
            return _hijri(int(m["hijri_month"]), int(m["hijri_day"]))
    else:
        offset = int(m["offset"] or 0)
        return _easter(offset, EASTER_ORTHODOX) if m["orthodox"] else _easter(offset)
    raise DataError(f"{spec!r} {problem}", path=f"src/timeline/data/{_FILE}", field=entry)


#: Holiday name (lower case) -> rule. Each name is also matched title-cased.
HOLIDAYS: dict[str, Rule] = {
    name: _rule(spec, f"holidays.{name}") for name, spec in _LISTS.values("holidays").items()
}

#: Days that differ by country: name -> ISO 3166 alpha-2 code -> rule.
COUNTRY_HOLIDAYS: dict[str, dict[str, Rule]] = {
    name: {code: _rule(spec, f"country_holidays.{name}.{code}") for code, spec in codes.items()}
    for name, codes in _LISTS.by_code("country_holidays").items()
}

#: Every name as the pattern matches it: title case, plus the common Arabic-name casings.
NAMES: tuple[str, ...] = tuple(
    sorted(
        {
            " ".join(w[:1].upper() + w[1:] for w in name.split())
            for name in list(HOLIDAYS) + list(COUNTRY_HOLIDAYS)
        }
        | set(_LISTS.words("other_casings"))
        | {n.title().replace("'S", "’s") for n in HOLIDAYS if "'" in n},
        key=len,
        reverse=True,
    )
)


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names, demonyms, capitals and seats of government ("the Kremlin") of the
    countries with a day of their own, and their codes.

    Read from the gazetteer's reviewed ``data/countries.yaml`` (the one copy), with the
    ASCII spellings its matcher adds (``Turkiye``), on the first country day the tagger
    meets: the tagger's import reads nothing of it. A country of ``data/holidays.yaml``
    that ``countries.yaml`` does not hold is a :class:`DataError` naming the entry.
    """
    from ..gazetteer.codes import countries
    from ..gazetteer.matching import spellings

    words: dict[str, str] = {}
    for name, days in _LISTS.by_code("country_holidays").items():
        for code in days:
            country = countries().get(code)
            if country is None:
                raise DataError(
                    f"{code!r} is not a country of src/timeline/data/countries.yaml",
                    path=f"src/timeline/data/{_FILE}",
                    field=f"country_holidays.{name}.{code}",
                )
            for word in country.names + country.demonyms + country.capitals + country.seats:
                for spelling in spellings(word):
                    words[spelling] = code
    pattern = re.compile(r"(?<![\w.])(?:" + trie_pattern(set(words)) + r")(?!\w)")
    return pattern, words


def country_near(text: str, start: int, end: int, bounds: tuple[int, int]) -> str | None:
    """The country named nearest to ``start:end`` within ``bounds`` (its sentence), if any."""
    pattern, codes = _countries()
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, bounds[0], bounds[1]):
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, codes[m.group()])
    return best[1] if best else None


def days_in_year(name: str, year: int, country: str | None) -> list[date] | None:
    """The days ``name`` falls on in ``year``; None if it depends on an unknown country.

    A year outside the calendar (before 1 or after 9999: the year before a DCT in
    year 1) has no days, and the rules are never asked for it.
    """
    key = name.lower().replace("’", "'")
    rule = HOLIDAYS.get(key)
    if rule is None:
        by_country = COUNTRY_HOLIDAYS.get(key, {})
        rule = by_country.get(country) if country else None
        if rule is None:
            return None
    return rule(year) if in_calendar(year) else []
