"""Reference values for tests/unit/report/overview.test.ts, computed independently of the TypeScript code.

Reads data/ directly with the csv module and numpy. Run: python3 tests/reference/overview_reference.py
Conventions (as the Overview chapter states them): closes as published; the two documented holiday
artefact rows of n225.csv are dropped; YTD base = last close of the previous year; one-year base = last
close on or before the same calendar date a year earlier; the 52-week range = closes after that base;
monthly returns = last observation of each month that is over to the next, over months both series
cover (the Macro chapter's month-end rule).
"""
import csv
import datetime as dt
import json
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "data"
ARTEFACTS = {"1986-03-21", "1986-09-15", "1986-09-23", "1997-02-11", "2018-07-16"}


def series(name, col):
    with open(DATA / name, newline="") as f:
        return [(r["date"], float(r[col])) for r in csv.DictReader(f) if r["date"] not in ARTEFACTS and r[col] != "."]


N225 = series("n225.csv", "close")
USDJPY = series("usdjpy.csv", "jpy_per_usd")


def upto(s, as_of):
    return [p for p in s if p[0] <= as_of]


def year_back(d):
    y, m, day = map(int, d.split("-"))
    y -= 1
    if m == 2 and day == 29:
        day = 28
    return f"{y:04d}-{m:02d}-{day:02d}"


def key_figures(as_of):
    s = upto(N225, as_of)
    last_d, last = s[-1]
    prev_year_end = [p for p in s if p[0] < f"{last_d[:4]}-01-01"][-1]
    base_1y = [p for p in s if p[0] <= year_back(last_d)][-1]
    w52 = [p for p in s if p[0] > base_1y[0]]
    hi = max(w52, key=lambda p: p[1])
    lo = min(w52, key=lambda p: p[1])
    ath = max(s, key=lambda p: p[1])
    return {
        "lastClose": (last_d, last),
        "ytd": last / prev_year_end[1] - 1,
        "y1": last / base_1y[1] - 1,
        "high52": hi,
        "low52": lo,
        "ath": ath,
        "fromAth": last / ath[1] - 1,
    }


def month_ends(s, end, as_of):
    """Last observation of each month that is over by as_of (a later observation exists, or as_of is
    past the month's last day and the final observation lies within 3 days of it), dated <= end: the
    Macro chapter's rule, so both chapters correlate the same months."""
    out = {}
    for i, (d, v) in enumerate(s):
        nxt = s[i + 1][0] if i + 1 < len(s) else None
        if nxt is not None and nxt[:7] == d[:7]:
            continue
        y, m = int(d[:4]), int(d[5:7])
        last_day = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        over = nxt is not None or (as_of >= last_day.isoformat() and (last_day - dt.date.fromisoformat(d)).days <= 3)
        if over and d <= end:
            out[d[:7]] = v
    return out


def months_between(a, b):
    y, m = int(a[:4]), int(a[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= b:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def yen(as_of):
    n = upto(N225, as_of)
    u = upto(USDJPY, as_of)
    end = min(n[-1][0], u[-1][0])
    start = dt.date.fromisoformat(end)
    start = start.replace(year=start.year - 10)
    mn, mu = month_ends(n, end, as_of), month_ends(u, end, as_of)
    months = [m for m in months_between(start.isoformat()[:7], end[:7]) if m in mn and m in mu]
    rn = np.array([mn[b] / mn[a] - 1 for a, b in zip(months, months[1:])])
    ru = np.array([mu[b] / mu[a] - 1 for a, b in zip(months, months[1:])])
    wn = [p for p in n if start.isoformat() < p[0] <= end]
    wu = [p for p in u if start.isoformat() < p[0] <= end]
    first = max(n[0][0], u[0][0])
    months_all = [m for m in months_between(first[:7], end[:7]) if m in mn and m in mu]
    an = np.array([mn[b] / mn[a] - 1 for a, b in zip(months_all, months_all[1:])])
    au = np.array([mu[b] / mu[a] - 1 for a, b in zip(months_all, months_all[1:])])
    return {
        "end": end,
        "months": len(rn),
        "allMonths": len(an),
        "allCorrelation": float(np.corrcoef(an, au)[0, 1]),
        "correlation": float(np.corrcoef(rn, ru)[0, 1]),
        "n225Change": wn[-1][1] / wn[0][1] - 1,
        "usdjpyChange": wu[-1][1] / wu[0][1] - 1,
    }


def covid():
    feb = [p for p in N225 if p[0].startswith("2020-02")]
    mar = [p for p in N225 if p[0].startswith("2020-03")]
    hi, lo = max(feb, key=lambda p: p[1]), min(mar, key=lambda p: p[1])
    return hi, lo, lo[1] / hi[1] - 1


def day_move(d):
    i = [p[0] for p in N225].index(d)
    return N225[i][1], N225[i][1] / N225[i - 1][1] - 1


def constituents():
    with open(DATA / "constituents.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    m = json.load(open(DATA / "curated" / "sector-map.json"))
    sector_of = {i["ja"]: i["sector"] for i in m["industries"]}
    counts = {}
    for r in rows:
        counts[sector_of[r["sector"]]] = counts.get(sector_of[r["sector"]], 0) + 1
    return len(rows), len({r["sector"] for r in rows}), counts


def top_ten_sum():
    t = json.load(open(DATA / "curated" / "seed-003-top10-weights.json"))
    return sum(e["weight"] for e in t["entries"])


if __name__ == "__main__":
    for as_of in ("2026-09-24", "2022-06-30"):
        print(as_of, "key figures", key_figures(as_of))
        print(as_of, "yen", yen(as_of))
    print("covid", covid())
    for d in ("1987-10-20", "2020-07-01", "2024-08-05"):
        print("move", d, day_move(d))
    peak = max([p for p in N225 if p[0] <= "1989-12-31"], key=lambda p: p[1])
    low = min([p for p in N225 if p[0] > "1989-12-31"], key=lambda p: p[1])
    print("bubble peak", peak, "post-bubble low", low, low[1] / peak[1] - 1)
    print("first close above the peak", next(p for p in N225 if p[0] > peak[0] and p[1] > peak[1]))
    print("1990 low", min([p for p in N225 if p[0].startswith("1990")], key=lambda p: p[1]))
    print("constituents", constituents())
    print("top-ten sum", repr(top_ten_sum()))
