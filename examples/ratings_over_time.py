"""Ratings over time as a table, with pandas: one row per authority, one column per
year, the grade given that year (the latest mention wins).

    pip install -e ".[pandas]"
    python examples/ratings_over_time.py [FOLDER]     # default: the bundled examples
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import ofsted_ie

HERE = Path(__file__).resolve().parent


def ratings_over_time(folder: Path) -> pd.DataFrame:
    """Authorities by year of the grade (overall effectiveness), from every .txt in ``folder``."""
    paths = sorted(folder.glob("*.txt"))
    docs = ofsted_ie.extract_many((p.read_text(encoding="utf-8") for p in paths), ids=(p.name for p in paths))

    # One flat dict per record, with its document id and type: a DataFrame at once.
    frame = pd.DataFrame(ofsted_ie.to_rows(docs))
    ratings = frame[(frame["type"] == "rating") & (frame["judgement"] == "overall") & frame["when"].notna()].copy()
    ratings["year"] = ratings["when"].str[:4].astype(int)
    return ratings.pivot_table(index="authority", columns="year", values="grade", aggfunc="last")


if __name__ == "__main__":
    table = ratings_over_time(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
    print(table.fillna("").to_string())
