"""The benchmark baseline view and the harness's parsing of wrk output."""

import importlib.util
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from lcc.views import hello

RUN = Path(__file__).resolve().parents[2] / "bench" / "run.py"
WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8000/bench/hello/
  1 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     6.21ms    3.01ms  48.10ms   90.12%
    Req/Sec     1.31k   120.55     1.52k    71.00%
  Latency Distribution
     50%    5.60ms
     75%    6.90ms
     90%    8.80ms
     99%    1.20s
  13050 requests in 10.01s, 3.12MB read
  Non-2xx or 3xx responses: 12
Requests/sec:   1303.71
Transfer/sec:    319.22KB
"""


@pytest.fixture(scope="module")
def run_module():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hello_is_a_tiny_plain_response():
    response = hello(RequestFactory().get("/bench/hello/"))
    assert response.status_code == 200
    assert response.content == b"Hello"


def test_baseline_route_is_off_unless_enabled():
    with pytest.raises(NoReverseMatch):
        reverse("bench_hello")


def test_wrk_output_is_parsed_into_figures(run_module):
    figures = run_module.parse_wrk(WRK_OUTPUT)
    assert figures["rps"] == 1303.71
    assert figures["p50_ms"] == 5.6
    assert figures["p99_ms"] == 1200.0
    assert figures["requests"] == 13050
    assert figures["non_2xx"] == 12


def test_ratios_compare_with_hello_in_the_same_mode(run_module):
    rows = [
        {"page": "hello", "mode": "anon", "rps": 1000.0},
        {"page": "home", "mode": "anon", "rps": 500.0},
        {"page": "hello", "mode": "signed-in", "rps": 800.0},
        {"page": "home", "mode": "signed-in", "rps": 80.0},
    ]
    counts = {
        "home": {
            "anon": {"queries": 12},
            "anon-cached": {"queries": 0},
            "signed-in": {"queries": 15},
        }
    }
    run_module.add_ratios_and_queries(rows, counts)
    assert [row["ratio"] for row in rows] == [1.0, 0.5, 1.0, 0.1]
    assert rows[1]["queries"] == 12 and rows[1]["queries_cached"] == 0
    assert rows[3]["queries"] == 15


def test_the_benchmark_refuses_to_recreate_a_database_not_named_for_it(run_module):
    with pytest.raises(SystemExit):
        run_module.recreate_database("postgres://postgres@127.0.0.1:5432/lcc")
