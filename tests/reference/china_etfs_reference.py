"""Independent reference values for the side-by-side comparison of the four mainland-China Nikkei 225 ETFs
(funds.china.*), from data/ with numpy. No project code involved.

Run: python3 tests/reference/china_etfs_reference.py [AS_OF]   (default 2026-09-24)
Conventions as the chapter states them: a fund counts when it shares at least 20 dates with the index up
to AS_OF; the common span runs from the latest first date to the earliest last date of those funds.
Return: last close on or before the span's end over the last close on or before its start. Volatility:
population std of daily returns on the fund's own days x sqrt(252). Tracking: on dates fund and index
share, from the last common date on or before the start; error = population std of (fund - index)
returns x sqrt(252); correlation of same-day returns. Largest move: max |daily return| over the fund's
whole history to AS_OF, the index's return for the same date (None when Tokyo was closed), and the
fund's next-day return.
"""
import csv
import sys
import numpy as np

AS_OF = sys.argv[1] if len(sys.argv) > 1 else '2026-09-24'
ARTEFACTS = {'1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'}

def load(path):
    rows = [r for r in csv.DictReader(open(path)) if r['date'] <= AS_OF and r['date'] not in ARTEFACTS]
    return np.array([r['date'] for r in rows]), np.array([float(r['close']) for r in rows])

nd, nc = load('data/n225.csv')
funds = {}
for f in ['513520', '513000', '513880', '159866']:
    d, c = load(f'data/etf-{f}.csv')
    if len(np.intersect1d(d, nd)) >= 20:
        funds[f] = (d, c)
if len(funds) < 2:
    print('available False')
    sys.exit()
start = max(d[0] for d, _ in funds.values())
end = min(d[-1] for d, _ in funds.values())
print('start', start, 'end', end, 'funds', len(funds))

def on(d, c, x):
    return np.where(d <= x)[0][-1]

i0, i1 = max(0, on(nd, nc, start)), on(nd, nc, end)
print('index cumulative', nc[i1] / nc[i0] - 1)
cums = {}
for f, (d, c) in funds.items():
    b, e = max(0, on(d, c, start)), on(d, c, end)
    r = c[b + 1:e + 1] / c[b:e] - 1
    cums[f] = c[e] / c[b] - 1
    common, fi, ii = np.intersect1d(d[d <= end], nd[nd <= end], return_indices=True)
    k = max(0, np.where(common <= start)[0][-1])
    fv, iv = c[fi][k:], nc[ii][k:]
    rf, ri = fv[1:] / fv[:-1] - 1, iv[1:] / iv[:-1] - 1
    allr = c[1:] / c[:-1] - 1
    j = int(np.argmax(np.abs(allr))) + 1
    sd = d[j]
    ix = np.where(nd == sd)[0]
    idx = float(nc[ix[0]] / nc[ix[0] - 1] - 1) if len(ix) else None
    nxt = float(c[j + 1] / c[j] - 1) if j + 1 < len(c) else None
    print(f, 'first', d[0], 'last', d[-1], 'cumulative', cums[f], 'volatility', r.std() * np.sqrt(252),
          'trackingError', (rf - ri).std() * np.sqrt(252), 'corrSame', np.corrcoef(rf, ri)[0, 1],
          'swing', allr[j - 1], sd, 'index', idx, 'next', nxt)
print('spread', max(cums.values()) - min(cums.values()), 'best', max(cums, key=cums.get), 'worst', min(cums, key=cums.get))
