#!/usr/bin/env python3
"""Times the reference LEXIMIN (sortition-algorithms, with gurobipy) on pools written by
`WITHUS_BENCH_POOLS=dir cargo bench -p withus-selection --bench stress`, for the comparison
in issue 22. Run it with a throwaway virtualenv OUTSIDE the repository, never as a dependency:

    python3 -m venv /tmp/ref-venv && /tmp/ref-venv/bin/pip install sortition-algorithms gurobipy
    /tmp/ref-venv/bin/python scripts/leximin-reference.py /tmp/pools [name-part ...]

It prints one line per pool: name, seconds, lowest chance, or why it did not finish (gurobipy's
pip licence refuses models over 2,000 variables or constraints).
"""

import sys
import time
from pathlib import Path

from sortition_algorithms.adapters import CSVStringDataSource, SelectionData
from sortition_algorithms.committee_generation.leximin import find_distribution_leximin
from sortition_algorithms.settings import Settings


def run(quotas: Path, people: Path, size: int) -> str:
    source = CSVStringDataSource(quotas.read_text(), people.read_text())
    data = SelectionData(source)
    features, _ = data.load_features(size)
    settings = Settings(id_column="id", columns_to_keep=[])
    pool, _ = data.load_people(settings, features)
    started = time.perf_counter()
    committees, chances, _ = find_distribution_leximin(features, pool, size, [])
    took = time.perf_counter() - started
    selected = {person: 0.0 for person in pool}
    for committee, chance in zip(committees, chances):
        for person in committee:
            selected[person] += chance
    return f"{took:.2f} s, lowest chance {min(selected.values()):.6f}"


def main() -> None:
    folder = Path(sys.argv[1])
    parts = sys.argv[2:]
    for quotas in sorted(folder.glob("*.quotas.csv")):
        name = quotas.name.removesuffix(".quotas.csv")
        if parts and not any(p in name for p in parts):
            continue
        people = folder / f"{name}.people.csv"
        size = int(name.split("-k")[1].split("-")[0]) if "-k" in name else int(name.rsplit("-", 1)[1])
        try:
            print(f"{name}: {run(quotas, people, size)}", flush=True)
        except Exception as error:  # the reference's own failure, reported not raised
            print(f"{name}: did not finish: {type(error).__name__}: {error}", flush=True)


if __name__ == "__main__":
    main()
