"""Reference values for tests/unit/report/seed-verdicts.test.ts, computed independently of the TypeScript code.

Pure Python (csv, decimal, math). Run: python3 tests/reference/seed_conventions_reference.py
Reproduces the figures of the 2022 Nikkei 225 report (seed 003) under the conventions its verdicts name:
- daily changes of its window (the last close before 2021-01-01 to 2022-06-30), rounded half away from
  zero to 0.01 % as market-data terminals publish them; their mean; the standard error of the mean
  (sample standard deviation / sqrt(n)); Excel's KURT (sample excess kurtosis G2);
- the five years to 2022-07-21: cumulative return, and (1 + R) ** (250 / N) - 1 over N trading days.
"""
import csv
import math
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
ARTEFACTS = {"1986-03-21", "1986-09-15", "1986-09-23", "1997-02-11", "2018-07-16"}


def closes(name, drop=frozenset()):
    with open(DATA / name, newline="") as f:
        return [(r["date"], float(r["close"])) for r in csv.DictReader(f) if r["date"] not in drop]


# The two holiday artefacts are rows of the Nikkei 225 file only (2018-07-16 was a session in China).
N225 = closes("n225.csv", ARTEFACTS)
CSI = closes("csi300.csv")

base = max(i for i, (d, _) in enumerate(N225) if d < "2021-01-01")
end = max(i for i, (d, _) in enumerate(N225) if d <= "2022-06-30")
v = [c for _, c in N225[base:end + 1]]
raw = [v[i] / v[i - 1] - 1 for i in range(1, len(v))]
pub = [float(Decimal(repr(r * 100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) / 100 for r in raw]
n = len(pub)
m = sum(pub) / n
ss = math.sqrt(sum((x - m) ** 2 for x in pub) / (n - 1))
m2 = sum((x - m) ** 2 for x in pub) / n
m4 = sum((x - m) ** 4 for x in pub) / n
g2 = m4 / m2 ** 2 - 3
G2 = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
print("n", n)
print("rounded mean", repr(m))
print("standard error of the mean", repr(ss / math.sqrt(n)))
print("Excel KURT of rounded changes", repr(G2))


def five_years(s, end_date):
    e = max(i for i, (d, _) in enumerate(s) if d <= end_date)
    y = str(int(s[e][0][:4]) - 5) + s[e][0][4:]
    b = max(i for i, (d, _) in enumerate(s) if d <= y)
    R = s[e][1] / s[b][1] - 1
    return R, e - b


for name, s in (("n225", N225), ("csi300", CSI)):
    R, N = five_years(s, "2022-07-21")
    print(name, "cumulative", repr(R), "days", N, "vendor annualised", repr((1 + R) ** (250 / N) - 1))
