#!/usr/bin/env python3
"""Writes docs/examples/nel-2016-activity.csv: a synthetic activity file in the NDTMS core-dataset layout for the
North East Lincolnshire payment example (domain reference 11.4, Example 4): primary-care clients whose client-months
for April 2016 - March 2017 add up to 3,144 (an average of 262 a month), with qualifying completions, some of them
re-presenting within six months. Deterministic (fixed seed); nobody in it is real. Prints the figures the file
should give, which ShippedActivityFileIntegrationTest checks against the evidence SQL.

Usage: python3 scripts/generate-nel-activity.py
"""
import calendar
import datetime as dt
import random

TARGET = 3144
FY_START, AS_OF = dt.date(2016, 4, 1), dt.date(2017, 3, 31)
MONTHS = [(2016 + (3 + m) // 12, (3 + m) % 12 + 1) for m in range(12)]
PRACTICES = ["B81%03d" % n for n in (2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35)]
AGENCY = "N0852"
HEADER = ["CLIENTID", "EPISODID", "AGNCY", "OPRAGNCY", "GPPTCE", "MODID", "MODAL", "MODSET", "REFMODDT",
          "TRIAGED", "MODST", "MODEND", "DISD", "DISRSN"]


def month_end(year, month):
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def plus_months(day, months):
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def client_months(start, end):
    return sum(1 for y, m in MONTHS if start <= month_end(y, m) and (end is None or end >= dt.date(y, m, 1)))


def fmt(day):
    return "" if day is None else day.strftime("%d/%m/%Y")


def main():
    rnd = random.Random(2016)
    episodes, total, n = [], 0, 0
    while total < TARGET:
        n += 1
        start = dt.date(2014, 10, 1) + dt.timedelta(days=rnd.randrange(0, 880))
        end = start + dt.timedelta(days=rnd.randrange(90, 1000))
        end = None if end > AS_OF else end
        months = client_months(start, end)
        if months == 0:
            continue
        if total + months > TARGET:
            # the last client fills the gap exactly: starts in April 2016 and stays the months that are left
            months = TARGET - total
            start = dt.date(2016, 4, 12)
            y, m = MONTHS[months - 1]
            end = month_end(y, m) if months < 12 else None
        total += months
        episodes.append((n, start, end))

    rows, completions, sustained, returned = [], 0, 0, 0
    for n, start, end in episodes:
        client, practice = "NEL%04d" % n, PRACTICES[n % len(PRACTICES)]
        triaged = start - dt.timedelta(days=rnd.randrange(0, 15))
        referred = triaged - dt.timedelta(days=rnd.randrange(0, 10))
        reason = None
        if end is not None:
            reason = rnd.choice(["80", "81", "81", "82", "83", "85", "85", "85", "86", "87"])
        rows.append([client, "E%04d-1" % n, AGENCY, practice, practice, "M%04d-1" % n, "95", "PRIMARY_CARE",
                     fmt(referred), fmt(triaged), fmt(start), fmt(end), fmt(end), reason or ""])
        if reason in ("80", "81"):
            window_end = plus_months(end, 6)
            comes_back = rnd.random() < 0.2 and end + dt.timedelta(days=20) <= AS_OF
            if comes_back:
                back = min(end + dt.timedelta(days=rnd.randrange(20, 170)), window_end, AS_OF)
                # a new presentation: triaged, not started (so it adds no client-months)
                rows.append([client, "E%04d-2" % n, AGENCY, practice, practice, "M%04d-2" % n, "95",
                             "PRIMARY_CARE", fmt(back), fmt(back), "", "", "", ""])
            if FY_START <= end <= AS_OF:
                completions += 1
                if not comes_back and FY_START <= window_end + dt.timedelta(days=1) <= AS_OF \
                        and window_end <= AS_OF:
                    sustained += 1
                returned += comes_back
            elif not comes_back and FY_START <= window_end + dt.timedelta(days=1) <= AS_OF:
                sustained += 1

    with open("docs/examples/nel-2016-activity.csv", "w", newline="") as out:
        out.write(",".join(HEADER) + "\r\n")
        for row in rows:
            out.write(",".join(row) + "\r\n")
    print("rows %d, clients %d, client-months %d (average %.2f), qualifying completions in 2016/17 %d "
          "(%d re-presented), sustained exits confirmed in 2016/17 %d"
          % (len(rows), len(episodes), total, total / 12, completions, returned, sustained))


if __name__ == "__main__":
    main()
