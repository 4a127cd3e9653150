"""Independent reference values for the Macro chapter's GDP contributions, COVID-19 waves and BOJ ETF
purchases, from data/ with csv + numpy + scipy (no project code).

Run: python3 tests/reference/flows_reference.py   (numpy 2.4, scipy 1.17)
Conventions, as the chapter states them:
- GDP tables (data/gdp-contributions.csv, data/gdp-components.csv): a quarter enters an edition once its
  end plus 50 days has passed (the GDP lag of src/lib/data/series-catalog.ts). The last 12 quarters are
  shown; inventories = private + public inventories; y/y pull = (level_t - level_{t-4}) / GDP_{t-4} * 100.
- COVID-19 (data/covid-cases.csv): a day enters once the day after has passed (lag 1). 7-day trailing mean
  (fewer days at the start); a peak is the largest mean within 45 days either side (ties: the first), the
  whole window inside the data, and >= 2 x max(1, the lowest mean since the previous peak); a wave starts at
  the last day of that lowest mean and ends where the next starts (the last wave at the last day). The
  Nikkei 225's change uses the last close on or before each date.
- BOJ ETF purchases (data/boj-etf-purchases.csv, ¥100 million): sessions of the Nikkei 225 from the first
  purchase to the last one the edition has; horizon 0 = previous close to close, 1 and 5 = close to the
  close 1 or 5 sessions later (only where that close is in the edition); Welch's t via scipy.
"""
import csv
import numpy as np
from scipy import stats

ARTEFACTS = {'1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'}
nd, nc = zip(*[(r['date'], float(r['close'])) for r in csv.DictReader(open('data/n225.csv')) if r['date'] not in ARTEFACTS])
nd, nc = np.array(nd), np.array(nc)
contrib = list(csv.DictReader(open('data/gdp-contributions.csv')))
levels = list(csv.DictReader(open('data/gdp-components.csv')))
covid = list(csv.DictReader(open('data/covid-cases.csv')))
etf = list(csv.DictReader(open('data/boj-etf-purchases.csv')))
bojd, bojv = zip(*[(r['date'], float(r['total_assets'])) for r in csv.DictReader(open('data/boj-assets.csv'))])


def quarter_end(d):
    y, m = int(d[:4]), int(d[5:7]) + 2
    nxt = np.datetime64(f'{y + (m == 12):04d}-{m % 12 + 1:02d}-01')
    return nxt - np.timedelta64(1, 'D')


def close_on_or_before(d, as_of):
    i = np.searchsorted(nd, min(d, as_of), side='right') - 1
    return nc[i]


def edition(as_of):
    print(f'===== edition {as_of}')
    # The edition's last trading day.
    as_of = str(nd[np.searchsorted(nd, as_of, side='right') - 1])
    # GDP contributions.
    known = lambda r: str(quarter_end(r['date']) + np.timedelta64(50, 'D')) <= as_of
    c = [r for r in contrib if known(r)][-12:]
    last = c[-1]
    parts = {
        'consumption': float(last['private_consumption']),
        'housing': float(last['private_residential_investment']),
        'business': float(last['private_nonresidential_investment']),
        'inventories': float(last['change_in_private_inventories']) + float(last['change_in_public_inventories']),
        'government': float(last['government_consumption']),
        'publicInvestment': float(last['public_investment']),
        'netExports': float(last['net_exports']),
    }
    print('gdp parts first', c[0]['date'], 'latest', last['date'], 'total %', last['gdp_qoq_pct'], 'parts', parts, 'sum', sum(parts.values()))
    print('consumption up quarters', sum(float(r['private_consumption']) > 0 for r in c))
    lv = [r for r in levels if known(r)]
    print('consumption share latest', float(lv[-1]['private_consumption']) / float(lv[-1]['gdp']))
    # The seed's 2021 Q4 figures (editions that know the 2022 report).
    if as_of >= '2022-07-21':  # the 2022 report is known from the latest date its text gives
        li = [r['date'] for r in lv].index('2021-10-01')
        q, y = lv[li], lv[li - 4]
        ci = {r['date']: r for r in contrib}['2021-10-01']
        print('2021Q4 consumption /4 tn', float(q['private_consumption']) / 4000, 'share', float(q['private_consumption']) / float(q['gdp']))
        for k in ['private_consumption', 'net_exports', 'private_nonresidential_investment', 'public_investment', 'government_consumption']:
            print('  pull', k, 'qoq', ci[k], 'yoy', (float(q[k]) - float(y[k])) / float(y['gdp']) * 100)
    # COVID-19.
    cv = [r for r in covid if str(np.datetime64(r['date']) + np.timedelta64(1, 'D')) <= as_of]
    cd = [r['date'] for r in cv]
    x = np.array([float(r['new_cases']) for r in cv])
    m = np.array([x[max(0, i - 6):i + 1].mean() for i in range(len(x))])
    peaks, starts, prev = [], [], 0
    for i in range(45, len(m) - 45):
        w = m[i - 45:i + 46]
        if m[i] > 0 and m[i] == w.max() and np.argmax(w) == 45:
            seg = m[prev:i + 1]
            lo = prev + len(seg) - 1 - np.argmin(seg[::-1])
            if m[i] >= 2 * max(m[lo], 1):
                peaks.append(i)
                starts.append(lo)
                prev = i
    ends = starts[1:] + [len(m) - 1]
    chg = lambda a, b: close_on_or_before(cd[b], as_of) / close_on_or_before(cd[a], as_of) - 1
    print('covid last', cd[-1], 'max', x.max(), cd[int(np.argmax(x))], 'waves', len(peaks))
    for s, p, e in zip(starts, peaks, ends):
        print('  wave', cd[s], cd[p], cd[e], round(m[p], 4), 'to peak', chg(s, p), 'whole', chg(s, e))
    # BOJ ETF purchases.
    ev = [r for r in etf if r['date'] <= as_of]
    ed = [r['date'] for r in ev]
    amt = np.array([float(r['index_etf']) for r in ev])
    years = sorted({d[:4] for d in ed})
    cum = 0.0
    for yr in years:
        a = sum(v for d, v in zip(ed, amt) if d[:4] == yr) / 1e4
        cum += a
        months = [d for d in bojd if d <= f'{yr}-12-01']  # the last month-end on or before the year's end
        known_months = [d for d in months if str(np.datetime64(quarter_end_month(d)) + np.timedelta64(7, 'D')) <= as_of]
        share = cum / (bojv[bojd.index(known_months[-1])] / 1e4) if known_months else None
        print('  etf year', yr, sum(d[:4] == yr for d in ed), round(a, 6), 'cum', round(cum, 6), 'share', share)
    print('etf days', len(ed), 'total tn', amt.sum() / 1e4, 'first', ed[0], 'last', ed[-1], 'max', amt.max())
    i0, i1 = list(nd).index(ed[0]), list(nd).index(ed[-1])
    buy = set(ed)
    for h in (0, 1, 5):
        a, b = [], []
        for i in range(i0, i1 + 1):
            fr, to = (i - 1, i) if h == 0 else (i, i + h)
            if to >= len(nd) or nd[to] > as_of:
                continue
            r = nc[to] / nc[fr] - 1
            (a if nd[i] in buy else b).append(r)
        t = stats.ttest_ind(a, b, equal_var=False).statistic
        print('  horizon', h, len(a), len(b), np.mean(a), np.mean(b), np.mean(np.array(a) > 0), np.mean(np.array(b) > 0), 't', t)


def quarter_end_month(d):  # last day of a monthly observation's month
    y, mo = int(d[:4]), int(d[5:7])
    return str(np.datetime64(f'{y + (mo == 12):04d}-{mo % 12 + 1:02d}-01') - np.timedelta64(1, 'D'))


edition('2026-09-24')
edition('2022-06-30')
