"""Independent reference values for the TOPIX report (REPORT_CONFIG=topix) as of 2025-06-30, from data/ with numpy.

Run: python3 tests/reference/topix_reference.py   (numpy 2.4; no project code involved)
Conventions as the Methodology chapter states them: simple daily returns; the statistics window's returns
are those ending on each trading day from 2024-01-01 to 2025-06-30 (the first uses the 2023-12-29 close);
population moments (ddof=0); excess kurtosis; volatility = population std x sqrt(252); maximum drawdown of
the window's closes; the five-year comparison with the CSI 300 from the last close on or before
2020-06-30 to 2025-06-30, correlation and beta of daily returns on the dates both markets traded.
TOPIX values are read from data/topix.csv as published (no artefact rows; 2020-10-01 is absent).
"""
import csv
import numpy as np

AS_OF = '2025-06-30'
START = '2024-01-01'
CMP_START = '2020-06-30'

def load(path):
    rows = list(csv.DictReader(open(path)))
    return np.array([r['date'] for r in rows]), np.array([float(r['close']) for r in rows])

d, c = load('data/topix.csv')
hd, hc = load('data/csi300.csv')
on = lambda D, C, x: C[D <= x][-1]
i = np.where((d >= START) & (d <= AS_OF))[0]
r = c[i] / c[i - 1] - 1
m = r.mean(); s = r.std()
print('asOf', d[i][-1], 'tradingDays', len(i), 'firstDay', d[i][0])
print('mean', m, 'std', s)
print('skewness', ((r - m) ** 3).mean() / s ** 3, 'excessKurtosis', ((r - m) ** 4).mean() / s ** 4 - 3)
print('maxGain', r.max(), d[i][r.argmax()], 'maxLoss', r.min(), d[i][r.argmin()])
print('high', c[i].max(), d[i][c[i].argmax()], 'low', c[i].min(), d[i][c[i].argmin()], 'endClose', c[i][-1])
print('prevYear', on(d, c, '2024-12-31') / on(d, c, '2023-12-31') - 1, 'ytd', on(d, c, AS_OF) / on(d, c, '2024-12-31') - 1)
print('volatility', s * np.sqrt(252))
w = c[i]
peak = np.maximum.accumulate(w)
print('maxDrawdown', (w / peak - 1).min(), 'trough', d[i][(w / peak - 1).argmin()])
for name, D, C in (('topix', d, c), ('csi300', hd, hc)):
    cum = on(D, C, AS_OF) / on(D, C, CMP_START) - 1
    print(name, 'cumulative', cum, 'annualised', (1 + cum) ** (1 / 5) - 1)
common = np.intersect1d(d[(d >= CMP_START) & (d <= AS_OF)], hd[(hd >= CMP_START) & (hd <= AS_OF)])
a = np.array([on(d, c, x) for x in common]); b = np.array([on(hd, hc, x) for x in common])
ra = a[1:] / a[:-1] - 1; rb = b[1:] / b[:-1] - 1
print('commonDays', len(common), 'correlation', np.corrcoef(ra, rb)[0, 1], 'beta', np.cov(ra, rb, ddof=0)[0, 1] / rb.var())
