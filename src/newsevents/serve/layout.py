"""Node positions for the actor network: a small, deterministic force-directed layout.

Fruchterman–Reingold: linked nodes pull together, all nodes push apart, and the moves cool down
step by step. Nodes start on a circle in a fixed order, so the same data always gives the same
picture (no random seed to carry around). Fine for the few dozen actors the page shows.

News event networks fall apart into many small pieces (two countries and their ceasefire), which
one force layout scatters and squeezes; :func:`network_layout` lays out each connected piece on
its own and sets the pieces side by side in rows, biggest first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def force_layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, float]], *,
                 steps: int = 150) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for ``nodes``; ``edges`` are (a, b, weight) and pull harder when heavy."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {name: i for i, name in enumerate(nodes)}
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    links = [(index[a], index[b], w) for a, b, w in edges if a in index and b in index and a != b]
    k = math.sqrt(4.0 / n)
    heat = 0.2
    for _ in range(steps):
        move = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                dist = max(math.hypot(dx, dy), 1e-6)
                push = k * k / dist
                move[i][0] += dx / dist * push
                move[i][1] += dy / dist * push
                move[j][0] -= dx / dist * push
                move[j][1] -= dy / dist * push
        for i, j, w in links:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            dist = max(math.hypot(dx, dy), 1e-6)
            pull = dist * dist / k * (1 + math.log1p(w))
            move[i][0] -= dx / dist * pull
            move[i][1] -= dy / dist * pull
            move[j][0] += dx / dist * pull
            move[j][1] += dy / dist * pull
        for i in range(n):
            # A gentle pull to the centre keeps unlinked actors from drifting off the chart.
            move[i][0] -= pos[i][0] * 0.1 * k
            move[i][1] -= pos[i][1] * 0.1 * k
            length = max(math.hypot(*move[i]), 1e-9)
            step = min(length, heat)
            pos[i][0] += move[i][0] / length * step
            pos[i][1] += move[i][1] / length * step
        heat *= 0.97
    return _normalise({name: (pos[i][0], pos[i][1]) for name, i in index.items()})


def _normalise(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {name: (round((x - cx) / half, 4), round((y - cy) / half, 4)) for name, (x, y) in points.items()}


def components(nodes: Sequence[str], edges: Sequence[tuple[str, str, float]]) -> list[list[str]]:
    """The connected pieces of the graph, biggest first (ties in node order)."""
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b, _ in edges:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(root(n), []).append(n)
    return sorted(groups.values(), key=lambda g: -len(g))


def network_layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, float]]) -> dict[str, tuple[float, float]]:
    """Positions for ``nodes``: each connected piece laid out alone, pieces packed in rows."""
    pieces = components(nodes, edges)
    if not pieces:
        return {}
    # Rows about 1.8 times wider than the pile is tall: the shape of the chart on the page.
    area = sum((2 * _radius(len(p))) ** 2 for p in pieces)
    width = max(math.sqrt(area * 1.8), 2 * _radius(len(pieces[0])))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for piece in pieces:
        r = _radius(len(piece))
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        inner = force_layout(piece, [e for e in edges if e[0] in piece and e[1] in piece])
        for name, (px, py) in inner.items():
            out[name] = (round(x + r + px * r * 0.8, 4), round(y - r + py * r * 0.8, 4))
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return out


def _radius(size: int) -> float:
    # Grows faster than the square root: big pieces are dense in the middle (hubs) and need room.
    return 0.35 * math.pow(max(size, 1), 0.75) + 0.5
