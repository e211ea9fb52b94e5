#!/usr/bin/env python3
"""Writes a seeded random directed multigraph as a pathsum edge list ("from to weight" per line).

Usage: random_edge_list.py VERTICES EDGES SEED > g.txt

Edges join uniformly random vertices v0..v{VERTICES-1} (self-loops and parallel edges possible),
so with EDGES/VERTICES = 5 almost all vertices form one big strongly connected component: a graph
with many cycles. Weights are uniform in [0, 100) with three decimals (non-negative, so tropical
sums are Dijkstra's distances). The same arguments always give the same file.
"""
import random
import sys


def main():
    n, m, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    out = sys.stdout
    lines = []
    for _ in range(m):
        lines.append("v%d v%d %.3f\n" % (rng.randrange(n), rng.randrange(n), rng.random() * 100))
        if len(lines) >= 65536:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


if __name__ == "__main__":
    main()
