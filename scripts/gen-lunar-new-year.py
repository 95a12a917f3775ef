#!/usr/bin/env python3
"""Writes Sources/PubstatExtraction/Catalogue/lunar-new-year.json: the solar date of Tết Nguyên đán
(the first day of the first lunar month) for every year from 1990 to 2060, in Vietnam's time zone
(UTC+7), then runs scripts/gen-catalogue.sh to embed it.

The Vietnamese lunisolar calendar: a lunar month starts on the day (in UTC+7) of a new moon; the
eleventh month is the one holding the winter solstice; in a year of 13 months between two eleventh
months, the first month that holds no major solar term (a multiple of 30° of the sun's longitude) is
the leap month. Tết is the start of the month after the twelfth. New moons and the sun's longitude
follow the series in Jean Meeus, Astronomical Algorithms (ch. 25 and 49), accurate to minutes, which
is what the day boundary needs. (The calendar differs from the Chinese one, computed in UTC+8, in
a few years, e.g. 1985 and 2007.)

    scripts/gen-lunar-new-year.py            # regenerate
    scripts/gen-lunar-new-year.py --check    # exit 1 when the committed file differs
"""
import datetime, json, math, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "PubstatExtraction", "Catalogue", "lunar-new-year.json")
ZONE = 7.0
FIRST, LAST = 1990, 2060
SYNODIC = 29.530588853
DR = math.pi / 180


def julian_day(date):
    return date.toordinal() + 1721425  # proleptic Gregorian ordinal → Julian day number


def from_julian_day(jd):
    return datetime.date.fromordinal(jd - 1721425)


def new_moon(k):
    """Julian day (UT) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c = ((0.1734 - 0.000393 * t) * math.sin(m * DR) + 0.0021 * math.sin(2 * m * DR)
         - 0.4068 * math.sin(mp * DR) + 0.0161 * math.sin(2 * mp * DR) - 0.0004 * math.sin(3 * mp * DR)
         + 0.0104 * math.sin(2 * f * DR) - 0.0051 * math.sin((m + mp) * DR) - 0.0074 * math.sin((m - mp) * DR)
         + 0.0004 * math.sin((2 * f + m) * DR) - 0.0004 * math.sin((2 * f - m) * DR)
         - 0.0006 * math.sin((2 * f + mp) * DR) + 0.0010 * math.sin((2 * f - mp) * DR)
         + 0.0005 * math.sin((2 * mp + m) * DR))
    delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2  # ΔT in days, for years after 1900
    return jd + c - delta_t


def new_moon_day(k):
    """The local (UTC+7) day number of the k-th new moon."""
    return math.floor(new_moon(k) + 0.5 + ZONE / 24)


def solar_term(day):
    """Which 30° sector (0–11) the sun's longitude is in at the start of local day `day`."""
    t = (day - 0.5 - ZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = ((1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(m * DR)
          + (0.019993 - 0.000101 * t) * math.sin(2 * m * DR) + 0.000290 * math.sin(3 * m * DR))
    longitude = ((l0 + dl) * DR) % (2 * math.pi)
    return math.floor(longitude / math.pi * 6)


def index_of(day):
    """The new-moon index k of the month starting on local day `day`."""
    return round((day - 2415021.076998695) / SYNODIC)


def month_eleven(year):
    """The local day the eleventh lunar month of `year` starts (the month holding the winter solstice)."""
    off = julian_day(datetime.date(year, 12, 31)) - 2415021
    k = math.floor(off / SYNODIC)
    start = new_moon_day(k)
    if solar_term(start) >= 9:  # the sun is already past 270°: the solstice month started a moon earlier
        start = new_moon_day(k - 1)
    return start


def leap_offset(start_of_eleven):
    """Months after the eleventh month of a 13-month year to its leap month (the first with no major term)."""
    k = index_of(start_of_eleven)
    i, arc = 1, solar_term(new_moon_day(k + 1))
    while True:
        last = arc
        i += 1
        arc = solar_term(new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def lunar_new_year(year):
    a11, b11 = month_eleven(year - 1), month_eleven(year)
    k = index_of(a11)
    months = 2  # the eleventh and twelfth months come before Tết
    if b11 - a11 > 365 and leap_offset(a11) <= 2:  # a leap eleventh or twelfth month
        months = 3
    return from_julian_day(new_moon_day(k + months))


def last_month(year):
    """The first day of the last lunar month before Tết of `year` (tháng Chạp, the twelfth or its leap month)."""
    tet = julian_day(lunar_new_year(year))
    return from_julian_day(new_moon_day(index_of(tet) - 1))


def main():
    table = {str(y): lunar_new_year(y).isoformat() for y in range(FIRST, LAST + 1)}
    chap = {str(y): last_month(y).isoformat() for y in range(FIRST, LAST + 1)}
    data = {"generator": "scripts/gen-lunar-new-year.py", "time_zone": "UTC+07:00",
            "note": "Tết Nguyên đán: the solar date of the first day of the first lunar month; "
                    "last_month: the first day of the lunar month before it (tháng Chạp), keyed by Tết's year",
            "lunar_new_year": table, "last_month": chap}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            sys.exit(0 if f.read() == text else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    subprocess.run([os.path.join(ROOT, "scripts", "gen-catalogue.sh")], check=True)


if __name__ == "__main__":
    main()
