"""Render a bench/run.py result file as Markdown tables (for docs/performance.md).

.venv/bin/python bench/report.py [bench/results/bench-<timestamp>.json]   # default: newest
"""

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def rows(scale_result):
    yield "| page | mode | req/s | p50 ms | p99 ms | ratio to hello | SQL queries |"
    yield "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    for row in scale_result["results"]:
        queries = row["queries"]
        if row["mode"] == "anon":
            queries = f"{row['queries_cached']} cached / {queries} rendered"
        ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}"
        yield (
            f"| {row['page']} | {row['mode']} | {row['rps']:.1f} | {row['p50_ms']:.1f} "
            f"| {row['p99_ms']:.1f} | {ratio} | {queries} |"
        )


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else max(RESULTS.glob("bench-*.json"))
    report = json.loads(path.read_text())
    machine = report["machine"]
    print(
        f"Run {report['started']} - {report.get('finished', '?')}: {machine['nproc']} x "
        f"{machine['cpu']}, {machine['memory_gb']} GB; load average at start "
        f"{', '.join(f'{v:.1f}' for v in machine['load_average'])}; "
        f"server {report['server']}"
    )
    for scale, result in report["scales"].items():
        print(f"\n### {int(scale):,} products (seeded in {result['seed_seconds']} s)\n")
        print("\n".join(rows(result)))


if __name__ == "__main__":
    main()
