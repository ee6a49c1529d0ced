"""Turn a `DateSpec` into its ISO 8601 value against a reference date.

Unknown parts stay X; relative expressions need the publication date; lunar dates are
converted with vnlunar.

>>> resolve(DateSpec("day", month=8, day=16, pod="MO"), None, 2024)
'2024-08-16TMO'
"""
from __future__ import annotations

import datetime as dt

from pipeline.extract.date_grammar import DAY_OF_MONTH, DateSpec


def _lunar_to_solar(day: int, month: int, year: int) -> dt.date | None:
    """Solar date of a lunar date; day 0 of month 1 is New Year's Eve (giao thừa)."""
    from vnlunar import convert_lunar_to_solar

    if day == 0:
        first = convert_lunar_to_solar(1, 1, year, 0)
        return dt.date(first[2], first[1], first[0]) - dt.timedelta(days=1) if first else None
    got = convert_lunar_to_solar(day, month, year, 0)
    return dt.date(got[2], got[1], got[0]) if got else None


SCHOOL_START = 8  # from August a new school year is the running one
SEASON_START = {"SP": 2, "SU": 5, "FA": 8, "WI": 11}  # the month a season is taken to begin


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + k
    return n // 12, n % 12 + 1


def _time_suffix(spec: DateSpec) -> str:
    if spec.clock:
        return "T{:02d}:{:02d}".format(*spec.clock)
    return "T" + spec.pod if spec.pod else ""


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _year_of(spec: DateSpec, ref: dt.date | None, hint: int | None) -> int | None:
    """Year of an absolute expression: written, relative to the reference, or borrowed."""
    if spec.year is not None:
        return spec.year
    if spec.year_rel is not None:
        return ref.year + spec.year_rel if ref else None
    return ref.year if ref else hint


def _day(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    if not spec.anchored:
        return "XXXX-XX-XX"
    if spec.rel is not None:
        return (ref + dt.timedelta(days=spec.rel)).isoformat() if ref else "XXXX-XX-XX"
    y = _year_of(spec, ref, hint)
    if spec.lunar and isinstance(spec.part, int) and y is not None:  # năm Tân Sửu: nearest such year
        y = min(range(y - 30, y + 30), key=lambda k: (k % 60 != spec.part, abs(k - y)))
    elif spec.lunar and isinstance(spec.part, int):
        return "XXXX-XX-XX"
    if spec.lunar:
        if y is None or spec.month is None:
            return "XXXX-XX-XX"
        if spec.year is None and ref and spec.month <= 2 and ref.month >= 11:
            y += 1  # Tết written late in the solar year is the coming one
        solar = _lunar_to_solar(spec.day, spec.month, y + spec.year_shift)
        return solar.isoformat() if solar else "XXXX-XX-XX"
    if spec.day is None:
        return "XXXX-XX-XX"  # `Chiều cùng ngày` with no day written before it
    month = spec.month
    if month is None and spec.part == DAY_OF_MONTH and ref:
        y, month = ref.year, ref.month  # `ngày 12` in an article of April: 12 April
    ys = f"{y:04d}" if y is not None else "XXXX"
    ms = f"{month:02d}" if month else "XX"
    return f"{ys}-{ms}-{spec.day:02d}"


def _month(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    if spec.rel is not None:
        if not ref:
            return "XXXX-XX"
        y, m = _shift_month(ref.year, ref.month, spec.rel)
        return f"{y}-{m:02d}"
    y = _year_of(spec, ref, hint)
    if spec.lunar and y is not None and spec.end is None:
        return _lunar_month(spec.month, y) or f"{y:04d}-{spec.month:02d}"
    return f"{y:04d}-{spec.month:02d}" if y is not None else f"XXXX-{spec.month:02d}"


def _lunar_month(month: int, year: int) -> str | None:
    """A lunar month as the range of its solar days (`tháng 8 âm lịch` 2021 -> 2021-09-07/2021-10-05)."""
    first = _lunar_to_solar(1, month, year)
    nxt = _lunar_to_solar(1, month % 12 + 1, year + (month == 12))
    if not first or not nxt:
        return None
    return f"{first.isoformat()}/{(nxt - dt.timedelta(days=1)).isoformat()}"


def _year(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    if spec.rel is not None:
        return str(ref.year + spec.rel) if ref else "XXXX"
    if spec.year < 0:  # before Christ, as the golds write it (`-0044`, no year zero shift)
        return f"-{-spec.year:04d}"
    return f"{spec.year:04d}"  # ISO 8601: four digits (`0701`)


def _in_year(spec: DateSpec, ref: dt.date | None, hint: int | None, code: str) -> str:
    y = _year_of(spec, ref, hint)
    return f"{y if y is not None else 'XXXX'}-{code}"


def _quarter(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    if spec.rel is not None:
        if not ref:
            return "XXXX-QX"
        n = ref.year * 4 + (ref.month - 1) // 3 + spec.rel
        return f"{n // 4}-Q{n % 4 + 1}"
    return _in_year(spec, ref, hint, f"Q{spec.part}")


def _week(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    tail = "-WE" if spec.part == "WE" else ""
    if not ref:
        return "XXXX-WXX" + tail
    return _iso_week(ref + dt.timedelta(weeks=spec.rel or 0)) + tail


def _weekday(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    wd = int(spec.part)
    if not ref:
        return f"XXXX-WXX-{wd}"
    if spec.rel is not None:
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        return (monday + dt.timedelta(weeks=spec.rel, days=wd - 1)).isoformat()
    if spec.future:
        ahead = (wd - ref.isoweekday()) % 7 or (7 if spec.future is True else 0)
        return (ref + dt.timedelta(days=ahead)).isoformat()
    return (ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)).isoformat()


def _school_year(spec: DateSpec, ref: dt.date | None) -> str:
    """A school year (September to May) relative to the reference: `năm học vừa qua` is the one that
    began the year before the reference year (`2019/2020` in 2020 and, as the golds read it, in
    April 2021); `năm học này` is the running one, which begins in August."""
    if not ref:
        return "XXXX"
    start = ref.year - 1 if spec.rel < 0 else ref.year - (ref.month < SCHOOL_START) + spec.rel
    return f"{start}/{start + 1}"


def _single(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    g = spec.grain
    if g == "day":
        return _day(spec, ref, hint) + _time_suffix(spec)
    if g == "weekday":
        return _weekday(spec, ref, hint) + _time_suffix(spec)
    if g == "month":
        return _month(spec, ref, hint)
    if g == "year":
        return _year(spec, ref, hint)
    if g == "quarter":
        return _quarter(spec, ref, hint)
    if g == "half":
        return _in_year(spec, ref, hint, f"H{spec.part}")
    if g == "season":
        if spec.future and ref:  # the next such season: this year's if it has not begun yet
            return f"{ref.year + (SEASON_START[spec.part] <= ref.month)}-{spec.part}"
        return _in_year(spec, ref, hint, str(spec.part))
    if g == "week":
        return _week(spec, ref, hint)
    if g == "school":
        return _school_year(spec, ref)
    if g == "decade":
        return f"{spec.part}X"
    if g == "century":
        return f"{spec.part}XX"
    raise ValueError(f"unknown date grain {g!r}")


def resolve(spec: DateSpec, ref: dt.date | None, hint: int | None) -> str:
    """ISO value of `spec`; `ref` is the publication date, `hint` a year borrowed from the text."""
    value = _single(spec, ref, hint)
    if spec.end is not None:
        value += "/" + _single(spec.end, ref, hint)
    return value
