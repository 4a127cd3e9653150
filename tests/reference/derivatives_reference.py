#!/usr/bin/env python3
"""Independent reference values for the Derivatives chapter, from data/ CSVs with csv + numpy only.

Run: python3 tests/reference/derivatives_reference.py   (numpy 2.4; no project code involved)
Conventions as the chapter states them: simple returns; a fund and the index are compared on the dates
both have (a return spans one common date to the next); tracking error = population std (ddof=0) of the
daily return differences x sqrt(252); risk of one series on its own trading days from the last close on
or before the window start; downside deviation = sqrt(mean(min(r, 0)^2)) x sqrt(252); a fund's calendar
year on its own closes (base = its previous year's last close, or its first close), the benchmark between
its last closes on or before the same two dates, so a fund's year is one value whatever the benchmark.
"""
import csv
import numpy as np

P = 252


def load(path, col, skip=()):
    rows = [r for r in csv.DictReader(open(path)) if r['date'] not in skip and r[col] not in ('#VALUE!', '.')]
    return {r['date']: float(r[col]) for r in rows}


n225 = load('data/n225.csv', 'close', ('1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'))
e1321 = load('data/etf-1321.csv', 'close')
q = load('data/etf-513520.csv', 'close')
csi = load('data/csi300.csv', 'close')
usd = load('data/usdjpy.csv', 'jpy_per_usd')


def common(a, b, end):
    ds = sorted(d for d in a if d in b and d <= end)
    return ds, np.array([a[d] for d in ds]), np.array([b[d] for d in ds])


def tracking(fund, end, start='0000'):
    ds, f, i = common(fund, n225, end)
    b = max(k for k, d in enumerate(ds) if d <= start) if start > ds[0] else 0
    f, i = f[b:], i[b:]
    rf, ri = f[1:] / f[:-1] - 1, i[1:] / i[:-1] - 1
    return {
        'te': np.std(rf - ri) * np.sqrt(P),
        'corrSame': np.corrcoef(rf, ri)[0, 1],
        'corrLagged': np.corrcoef(rf[1:], ri[:-1])[0, 1],
        'beta': np.cov(rf, ri, ddof=0)[0, 1] / np.var(ri),
    }


def risk(s, start, end):
    ds = sorted(s)
    b = max([k for k, d in enumerate(ds) if d <= start] or [0])
    e = max(k for k, d in enumerate(ds) if d <= end)
    c = np.array([s[d] for d in ds[b:e + 1]])
    r = c[1:] / c[:-1] - 1
    dd = np.sqrt(np.mean(np.minimum(r, 0) ** 2)) * np.sqrt(P)
    return {'downside': dd, 'maxDrawdown': (c / np.maximum.accumulate(c) - 1).min(), 'sortino': r.mean() * P / dd, 'last': c[-1]}


def years(fund, bench, end):
    ds = sorted(d for d in fund if d <= end)
    bd = sorted(bench)
    on_or_before = lambda d: bench[max(x for x in bd if x <= d)]
    out, prev = {}, 0
    for k, d in enumerate(ds):
        if k + 1 < len(ds) and ds[k + 1][:4] == d[:4]:
            continue
        base = ds[prev]
        out[int(d[:4])] = (fund[d] / fund[base] - 1, on_or_before(d) / on_or_before(base) - 1, base, d)
        prev = k
    return out


for edition, end in (('2022-06-30', '2022-06-30'), ('latest (both funds to 2026-01-21)', '2026-01-21')):
    print('==', edition)
    for name, fund in (('etf1321', e1321), ('etf513520', q)):
        t = tracking(fund, end, '2019-06-25')
        print(name, 'full span from 2019-06-25:', {k: float(v) for k, v in t.items()})

print('== 1321 price / index on common dates (all data)')
ds, f, i = common(e1321, n225, '9999')
ratio = f / i
ch = ratio[1:] / ratio[:-1] - 1
print('ratio min', ratio.min(), 'max', ratio.max(), 'largest one-day change', ch[np.abs(ch).argmax()], ds[1:][np.abs(ch).argmax()])
drops = {}
for d, c in zip(ds[1:], ch):
    if d[5:7] == '07' and c < -0.01:
        drops[d[:4]] = min(drops.get(d[:4], 0), c)
print('July drops > 1 %:', len(drops), 'mean', -np.mean(list(drops.values())), sorted(drops))

print('== 513520 vs CSI 300 by calendar year (latest)')
for y, (a, b, _, _) in years(q, csi, '9999').items():
    print(y, a, b, a - b)
print('== 513520 vs Nikkei 225 by calendar year, 2021 and 2022, with USD/JPY split')
yy = years(q, n225, '9999')
for y in (2021, 2022, 2025):
    fr, ir, base, last = yy[y]
    u0 = usd[max(d for d in usd if d <= base)]; u1 = usd[max(d for d in usd if d <= last)]
    iu = (1 + ir) * u0 / u1 - 1
    print(y, 'fund', fr, 'index', ir, 'indexUsd', iu, 'yen', iu - ir, 'rest', fr - iu)

print('== seed window: 513520, the year to 2022-07-21 (base = last close on or before 2021-07-21)')
print(risk(q, '2021-07-21', '2022-07-21'))
print('== futures notional at the 2022-06-30 close:', n225['2022-06-30'], 'large', 1000 * n225['2022-06-30'], 'CME USD', 5 * n225['2022-06-30'])
