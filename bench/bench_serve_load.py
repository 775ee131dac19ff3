"""`kgraph serve` under load: N concurrent clients (default 200) for S seconds (default 30) on
loopback, each sending the SPARQL cookbook's queries in random order.

The baseline, in the same run, is one client alone for a few seconds against the same server.
Prints requests, the failed ones (anything but 200 and the server's intended 503 for a query past
its time limit; connection errors count as failures), p50/p99/max latency of each phase, and the
server's peak memory (its process and its query workers) before, during and after the load.
Bounded: at most 500 clients and 120 s, every request times out after 60 s, and the server is
stopped at the end whatever happens.

    .venv/bin/python bench/bench_serve_load.py [--data exports] [--clients 200] [--seconds 30]
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
REQUEST_TIMEOUT = 60.0


@dataclass
class Tally:
    """What the clients of one phase saw."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: str, seconds: float) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == "200":
                self.latencies.append(seconds)

    @property
    def failed(self) -> int:
        return sum(n for status, n in self.statuses.items() if status not in ("200", "503"))


def start_server(data: Path, timeout: float) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(data), "--port", "0", "--timeout", str(timeout)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    if " at http://" not in line:
        proc.kill()
        raise RuntimeError(f"the server did not start: {line!r}")
    url = line.split(" at ", 1)[1].split("/ ", 1)[0]
    return proc, url


def one_request(host: str, port: int, body: str) -> str:
    conn = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("POST", "/sparql", body=urllib.parse.urlencode({"query": body}),
                     headers={"Content-Type": "application/x-www-form-urlencoded",
                              "Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        response.read()
        return str(response.status)
    except (OSError, http.client.HTTPException) as exc:
        return type(exc).__name__
    finally:
        conn.close()


def _host_port(url: str) -> tuple[str, int]:
    parsed = urllib.parse.urlsplit(url)
    return parsed.hostname or "127.0.0.1", parsed.port or 80


def client(url: str, texts: list[str], deadline: float, tally: Tally, seed: int) -> None:
    host, port = _host_port(url)
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        started = time.perf_counter()
        status = one_request(host, port, rng.choice(texts))
        tally.add(status, time.perf_counter() - started)


def rss_mib(proc: psutil.Process) -> float:
    """The server's resident memory with its children (the query workers), MiB."""
    try:
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs if p.is_running()) / (1 << 20)
    except psutil.Error:
        return 0.0


def run_phase(url: str, texts: list[str], clients: int, seconds: float, server: psutil.Process) -> tuple[Tally, float]:
    tally, peak = Tally(), 0.0
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(url, texts, deadline, tally, i), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        peak = max(peak, rss_mib(server))
        time.sleep(0.25)
        if time.monotonic() > deadline + REQUEST_TIMEOUT + 5:
            break  # bounded: a hung request does not hang the benchmark
    return tally, peak


def describe(name: str, tally: Tally, seconds: float, peak: float) -> str:
    lat = sorted(tally.latencies)
    if not lat:
        return f"{name}: no successful request; statuses {tally.statuses}"
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
    total = sum(tally.statuses.values())
    return (f"{name}: {total} requests ({total / seconds:.1f}/s), statuses {dict(sorted(tally.statuses.items()))}, "
            f"failed {tally.failed}; latency p50 {statistics.median(lat) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
            f"max {lat[-1] * 1000:.1f} ms; server peak RSS {peak:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT / "exports")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline-seconds", type=float, default=5.0)
    parser.add_argument("--timeout", type=float, default=10.0, help="the server's query time limit")
    args = parser.parse_args()
    clients, seconds = min(args.clients, 500), min(args.seconds, 120.0)
    texts = [q.read_text(encoding="utf-8") for q in QUERIES]
    proc, url = start_server(args.data, args.timeout)
    server = psutil.Process(proc.pid)
    try:
        if not url.startswith("http://127.0.0.1"):
            raise RuntimeError(f"not on loopback: {url}")
        for text in texts:  # warm-up, not counted: the workers open the store on their first query
            one_request(*_host_port(url), text)
        idle = rss_mib(server)  # after the warm-up
        base, base_peak = run_phase(url, texts, 1, args.baseline_seconds, server)
        load, load_peak = run_phase(url, texts, clients, seconds, server)
        after = rss_mib(server)
        print(f"kgraph serve {args.data} at {url}: {len(texts)} cookbook queries, query limit {args.timeout:g} s")
        print(describe("baseline, 1 client", base, args.baseline_seconds, base_peak))
        print(describe(f"load, {clients} clients for {seconds:g} s", load, seconds, load_peak))
        print(f"server RSS: idle {idle:.0f} MiB, peak under load {load_peak:.0f} MiB, after {after:.0f} MiB")
        print("load average", " ".join(f"{v:.2f}" for v in os.getloadavg()))
        sys.exit(1 if load.failed or base.failed else 0)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
