"""Independent reference values for the 2022 editions, from data/ with numpy: REPORT_AS_OF=2022-06-30
(the end of the 2022 report's statistics window) and 2022-07-21 (the first edition that knows that report).

Run: python3 tests/reference/edition_2022_reference.py [AS_OF]   (numpy 2.4; no project code involved;
AS_OF defaults to 2022-06-30)
Conventions as the report states them: simple daily returns; the window's returns are those ending on
each trading day from 2021-01-01 to AS_OF (the first uses the 2020-12-30 close); population
moments (ddof=0); excess kurtosis; five-year comparison from the last close on or before AS_OF five years back.
"""
import csv
import sys
import numpy as np

AS_OF = sys.argv[1] if len(sys.argv) > 1 else '2022-06-30'
FIVE_BACK = str(int(AS_OF[:4]) - 5) + AS_OF[4:]

def load(path, skip=()):
    rows = [r for r in csv.DictReader(open(path)) if r['date'] not in skip]
    return np.array([r['date'] for r in rows]), np.array([float(r['close']) for r in rows])

d, c = load('data/n225.csv', ('1986-03-21', '1986-09-15', '1986-09-23', '1997-02-11', '2018-07-16'))
hd, hc = load('data/csi300.csv')
on = lambda D, C, x: C[D <= x][-1]
i = np.where((d >= '2021-01-01') & (d <= AS_OF))[0]
r = c[i] / c[i - 1] - 1
m = r.mean(); s = r.std()
print('tradingDays', len(i))
print('mean', m, 'std', s)
print('skewness', ((r - m) ** 3).mean() / s ** 3, 'excessKurtosis', ((r - m) ** 4).mean() / s ** 4 - 3)
print('maxGain', r.max(), d[i][r.argmax()], 'maxLoss', r.min(), d[i][r.argmin()])
print('high', c[i].max(), d[i][c[i].argmax()], 'low', c[i].min(), d[i][c[i].argmin()])
print('2021', on(d, c, '2021-12-31') / on(d, c, '2020-12-31') - 1, 'ytd', on(d, c, AS_OF) / on(d, c, '2021-12-31') - 1)
for name, D, C in (('n225', d, c), ('csi300', hd, hc)):
    cum = on(D, C, AS_OF) / on(D, C, FIVE_BACK) - 1
    print(name, 'cumulative', cum, 'annualised', (1 + cum) ** (1 / 5) - 1)
