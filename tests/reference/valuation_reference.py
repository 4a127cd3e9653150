"""Independent reference values for the Statistics chapter's valuation, NT ratio and TOPIX comparison figures.

Run: python3 tests/reference/valuation_reference.py   (numpy; reads data/ only, no project code)
Editions: 2026-09-24 (the pinned latest) and 2022-06-30 (the seed's).
Conventions as the chapter states them:
- monthly history = the monthly means of data/n225-{per,pbr,dividend-yield}-monthly.csv, continued by the mean of
  the daily file's values for every later calendar month that ended on or before the edition;
- latest value = the daily figure on the last date on or before the edition, else the last monthly mean;
- percentile = share of monthly means in the window strictly below the latest value; ten years = the last
  120 monthly means; since first month = all of them;
- earnings yield = 1 / monthly mean PER; JGB = mean of the MoF daily 10-year yields of each month whose
  data reach its last three days (or continue after it); spread = earnings yield - JGB (fractions);
- NT ratio = n225 close / TOPIX close on common dates; percentile over the days after the date ten years
  before the last common date, and over all common days;
- TOPIX over the five-year comparison window: last close on or before the window's start to its end.
"""
import csv
import datetime as dt
import numpy as np


def load(path, col):
    rows = list(csv.DictReader(open(path)))
    return np.array([r['date'] for r in rows]), np.array([float(r[col]) for r in rows])


def month_end(iso):
    y, m = int(iso[:4]), int(iso[5:7])
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def history(monthly, daily, col, as_of):
    md, mv = load(f'data/{monthly}', col)
    keep = np.array([month_end(d) <= as_of for d in md])
    md, mv = list(md[keep]), list(mv[keep])
    dd, dv = load(f'data/{daily}', col)
    sel = dd <= as_of
    dd, dv = dd[sel], dv[sel]
    for m in sorted({d[:7] for d in dd}):
        key = m + '-01'
        if md and key <= md[-1]:
            continue
        if month_end(key) > as_of:
            continue
        md.append(key)
        mv.append(dv[np.char.startswith(dd.astype(str), m)].mean())
    latest = (dd[-1], dv[-1]) if len(dd) else (md[-1], mv[-1])
    return np.array(md), np.array(mv), latest


def share_below(values, x):
    return float((values < x).mean())


def valuation(as_of):
    print(f'== valuation as of {as_of}')
    out = {}
    for name, monthly, daily, col in (
        ('per', 'n225-per-monthly.csv', 'n225-per.csv', 'per'),
        ('pbr', 'n225-pbr-monthly.csv', 'n225-pbr.csv', 'pbr'),
        ('dy', 'n225-dividend-yield-monthly.csv', 'n225-dividend-yield.csv', 'dividend_yield_pct'),
    ):
        md, mv, (ld, lv) = history(monthly, daily, col, as_of)
        ten = mv[-120:] if len(mv) >= 120 else None
        out[name] = (md, mv)
        print(name, 'latest', ld, lv, 'p10y', share_below(ten, lv) if ten is not None else None, 'pAll', share_below(mv, lv),
              'max', mv.max(), md[mv.argmax()], 'min', mv.min(), md[mv.argmin()], 'months', len(mv), 'first', md[0], 'last', md[-1])
    md, mv = out['per']
    print('perAboveClip(40)', int((mv > 40).sum()), md[mv > 40][0], md[mv > 40][-1])
    # JGB monthly means of the MoF daily file
    jd, jv = load('data/jgb10y-daily.csv', 'yield_pct')
    sel = jd <= as_of
    jd, jv = jd[sel], jv[sel]
    months = sorted({d[:7] for d in jd})
    jgb = {}
    for m in months:
        key = m + '-01'
        end = month_end(key)
        if end > as_of:
            continue
        mask = np.char.startswith(jd.astype(str), m)
        if m == months[-1] and jd[mask][-1] < (dt.date.fromisoformat(end) - dt.timedelta(days=3)).isoformat():
            continue
        jgb[key] = jv[mask].mean() / 100
    ey = {d: 1 / v for d, v in zip(md, mv)}
    spread = [(d, ey[d] - jgb[d]) for d in md if d in jgb]
    sd = np.array([s[0] for s in spread]); sv = np.array([s[1] for s in spread])
    print('erp month', sd[-1], 'earningsYield', ey[sd[-1]], 'jgb', jgb[sd[-1]], 'spread', sv[-1],
          'max', sv.max(), sd[sv.argmax()], 'min', sv.min(), sd[sv.argmin()], 'negativeMonths', int((sv < 0).sum()), 'months', len(sv), 'jgbLast', jd[-1])
    if as_of >= '2022-07-20':
        i = list(md).index('2022-06-01')
        print('seed June 2022 PER', mv[i], 'p10y', share_below(mv[i - 119:i + 1], mv[i]))


def nt(as_of):
    nd, nv = load('data/n225.csv', 'close')
    td, tv = load('data/topix.csv', 'close')
    nd, nv = nd[nd <= as_of], nv[nd <= as_of]
    td, tv = td[td <= as_of], tv[td <= as_of]
    common, ia, ib = np.intersect1d(nd, td, return_indices=True)
    r = nv[ia] / tv[ib]
    last = common[-1]
    y = int(last[:4]) - 10
    try:
        start10 = dt.date(y, int(last[5:7]), int(last[8:])).isoformat()
    except ValueError:  # 29 February
        start10 = dt.date(y, 2, 28).isoformat()
    ten = r[common > start10]
    print(f'== NT ratio as of {as_of}: latest', last, r[-1], 'p10y', share_below(ten, r[-1]), 'pAll', share_below(r, r[-1]),
          'max', r.max(), common[r.argmax()], 'min', r.min(), common[r.argmin()], 'days', len(r), 'start', common[0])


def topix_window(start, end):
    td, tv = load('data/topix.csv', 'close')
    b = np.where(td <= start)[0][-1]
    e = np.where(td <= end)[0][-1]
    c = tv[b:e + 1]
    cum = c[-1] / c[0] - 1
    rets = c[1:] / c[:-1] - 1
    dd = (c / np.maximum.accumulate(c) - 1).min()
    print(f'== TOPIX {td[b]} -> {td[e]}: cumulative', cum, 'annualised', (1 + cum) ** (1 / 5) - 1, 'volatility', rets.std() * np.sqrt(252),
          'sharpe', rets.mean() / rets.std() * np.sqrt(252), 'maxDrawdown', dd)


for as_of in ('2026-09-24', '2022-06-30'):
    valuation(as_of)
    nt(as_of)
# The five-year windows: to the CSI 300's last date (2026-06-09) in the latest edition, to 2022-06-30 in the seed's.
topix_window('2021-06-09', '2026-06-09')
topix_window('2017-06-30', '2022-06-30')
