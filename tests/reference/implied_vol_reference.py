"""Independent reference values for the Nikkei VI against realised volatility (derivatives.vi.*), from
data/ with numpy. No project code involved.

Run: python3 tests/reference/implied_vol_reference.py [AS_OF]   (default 2026-09-24)
Realised volatility on a date: population std of the 21 simple daily index returns ending that date,
x sqrt(252) x 100 (% a year), from the VI's first date on. Premium: mean of VI - realised over dates with
both; share of those dates with VI > realised. Gap: the longest stretch between VI rows over 30 days.
"""
import csv
import sys
import numpy as np

AS_OF = sys.argv[1] if len(sys.argv) > 1 else '2026-09-24'
ART = {'1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'}
n = [r for r in csv.DictReader(open('data/n225.csv')) if r['date'] <= AS_OF and r['date'] not in ART]
nd = np.array([r['date'] for r in n]); nc = np.array([float(r['close']) for r in n])
v = [r for r in csv.DictReader(open('data/nikkei-vi.csv')) if r['date'] <= AS_OF]
vd = np.array([r['date'] for r in v]); vc = np.array([float(r['close']) for r in v])
ret = nc[1:] / nc[:-1] - 1
rv = {}
for i in range(21, len(nc)):
    if nd[i] >= vd[0]:
        rv[nd[i]] = ret[i - 21:i].std() * np.sqrt(252) * 100
diffs = np.array([vc[i] - rv[d] for i, d in enumerate(vd) if d in rv])
p = int(np.argmax(vc))
days = np.array([(np.datetime64(b) - np.datetime64(a)).astype(int) for a, b in zip(vd[:-1], vd[1:])])
g = int(np.argmax(days))
print('first', vd[0], 'last', vd[-1], 'latest', vc[-1], 'realisedAtLast', rv.get(vd[-1]))
print('days', len(diffs), 'premium', diffs.mean(), 'aboveShare', (diffs > 0).mean())
print('peak', vc[p], vd[p], 'gap', (vd[g], vd[g + 1]) if days[g] > 30 else None)
