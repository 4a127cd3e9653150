"""Reference values for tests/unit/report/risk-free.test.ts and the window annualisation, from data/ with
csv only (no project code). Run: python3 tests/reference/risk_free_reference.py

Conventions, as Methodology states them: the risk-free rate of a window is the mean over its calendar
months of the uncollateralised overnight call rate (monthly average, data/call-rate.csv), or, for months
the call rate lacks, the BOJ policy-rate target in force on the month's last day (or on the as-of date
for its own month; data/boj-policy-rate.csv). An edition knows a month's call rate once the month is
over. Annualised window return: (1 + R)^(365.25 / calendar days) - 1 from the base close (the last close
before the window) to the as-of close.
"""
import calendar
import csv
import datetime as dt

calls = {r['date'][:7]: float(r['rate_pct']) for r in csv.DictReader(open('data/call-rate.csv'))}
steps = [(r['date'], float(r['rate_pct'])) for r in csv.DictReader(open('data/boj-policy-rate.csv'))]
n225 = {r['date']: float(r['close']) for r in csv.DictReader(open('data/n225.csv')) if r['date'] not in ('1997-02-11', '2018-07-16')}


def months(a, b):
    y, m = int(a[:4]), int(a[5:7])
    out = []
    while f'{y:04d}-{m:02d}' <= b[:7]:
        out.append(f'{y:04d}-{m:02d}')
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def risk_free(start, as_of):
    vals, kinds = [], []
    for m in months(start, as_of):
        y, mo = int(m[:4]), int(m[5:])
        last = f'{m}-{calendar.monthrange(y, mo)[1]:02d}'
        if m in calls and last <= as_of:
            vals.append(calls[m]); kinds.append('call')
            continue
        day = min(last, as_of)
        known = [v for s, v in steps if s <= day]
        if steps and day >= steps[0][0] and known:
            vals.append(known[-1]); kinds.append('policy')
    return sum(vals) / len(vals) / 100, sorted(set(kinds)), len(vals)


def annualised_window(start, as_of):
    base = max(d for d in n225 if d < start)
    end = max(d for d in n225 if d <= as_of)
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(base)).days
    return (n225[end] / n225[base]) ** (365.25 / days) - 1


for start, as_of in (('2021-01-01', '2022-06-30'), ('2007-01-01', '2008-12-30'), ('2025-01-01', '2026-09-24'), ('2023-01-01', '2024-06-28')):
    print(as_of, 'risk-free', risk_free(start, as_of), 'annualised window return', annualised_window(start, as_of))
