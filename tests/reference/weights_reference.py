"""Reference values for src/chapters/overview/weights.test.ts (weights, size, constituent changes), computed
independently of the TypeScript code with the csv module and numpy from data/ only.

Run: python3 tests/reference/weights_reference.py
Conventions (as the Overview chapter states them): weight_i = close_i x factor_i / sum(close x factor) on a
day; divisor = sum(close x factor) / index close; contribution_i = (close_i,last - close_i,first) x factor_i /
divisor of the last day; an edition uses the covered days on or before its date. Size: TOPIX weight (a
fraction) of each member on the TOPIX file's date, members replayed from the change history back from
constituents.csv; Small = Small 1 + Small 2. Changes: rows effective on or before the edition.
"""
import csv
import json
from collections import Counter
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


FACTORS = rows("n225-price-factors.csv")
CLOSES = rows("n225-constituent-closes.csv")
TOPIX = rows("topix-weights.csv")
CHANGES = rows("n225-constituent-changes.csv")
CURRENT = [r["code"] for r in rows("constituents.csv")]
SECTOR_MAP = json.load(open(DATA / "curated" / "sector-map.json", encoding="utf-8"))
SECTOR_OF = {i["ja"]: i["sector"] for i in SECTOR_MAP["industries"]}

codes = [r["code"] for r in FACTORS]
factor = np.array([float(r["price_adjustment_factor"]) for r in FACTORS])
dates = sorted({r["date"] for r in CLOSES})
px = {(r["date"], r["code"]): float(r["close"]) for r in CLOSES}
P = np.array([[px[(d, c)] for c in codes] for d in dates])  # days x stocks
IX = np.array([px[(d, "N225")] for d in dates])


def weights(as_of):
    n = sum(1 for d in dates if d <= as_of)
    p = P[:n]
    s = p @ factor
    div = s / IX[:n]
    w = (p[-1] * factor) / s[-1]
    order = sorted(range(len(codes)), key=lambda i: (-w[i], codes[i]))
    top = [(codes[i], float(w[i])) for i in order[:10]]
    sectors = {}
    for i, r in enumerate(FACTORS):
        k = SECTOR_OF[r["industry"]]
        sectors[k] = sectors.get(k, 0.0) + float(w[i])
    contrib = (p[-1] - p[0]) * factor / div[-1]
    allw = (p * factor) / s[:, None]
    return {
        "last": dates[n - 1],
        "days": n,
        "divisor": float(div[-1]),
        "divisorMin": float(div.min()),
        "divisorMax": float(div.max()),
        "divisorSpreadOverRoundingBound": float((div.max() - div.min()) / np.max(0.005 * div / IX[:n])),
        "top": top,
        "topShare": float(sum(x for _, x in top)),
        "median": float(np.sort(w)[::-1][len(w) // 2]),
        "sectors": sectors,
        "indexMove": float(IX[n - 1] - IX[0]),
        "contributionSum": float(contrib.sum()),
        "up": (codes[int(np.argmax(contrib))], float(contrib.max())),
        "down": (codes[int(np.argmin(contrib))], float(contrib.min())),
        "rising": int((contrib > 0).sum()),
        "maxWeight": float(allw.max()),
        "maxDate": dates[int(np.argmax(allw.max(axis=1)))],
        "aboveCapLastDay": int((w > 0.10).sum()),
    }


def members_on(d):
    m = set(CURRENT)
    for c in reversed(CHANGES):
        if c["date"] <= d:
            break
        if c["action"] == "add":
            m.discard(c["code"])
        else:
            m.add(c["code"])
    return m


def size():
    d = TOPIX[0]["date"]
    m = members_on(d)
    tw = {r["code"]: (float(r["topix_weight"].rstrip("%")) / 100, r["size_class"]) for r in TOPIX}
    ws = np.array(sorted((tw[c][0] for c in m), reverse=True))
    group = lambda s: "small" if s.startswith("TOPIX Small") else s.split()[1].lower()
    counts = Counter(group(tw[c][1]) for c in m)
    return {
        "members": len(m),
        "topixShare": float(ws.sum()),
        "top20Share": float(ws[:20].sum() / ws.sum()),
        "first": float(ws[0]),
        "twentieth": float(ws[19]),
        "groups": dict(counts),
    }


def changes(as_of, window_start):
    seen = [c for c in CHANGES if c["date"] <= as_of]
    per_year = Counter((c["date"][:4], c["action"]) for c in seen)
    adds_by_day = Counter(c["date"] for c in seen if c["action"] == "add")
    busiest = max(adds_by_day.items(), key=lambda kv: (kv[1], [-ord(ch) for ch in kv[0]]))
    win = [c for c in seen if c["date"] >= window_start]
    return {
        "additions": sum(1 for c in seen if c["action"] == "add"),
        "deletions": sum(1 for c in seen if c["action"] == "delete"),
        "y2000": (per_year[("2000", "add")], per_year[("2000", "delete")]),
        "busiest": busiest,
        "window": (len(win), sum(1 for c in win if c["action"] == "add")),
    }


if __name__ == "__main__":
    print(json.dumps({
        "weights_2026_01_30": weights("2026-01-30"),
        "weights_latest": weights("2026-09-24"),
        "size": size(),
        "changes_2022_06_30": changes("2022-06-30", "2021-01-01"),
        "changes_latest": changes("2026-09-24", "2025-01-01"),
    }, indent=1, ensure_ascii=False))
