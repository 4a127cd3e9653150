"""Reference values for tests/unit/data/membership.test.ts, computed independently of the TypeScript code.

Pure Python (csv and hashlib only). Run: python3 tests/reference/membership_reference.py
Convention: a change's date is its effective date (the first session with the new composition); the
membership on date d is the current list (data/constituents.csv) with every change dated after d undone,
walking the history from its last row back: an addition is removed, a deletion put back. Dates before the
first change are unknown. Prints, per sample date, the member count, how many have an industry in the
current list (and in it or Nikkei's factor file), and a sha256 of the sorted codes joined by commas.
"""
import csv
import hashlib
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"

with open(DATA / "constituents.csv", newline="", encoding="utf-8") as f:
    CURRENT = {r["code"]: r["sector"] for r in csv.DictReader(f)}
with open(DATA / "n225-constituent-changes.csv", newline="", encoding="utf-8") as f:
    CHANGES = list(csv.DictReader(f))
with open(DATA / "n225-price-factors.csv", newline="", encoding="utf-8") as f:
    FACTOR_CODES = {r["code"] for r in csv.DictReader(f)}


def members_on(day):
    if day < CHANGES[0]["date"]:
        return None
    m = set(CURRENT)
    for c in reversed(CHANGES):
        if c["date"] <= day:
            break
        if c["action"] == "add":
            assert c["code"] in m, c
            m.remove(c["code"])
        else:
            assert c["code"] not in m, c
            m.add(c["code"])
    return sorted(m)


SAMPLES = ["2000-03-27", "2000-03-28", "2000-04-21", "2000-04-24", "2001-03-30", "2002-09-26", "2008-12-30",
           "2012-06-29", "2016-06-30", "2022-06-30", "2022-10-03", "2026-03-31", "2026-04-01", "2026-09-24"]
out = {}
for d in SAMPLES:
    m = members_on(d)
    if m is None:
        out[d] = None
        continue
    out[d] = {
        "count": len(m),
        "classified": sum(1 for c in m if c in CURRENT),
        # The Overview chapter also classifies members by Nikkei's factor file (a 2026-01-09 snapshot).
        "classifiedWithFactorFile": sum(1 for c in m if c in CURRENT or c in FACTOR_CODES),
        "sha256": hashlib.sha256(",".join(m).encode()).hexdigest(),
    }
print(json.dumps(out, indent=1))
