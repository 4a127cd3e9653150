"""Independent reference values for the Macro chapter, from data/ with csv + numpy + scipy (no project code).

Run: python3 tests/reference/macro_reference.py   (numpy 2.4, scipy 1.17)
Conventions, as the chapter states them:
- BOJ total assets: monthly, dated on the first of the month, 100 million yen (/ 10,000 = trillion yen); an
  edition includes an observation once it was published: its period's end plus the publisher's lag
  (BOJ assets 7 days, CPI 25 days, GDP 50 days, JGB yield 0; src/lib/data/series-catalog.ts). The Nikkei 225 figure for a month is the last close of
  that month (artefact rows 1986-03-21, 1986-09-15, 1986-09-23, 1997-02-11 and 2018-07-16 dropped).
- Changes are simple month-on-month changes; correlations Pearson; regressions scipy.stats.linregress of the
  index's monthly return on BOJ asset growth; cross-correlation corr(x[t], y[t+k]), k > 0 = BOJ leads.
- A regime's levels run from the month before its first month to its last; its changes are those levels'.
- USD/JPY month-ends: months the series has a later observation for, or that are over with the final
  observation within 3 days of the month's end (the series stops 2026-09-18).
"""
import csv
import json
import numpy as np
from scipy import stats

ARTEFACTS = {'1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'}


def load(path, col, skip=()):
    rows = [r for r in csv.DictReader(open(path)) if r['date'] not in skip]
    return [r['date'] for r in rows], np.array([float(r[col]) for r in rows])


nd, nc = load('data/n225.csv', 'close', ARTEFACTS)
bd, bv = load('data/boj-assets.csv', 'total_assets')
ud, uv = load('data/usdjpy.csv', 'jpy_per_usd')
gd, gv = load('data/gdp-real.csv', 'real_gdp')
cd, cv = load('data/cpi.csv', 'cpi')
jd, jv = load('data/jgb10y.csv', 'yield_pct')
pd_, pv = load('data/boj-policy-rate.csv', 'rate_pct')


def month_end_day(m):  # 'YYYY-MM' -> last calendar day
    y, mo = int(m[:4]), int(m[5:7])
    nxt = np.datetime64(f'{y + (mo == 12):04d}-{mo % 12 + 1:02d}-01')
    return str(nxt - np.timedelta64(1, 'D'))


def published(period_end, lag_days, as_of):
    return str(np.datetime64(period_end) + np.timedelta64(lag_days, 'D')) <= as_of


def last_close_of_month(dates, values, upto):
    out = {}
    for d, v in zip(dates, values):
        if d <= upto:
            out[d[:7]] = (d, v)
    return out


def edition(as_of):
    print(f'===== edition {as_of}')
    me = last_close_of_month(nd, nc, as_of)
    months = [d[:7] for d in bd if published(month_end_day(d[:7]), 7, as_of) and d[:7] in me]
    b = np.array([bv[bd.index(m + '-01')] / 1e4 for m in months])
    n = np.array([me[m][1] for m in months])
    gb, gn = b[1:] / b[:-1] - 1, n[1:] / n[:-1] - 1
    lr = stats.linregress(gb, gn)
    ll = stats.linregress(np.log(b), np.log(n))
    print('boj months', len(months), months[0], months[-1], 'latest', b[-1])
    print('levels corr', np.corrcoef(b, n)[0, 1], 'log slope', ll.slope, 'r2', ll.rvalue ** 2, 't', ll.slope / ll.stderr)
    print('changes corr', np.corrcoef(gb, gn)[0, 1], 'slope', lr.slope, 'r2', lr.rvalue ** 2, 't', lr.slope / lr.stderr)
    roll = [np.corrcoef(gb[i - 11:i + 1], gn[i - 11:i + 1])[0, 1] for i in range(11, len(gb))]
    print('rolling latest', roll[-1], 'min', min(roll), 'max', max(roll), 'positive share', np.mean(np.array(roll) > 0))
    lags = {}
    for k in range(-12, 13):
        xs = gb[:len(gb) - k] if k >= 0 else gb[-k:]
        ys = gn[k:] if k >= 0 else gn[:len(gn) + k]
        lags[k] = np.corrcoef(xs, ys)[0, 1]
    best = max(lags, key=lambda k: abs(lags[k]))
    band = 1.959964 / np.sqrt(len(gb))
    print('best lag', best, lags[best], 'band', band, 'beyond', sum(abs(r) >= band for r in lags.values()))
    for name, a, z in (('preQqe', '1998-04', '2013-03'), ('qqe', '2013-04', '2024-03'), ('postExit', '2024-04', '9999-12')):
        prev = f'{int(a[:4]) - (a[5:7] == "01"):04d}-{(int(a[5:7]) - 2) % 12 + 1:02d}'
        idx = [i for i, m in enumerate(months) if prev <= m <= z]
        if len(idx) - 1 < 12:
            print(name, 'unavailable')
            continue
        bb, nn = b[idx], n[idx]
        x, y = bb[1:] / bb[:-1] - 1, nn[1:] / nn[:-1] - 1
        r = stats.linregress(x, y)
        print(name, 'months', len(x), 'boj', bb[-1] / bb[0] - 1, 'n225', nn[-1] / nn[0] - 1, 'level', np.corrcoef(bb, nn)[0, 1],
              'change', np.corrcoef(x, y)[0, 1], 't', r.slope / r.stderr)

    # USD/JPY against the index
    common = sorted(set(nd) & set(ud))
    common = [d for d in common if d <= as_of]
    nby, uby = dict(zip(nd, nc)), dict(zip(ud, uv))
    N, U = np.array([nby[d] for d in common]), np.array([uby[d] for d in common])
    rn, ru = N[1:] / N[:-1] - 1, U[1:] / U[:-1] - 1
    end = common[-1]
    start5 = f'{int(end[:4]) - 5:04d}{end[4:]}'
    rec = np.array(common[1:]) > start5
    print('fx daily full', np.corrcoef(ru, rn)[0, 1], 'recent', np.corrcoef(ru[rec], rn[rec])[0, 1])
    u_last = max(d for d in ud if d <= as_of)
    mu = last_close_of_month([d for d in ud if d <= as_of], uv[:len([d for d in ud if d <= as_of])], as_of)
    mu = {m: v for m, v in mu.items() if m < u_last[:7] or month_end_day(m) <= as_of and (np.datetime64(month_end_day(m)) - np.datetime64(v[0])) <= np.timedelta64(3, 'D')}
    mn = {m: v for m, v in me.items() if month_end_day(m) <= as_of}
    ms = sorted(set(mu) & set(mn))
    A, B = np.array([mu[m][1] for m in ms]), np.array([mn[m][1] for m in ms])
    a, bb = A[1:] / A[:-1] - 1, B[1:] / B[:-1] - 1
    recm = np.array([m + '-01' for m in ms[1:]]) > start5
    print('fx monthly', len(a), ms[-1], 'full', np.corrcoef(a, bb)[0, 1], 'recent', np.corrcoef(a[recm], bb[recm])[0, 1])

    # Real GDP, CPI, rates
    gq = [i for i, d in enumerate(gd) if published(month_end_day(f'{d[:4]}-{int(d[5:7]) + 2:02d}'), 50, as_of)]
    i = gq[-1]
    print('gdp', gd[i], 'qoq ann', (gv[i] / gv[i - 1]) ** 4 - 1, 'yoy', gv[i] / gv[i - 4] - 1)
    ci = [k for k, d in enumerate(cd) if published(month_end_day(d[:7]), 25, as_of)]
    yoy = [cv[k] / cv[k - 12] - 1 for k in ci if k >= 12]
    streak = 0
    while streak < len(yoy) and yoy[-1 - streak] >= 0.02:
        streak += 1
    print('cpi', cd[ci[-1]], 'yoy', yoy[-1], 'streak', streak)
    ji = [k for k, d in enumerate(jd) if month_end_day(d[:7]) <= as_of]
    print('jgb', jd[ji[-1]], jv[ji[-1]], 'change pp', jv[ji[-1]] - jv[ji[-13]])
    steps = [(d, v) for d, v in zip(pd_, pv) if d <= as_of]
    hikes = [(d, v) for (d0, v0), (d, v) in zip(steps, steps[1:]) if v > v0]
    print('policy', steps[-1][1] if steps else None, 'hikes', hikes)


edition('2026-09-24')
edition('2022-06-30')

print('===== seed 000 table (latest data)')

seed = json.load(open('data/curated/seed-000-boj-table.json'))
closes = dict(zip(nd, nc))
diffs = [abs(closes[r['date']] - r['n225']) for r in seed['rows']]
print('max close diff', max(diffs))
S_b = np.array([r['bojAssetsThousandYen'] / 1e9 for r in seed['rows']])
S_n = np.array([r['n225'] for r in seed['rows']])
print('table level corr', np.corrcoef(S_b, S_n)[0, 1], 'change corr', np.corrcoef(S_b[1:] / S_b[:-1] - 1, S_n[1:] / S_n[:-1] - 1)[0, 1])
y23 = [(d, v / 1e4) for d, v in zip(bd, bv) if d.startswith('2023')]
low = min(y23, key=lambda t: t[1])
dec = {d[:4]: v for d, v in zip(bd, bv) if d[5:7] == '12'}
near = min(zip(bd, bv / 1e4), key=lambda t: abs(t[1] - 717))
print('2023 low', low, 'year change', dec['2023'] / dec['2022'] - 1, 'nearest 717', near)
n23 = [(d, c) for d, c in zip(nd, nc) if d.startswith('2023')]
print('2023 high', max(n23, key=lambda t: t[1]))
after = [(d, c) for d, c in zip(nd, nc) if '2024-01-01' <= d <= '2025-04-10']
pk = max(after, key=lambda t: t[1])
post = [(d, c) for d, c in after if d >= pk[0]]
print('peak', pk, 'first below 34000', next(d for d, c in post if c < 34000), 'trough', min(post, key=lambda t: t[1]))
print('===== seed 003 section 2.5')
gi = gd.index('2021-10-01')
print('2021Q4 SAAR/4', gv[gi] / 4 / 1000, 'qoq', gv[gi] / gv[gi - 1] - 1, 'yoy', gv[gi] / gv[gi - 4] - 1)
usd = max(d for d in ud if d <= '2021-12-31')
print('usdjpy', usd, uv[ud.index(usd)], 'implied holdings', 4.5 * uv[ud.index(usd)])
print('assets 2020-12, 2021-05', bv[bd.index('2020-12-01')] / 1e4, bv[bd.index('2021-05-01')] / 1e4)
