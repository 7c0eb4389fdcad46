"""The dashboard's read latency while clients flood the "try it" extraction.

Starts ``newsevents serve`` on a database in its own process, measures ``GET /api/stats`` alone,
then again while ``--posts`` clients post ``--chars``-character articles to ``POST /api/extract``
all at once, and prints the latencies, the answers the posts got and the server's peak memory.

    python bench/serve_load.py --db newsevents.duckdb [--posts 48] [--chars 20000] [--json]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

# Written for this benchmark: plain sentences with actors, events, dates and figures.
SENTENCES = (
    "The foreign minister of Peru met her Chilean counterpart in Lima on Monday to discuss water rights.",
    "Police in Quito arrested 14 protesters after clashes near the parliament, officials said.",
    "\"We will not accept new tariffs,\" the Brazilian trade minister told reporters on Tuesday.",
    "The United Nations urged both governments to resume talks before the end of March.",
    "Argentina's president promised $2 billion in aid to farmers hit by the drought last year.",
    "Bolivian troops were sent to the border after the army reported an attack on a patrol.",
)


def article(chars: int, seed: int) -> str:
    """About ``chars`` characters of news-like text, different for each ``seed``."""
    parts: list[str] = []
    size = 0
    i = seed
    while size < chars:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence + ("\n\n" if i % 4 == 3 else " "))
        size += len(parts[-1])
        i += 1
    return "".join(parts)[:chars]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def get(url: str, timeout: float = 30.0) -> tuple[int, float]:
    """(status, seconds) of one GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, time.perf_counter() - started


def post(url: str, body: dict[str, Any], timeout: float = 120.0) -> tuple[int, dict[str, str]]:
    """(status, headers) of one JSON POST."""
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            r.read()
            return r.status, {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as exc:
        exc.read()
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"newsevents serve exited with {proc.returncode}")
        try:
            if get(f"http://127.0.0.1:{port}/api/stats", timeout=2)[0] == 200:
                return proc
        except OSError:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit("newsevents serve did not answer within 120 s")


def peak_memory_mb(pid: int) -> float | None:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def measure(db: str, posts: int, chars: int) -> dict[str, Any]:
    """Run the load against a fresh server on ``db``; the figures as a dict."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(db, port)
    try:
        idle = [get(f"{base}/api/stats")[1] for _ in range(20)]
        warm = post(f"{base}/api/extract", {"text": article(500, 0), "date": "2024-05-02"})[0]
        answers: list[tuple[int, dict[str, str]]] = []
        lock = threading.Lock()

        def client(seed: int) -> None:
            result = post(f"{base}/api/extract", {"text": article(chars, seed), "date": "2024-05-02"})
            with lock:
                answers.append(result)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(posts)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        loaded: list[float] = []
        statuses: Counter[int] = Counter()
        while any(t.is_alive() for t in threads):
            status, seconds = get(f"{base}/api/stats")
            statuses[status] += 1
            loaded.append(seconds)
            time.sleep(0.05)
        for t in threads:
            t.join()
        return {
            "posts": posts, "chars": chars, "warm_up_status": warm,
            "load_seconds": round(time.perf_counter() - started, 2),
            "idle_stats_p50_ms": round(statistics.median(idle) * 1000, 1),
            "idle_stats_p95_ms": round(p95(idle) * 1000, 1),
            "loaded_stats_reads": len(loaded),
            "loaded_stats_p50_ms": round(statistics.median(loaded) * 1000, 1),
            "loaded_stats_p95_ms": round(p95(loaded) * 1000, 1),
            "loaded_stats_max_ms": round(max(loaded) * 1000, 1),
            "loaded_stats_statuses": dict(statuses),
            "post_statuses": dict(Counter(status for status, _ in answers)),
            "retry_after": sorted({h.get("retry-after", "") for s, h in answers if s == 429}),
            "security_headers_on_every_post": all("content-security-policy" in h for _, h in answers),
            "server_peak_mb": peak_memory_mb(proc.pid),
        }
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="An event database to serve.")
    parser.add_argument("--posts", type=int, default=48, help="Extraction posts sent at once.")
    parser.add_argument("--chars", type=int, default=20_000, help="Characters per posted article.")
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args()
    figures = measure(args.db, args.posts, args.chars)
    if args.json:
        print(json.dumps(figures))
        return
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
