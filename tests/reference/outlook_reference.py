"""Reference values for tests/unit/report/outlook.test.ts, computed with numpy from data/ directly.

Run: python3 tests/reference/outlook_reference.py
"""
import csv
import pathlib

import numpy as np

DATA = pathlib.Path(__file__).resolve().parents[2] / "data"
ARTEFACTS = {"1986-03-21", "1986-09-15", "1986-09-23", "1997-02-11", "2018-07-16"}


def n225(as_of):
    with open(DATA / "n225.csv") as f:
        rows = [(r["date"], float(r["close"])) for r in csv.DictReader(f) if r["date"] not in ARTEFACTS and r["date"] <= as_of]
    return [d for d, _ in rows], np.array([c for _, c in rows])


for as_of in ["2022-06-30", "2026-09-24"]:
    dates, closes = n225(as_of)
    print(as_of, "ma200", closes[-200:].mean(), "close", closes[-1])
    first = next(i for i, d in enumerate(dates) if d >= "1988-04-08")
    rets = closes[first:] / closes[first - 1 : -1] - 1
    vols = np.array([rets[i - 19 : i + 1].std(ddof=0) * np.sqrt(252) for i in range(19, len(rets))])
    print(as_of, "vol20", vols[-1], "percentile(weak)", np.mean(vols <= vols[-1]), "median", np.median(vols), "count", len(vols))
    peak = int(np.argmax(closes))
    print(as_of, "ath", dates[peak], closes[peak], "drawdown", closes[-1] / closes[peak] - 1)
