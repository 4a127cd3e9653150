#!/usr/bin/env python3
"""Reference values for tests/unit/stats/*.test.ts, computed independently of the TypeScript code.

Run:  python3 tests/reference/stats_reference.py
Made with numpy 2.4.6, scipy 1.17.1, python-dateutil 2.9 (Python 3). The inputs below are written
out literally here AND in the tests; the printed values are pasted into the tests, each block with a
comment naming the numpy/scipy call that produced it. Floats are printed with repr() (17 significant
digits, round-trips exactly).

Conventions checked (see src/lib/stats): population moments (ddof=0), scipy skew/kurtosis with
bias=True (kurtosis as EXCESS, fisher=True), numpy quantile default ('linear', Hyndman-Fan type 7),
annualisation with 252 periods a year, risk-free / MAR rates given per year and divided by 252.
"""
import bisect
import calendar
import math
from datetime import date, datetime, timedelta, timezone

import numpy as np
from dateutil.relativedelta import relativedelta
from scipy import stats

P = 252


def show(name, value):
    if isinstance(value, (list, tuple, np.ndarray)):
        print(f"{name}: [{', '.join(fmt(v) for v in value)}]")
    else:
        print(f"{name}: {fmt(value)}")


def fmt(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "null"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return repr(float(v))


# ---------------------------------------------------------------- inputs (copied in the tests)
# 32 made-up closes: rise to a peak (index 6), a ~10 % drawdown to index 14, recovery above the old
# peak at index 25, a new high at 26, then a small current drawdown.
CLOSES = [28000.0, 28377.68, 28569.28, 28408.74, 28808.54, 28976.27, 29307.89, 28679.09,
          28225.37, 28399.24, 27646.54, 27298.82, 27563.27, 26716.39, 26293.93, 26795.59,
          26536.44, 27111.93, 27611.98, 27978.07, 27791.25, 28381.41, 28888.98, 29243.55,
          29019.38, 29479.58, 29897.1, 29565.69, 29342.79, 29492.82, 29104.36, 29184.59]

# Two correlated daily return series (y partly follows x with a one-day lag).
X = [0.01175, -0.02764, 0.00577, 0.01576, 0.0008, 0.01925, 0.00364, -0.02268, -0.00121, -0.00907,
     -0.00534, 0.00828, 0.01689, -0.01583, -0.00746, -0.00287, 0.00563, -0.02589, -0.00242, -0.00249,
     0.00452, 0.00047, -0.00815, -0.00951, 0.01189, -0.00821, -0.01203, 0.01735, 0.00828, 0.01097]
Y = [0.01128, -0.01761, -0.001, 0.00699, 0.0013, 0.01228, 0.01462, -0.0065, -0.00589, -0.00139,
     -0.01682, 0.01134, 0.01081, -0.00631, -0.0147, -0.01451, 0.00743, -0.01798, -0.00148, 0.00781,
     0.01259, -0.0044, -0.00374, -0.01154, 0.00517, 0.00873, -0.02049, 0.01401, 0.01329, 0.01154]

# Values with tied extremes (min 1 at indices 1 and 3, max 9 at indices 5 and 10).
TIES = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 9]

# Histogram input with values on bin edges.
HIST = [-0.021, -0.0195, -0.013, -0.0004, 0.0, 0.0, 0.003, 0.0049, 0.012, 0.0125, 0.031]
HIST_WIDTH = 0.005
HIST_HALF = [-1.0, -0.5, 0.0, 0.25, 0.5, 0.5, 2.0, 2.75]  # exact binary fractions, width 0.5, anchor 0.25


def calendar_days():
    """Weekdays 2013-03-01 .. 2024-05-31 without 1-3 January and 31 December (exchange holidays).
    close_i = 10000 + i + (i * 7919) % 2003 (integers, so identical in TypeScript)."""
    days = []
    d = date(2013, 3, 1)
    while d <= date(2024, 5, 31):
        if d.weekday() < 5 and not (d.month == 1 and d.day <= 3) and not (d.month == 12 and d.day == 31):
            days.append(d)
        d += timedelta(days=1)
    closes = [10000 + i + (i * 7919) % 2003 for i in range(len(days))]
    return days, closes


# ---------------------------------------------------------------- returns
c = np.array(CLOSES)
r = c[1:] / c[:-1] - 1
print("== returns.ts  (numpy: c[1:] / c[:-1] - 1 etc.)")
show("simpleReturns[0,13,30]", [r[0], r[13], r[30]])
show("len(r)", len(r))
show("cumulativeReturn(c[0], c[-1])", c[-1] / c[0] - 1)
show("annualiseReturn(0.5, 3)", 1.5 ** (1 / 3) - 1)
show("annualiseReturn(-0.2, 0.5)", 0.8 ** 2 - 1)
show("growthOf(c)[6,14,31]", [(c / c[0] * 100)[i] for i in (6, 14, 31)])
show("growthOf(c, 1)[31]", c[31] / c[0])

# ---------------------------------------------------------------- moments
print("== moments.ts  (r = simple returns of CLOSES)")
show("np.mean(r)", np.mean(r))
show("np.var(r, ddof=0)", np.var(r, ddof=0))
show("np.std(r, ddof=0)", np.std(r, ddof=0))
show("stats.skew(r, bias=True)", stats.skew(r, bias=True))
show("stats.kurtosis(r, fisher=True, bias=True)", stats.kurtosis(r, fisher=True, bias=True))
show("stats.kurtosis(r, fisher=True, bias=False)", stats.kurtosis(r, fisher=True, bias=False))
show("np.argmin(r), np.argmax(r)", [int(np.argmin(r)), int(np.argmax(r))])
show("r.min(), r.max()", [r.min(), r.max()])
t = np.array(TIES, dtype=float)
show("TIES mean, var, std", [t.mean(), t.var(ddof=0), t.std(ddof=0)])
show("TIES skew, kurtosis (bias=True, fisher=True)", [stats.skew(t, bias=True), stats.kurtosis(t, bias=True)])
show("TIES np.argmin, np.argmax (first occurrence)", [int(np.argmin(t)), int(np.argmax(t))])

# ---------------------------------------------------------------- drawdown
print("== drawdown.ts  (np.maximum.accumulate)")
running = np.maximum.accumulate(c)
dd = c / running - 1
show("dd[6,10,14,25,31]", [dd[i] for i in (6, 10, 14, 25, 31)])
trough = int(np.argmin(dd))
peak = int(np.flatnonzero(c[: trough + 1] == running[trough])[-1])
rec = [j for j in range(trough + 1, len(c)) if c[j] >= c[peak]]
show("maxDD depth, peak, trough, recovery", [dd[trough], peak, trough, rec[0] if rec else None])
last_peak = int(np.flatnonzero(c == c.max())[-1])
show("currentDD depth, peakIndex", [dd[-1], last_peak])
cut = c[:20]  # not recovered by index 19
rc = cut / np.maximum.accumulate(cut) - 1
show("CLOSES[:20] maxDD depth, trough", [rc.min(), int(np.argmin(rc))])

# ---------------------------------------------------------------- risk
print("== risk.ts  (r = simple returns of CLOSES, P = 252)")
show("np.std(r, ddof=0) * sqrt(252)", np.std(r) * math.sqrt(P))
for mar in (0.0, 0.02):
    show(f"downside dev mar={mar}: sqrt(mean(minimum(r - mar/252, 0)**2)) * sqrt(252)",
         math.sqrt(np.mean(np.minimum(r - mar / P, 0) ** 2)) * math.sqrt(P))
for rf in (0.0, 0.02):
    dd_rf = math.sqrt(np.mean(np.minimum(r - rf / P, 0) ** 2)) * math.sqrt(P)
    show(f"sharpe rf={rf}: (mean(r) - rf/252) * 252 / (std(r) * sqrt(252))",
         (np.mean(r) - rf / P) * P / (np.std(r) * math.sqrt(P)))
    show(f"sortino rf={rf}: (mean(r) - rf/252) * 252 / downside(mar=rf)", (np.mean(r) - rf / P) * P / dd_rf)
show("sharpe X, periodsPerYear=12", np.mean(X) * 12 / (np.std(X) * math.sqrt(12)))
for q in (0.0, 0.05, 0.1, 0.5, 0.9, 1.0):
    show(f"np.quantile(r, {q})", np.quantile(r, q))
show("np.quantile(TIES, 0.3)", np.quantile(TIES, 0.3))
for conf in (0.95, 0.9):
    var = -np.quantile(r, 1 - conf)
    show(f"VaR {conf}: -np.quantile(r, {1 - conf!r})", var)
    tail = r[r <= -var]
    show(f"CVaR {conf}: -mean(r[r <= -VaR]) (tail size {len(tail)})", -tail.mean())
xa = np.array(X)
var_x = -np.quantile(xa, 0.05)
show("X VaR 0.95, CVaR 0.95", [var_x, -xa[xa <= -var_x].mean()])

# ---------------------------------------------------------------- relation
print("== relation.ts  (X, Y)")
xa, ya = np.array(X), np.array(Y)
show("np.corrcoef(X, Y)[0, 1]", np.corrcoef(xa, ya)[0, 1])
show("beta: np.cov(Y, X, ddof=0)[0,1] / np.var(X)", np.cov(ya, xa, ddof=0)[0, 1] / np.var(xa))
lr = stats.linregress(xa, ya)
show("linregress(X, Y) slope, intercept, rvalue**2, stderr, slope/stderr",
     [lr.slope, lr.intercept, lr.rvalue ** 2, lr.stderr, lr.slope / lr.stderr])
n = len(xa)
xc = []
for k in range(-3, 4):
    if k >= 0:
        a, b = xa[: n - k], ya[k:]
    else:
        a, b = xa[-k:], ya[: n + k]
    xc.append(np.corrcoef(a, b)[0, 1])
show("crossCorrelation lags -3..3: np.corrcoef(x[t], y[t+k])", xc)
roll = [None] * 4 + [np.corrcoef(xa[i - 4: i + 1], ya[i - 4: i + 1])[0, 1] for i in range(4, n)]
show("rollingCorrelation window 5 [4, 5, 17, 29]", [roll[i] for i in (4, 5, 17, 29)])
show("np.corrcoef([1, 1, 2], [2, 3, 5])[0, 1]", np.corrcoef([1, 1, 2], [2, 3, 5])[0, 1])

# ---------------------------------------------------------------- rolling
print("== rolling.ts")
rv = [np.std(r[i - 9: i + 1], ddof=0) * math.sqrt(P) for i in range(9, len(r))]
show("rollingVolatility(r, 10) at [9, 15, 30]: np.std(r[i-9:i+1]) * sqrt(252)", [rv[0], rv[6], rv[21]])
show("rollingVolatility(r, 10, 52) at 30", np.std(r[21:31]) * math.sqrt(52))
show("rollingMean(X, 3) at [2, 29]", [np.mean(xa[0:3]), np.mean(xa[27:30])])
show("movingAverage(CLOSES, 5) at [4, 31]", [np.mean(c[0:5]), np.mean(c[27:32])])

# ---------------------------------------------------------------- distribution
print("== distribution.ts")


def hist(xs, width, anchor):
    xs = np.array(xs)
    k = np.floor((xs - anchor) / width).astype(int)
    # nudge where floating division disagrees with the edges anchor + k*width
    k = np.where(xs < anchor + k * width, k - 1, k)
    k = np.where(xs >= anchor + (k + 1) * width, k + 1, k)
    ks = np.arange(k.min(), k.max() + 1)
    edges = anchor + np.append(ks, ks[-1] + 1) * width
    # np.histogram closes only the last bin on the right; add a spare bin so every bin is [a, b)
    counts, _ = np.histogram(xs, bins=np.append(edges, edges[-1] + width))
    return edges, counts[:-1]


e, cnt = hist(HIST, HIST_WIDTH, 0.0)
show("HIST edges (anchor 0, width 0.005)", e)
show("HIST counts", cnt)
e, cnt = hist(HIST_HALF, 0.5, 0.25)
show("HIST_HALF edges (anchor 0.25, width 0.5)", e)
show("HIST_HALF counts", cnt)
show("stats.norm.pdf(0.01, 0.0005, 0.012)", stats.norm.pdf(0.01, 0.0005, 0.012))
show("stats.norm.pdf(0, 0, 1)", stats.norm.pdf(0, 0, 1))
show("stats.norm.pdf(-3, 1, 2)", stats.norm.pdf(-3, 1, 2))

# ---------------------------------------------------------------- periods
print("== periods.ts  (datetime + dateutil.relativedelta, bisect)")


def ms(d):
    if isinstance(d, date) and not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
    return int(d.timestamp() * 1000)


for d, m in [(datetime(2024, 3, 31, 6, 30, tzinfo=timezone.utc), -1), (datetime(2023, 3, 31, tzinfo=timezone.utc), -1),
             (datetime(2023, 1, 31, tzinfo=timezone.utc), 1), (datetime(2023, 12, 15, tzinfo=timezone.utc), 1),
             (datetime(2024, 2, 29, tzinfo=timezone.utc), -12), (datetime(2024, 5, 31, tzinfo=timezone.utc), -3),
             (datetime(2024, 8, 31, tzinfo=timezone.utc), -120), (datetime(2023, 10, 31, tzinfo=timezone.utc), 4)]:
    out = d + relativedelta(months=m)
    print(f"shiftMonths({d.isoformat()}, {m}) = {out.isoformat()}  ms {ms(d)} -> {ms(out)}")

days, closes = calendar_days()
show("calendar length", len(days))


def base_on_or_before(target):
    """Index of the last trading day <= target, or None."""
    i = bisect.bisect_right(days, target) - 1
    return None if i < 0 else i


def period(end, back_months=None, target=None):
    if target is None:
        target = days[end] + relativedelta(months=-back_months)  # clamps to month end
    i = base_on_or_before(target)
    return (None, None) if i is None else (closes[end] / closes[i] - 1, i)


for end_day in [date(2024, 5, 31), date(2024, 3, 29), date(2023, 1, 4), date(2013, 11, 29)]:
    end = days.index(end_day)
    print(f"-- periodReturns at {end_day} (endIndex {end}, close {closes[end]})")
    res = {}
    for key, months in [("m1", 1), ("m3", 3), ("m6", 6), ("y1", 12), ("y3", 36), ("y5", 60), ("y10", 120)]:
        res[key] = period(end, months)
    res["ytd"] = period(end, target=date(end_day.year - 1, 12, 31))
    for key in ["m1", "m3", "m6", "ytd", "y1", "y3", "y5", "y10"]:
        v, i = res[key]
        base = days[i].isoformat() if i is not None else "-"
        show(f"{key} (base {base}) value, baseIndex", [v, i])
    for key, years in [("y3Ann", 3), ("y5Ann", 5), ("y10Ann", 10)]:
        v = res["y" + key[1:-3]][0]
        show(key + ": (1 + v)**(1/years) - 1", None if v is None else (1 + v) ** (1 / years) - 1)
    since = closes[end] / closes[0] - 1
    years = (days[end] - days[0]).days / 365.25
    show("sinceStart, sinceStartAnn (years = days / 365.25)", [since, (1 + since) ** (1 / years) - 1])


def year_returns(n_obs):
    ds, cs = days[:n_obs], closes[:n_obs]
    out = []
    prev_end = None
    for y in sorted({d.year for d in ds}):
        idx = [i for i, d in enumerate(ds) if d.year == y]
        end = idx[-1]
        start = prev_end if prev_end is not None else 0
        last = ds[end]
        partial = prev_end is None or (end == n_obs - 1 and not (last.month == 12 and last.day >= 28))
        out.append((y, cs[end] / cs[start] - 1, start, end, partial))
        prev_end = end
    return out


print("-- calendarYearReturns, full calendar: year, value, startIndex, endIndex, partial")
for row in year_returns(len(days)):
    show(str(row[0]), list(row[1:]))
n_2023 = days.index(date(2023, 12, 29)) + 1
print(f"-- calendarYearReturns, calendar cut after 2023-12-29 (first {n_2023} days): last row")
show("2023", list(year_returns(n_2023)[-1][1:]))
