#!/usr/bin/env python3
"""The networkx baseline for `pathsum paths --semiring tropical --source S`: reads the same edge
list and runs Dijkstra from S, printing the number of reached vertices and the wall time of the
whole script body (read + solve) on stderr.

Usage: networkx_sssp.py FILE SOURCE

read_weighted_edgelist with create_using=nx.MultiDiGraph keeps parallel edges (as pathsum does);
Dijkstra on a multigraph takes the lightest of parallel edges, which is the tropical sum.
"""
import sys
import time

import networkx as nx


def main():
    t0 = time.perf_counter()
    g = nx.read_weighted_edgelist(sys.argv[1], create_using=nx.MultiDiGraph, nodetype=str)
    t1 = time.perf_counter()
    d = nx.single_source_dijkstra_path_length(g, sys.argv[2])
    t2 = time.perf_counter()
    print(len(d), "vertices reached; checksum", round(sum(d.values()), 3))
    print("read %.2f s, dijkstra %.2f s, total %.2f s" % (t1 - t0, t2 - t1, t2 - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
