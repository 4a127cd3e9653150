"""Independent reference values for the futures basis (derivatives.basis.*), from data/ with numpy.
No project code involved.

Run: python3 tests/reference/futures_basis_reference.py [AS_OF]   (default 2026-09-24)
Basis: futures close / index close - 1 on common dates; median and 1st/99th percentiles (numpy's linear
interpolation). Closed days: futures rows on dates without an index row (on or after the index's first
date); futures move from the last index date before it; index move from that date to the next index date.
"""
import csv
import sys
import numpy as np

AS_OF = sys.argv[1] if len(sys.argv) > 1 else '2026-09-24'
ART = {'1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'}
n = [r for r in csv.DictReader(open('data/n225.csv')) if r['date'] <= AS_OF and r['date'] not in ART]
nd = np.array([r['date'] for r in n]); nc = np.array([float(r['close']) for r in n])
f = [r for r in csv.DictReader(open('data/n225-futures.csv')) if r['date'] <= AS_OF]
fd = np.array([r['date'] for r in f]); fc = np.array([float(r['close']) for r in f])
I = dict(zip(nd, nc)); F = dict(zip(fd, fc))
b = np.array([F[d] / I[d] - 1 for d in fd if d in I])
print('first', fd[0], 'last', fd[-1], 'days', len(b), 'median', np.median(b), 'p01', np.percentile(b, 1), 'p99', np.percentile(b, 99))
fm, im = [], []
for d in fd:
    if d in I or d < nd[0]:
        continue
    j = np.searchsorted(nd, d) - 1
    if j + 1 >= len(nd) or nd[j] not in F:
        continue
    fm.append(F[d] / F[nd[j]] - 1); im.append(I[nd[j + 1]] / I[nd[j]] - 1)
fm, im = np.array(fm), np.array(im)
same = np.sum((np.sign(fm) == np.sign(im)) & (fm != 0))
print('closed', len(fm), 'sameSign', same / len(fm), 'corr', np.corrcoef(fm, im)[0, 1])
