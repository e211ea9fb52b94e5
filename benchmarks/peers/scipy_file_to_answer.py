#!/usr/bin/env python3
"""The end-to-end peer of `pathsum paths --graph FILE --semiring real --source S`: Python + scipy.

Does what pathsum does from the file to the answer, in one process, timed from outside
(`/usr/bin/time`):
  1. reads FILE (``from to weight`` per line, vertex names that are integers 0..n-1, as written by
     CyclicRealExportMain) with numpy's loadtxt;
  2. builds the CSR of A^T with scipy.sparse and solves x = b + A^T x (b = e_S) by Jacobi
     iteration until every entry's change is at most 1e-12 of the entry (pathsum's componentwise
     tolerance);
  3. with --print all (the default) writes, like pathsum's text table, a header line and one line
     per vertex whose value is not 0: the vertex name and the value in the shortest form that reads
     back as the same double (Python's repr), in vertex-id order; with --print first it prints only
     ``len(x) x[S]`` (what scipy_once.py printed, so that the two costs can be told apart).

It does less than pathsum in two respects, both in its favour: the names must be the integers
0..n-1 (pathsum interns arbitrary names), and there is no convergence certificate (pathsum proves
rho(|A|) < 1 before iterating; Jacobi simply iterates). The text differs in column alignment and
in the float format (repr, not Java's Double.toString), not in the amount of output.

Usage: scipy_file_to_answer.py FILE [SOURCE] [--print all|first]
"""
import sys

import numpy as np
import scipy.sparse as sp


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    mode = "all"
    if "--print" in sys.argv:
        mode = sys.argv[sys.argv.index("--print") + 1]
        args = [a for a in args if a != mode]
    path = args[0]
    source = int(args[1]) if len(args) > 1 else 0
    d = np.loadtxt(path)
    f = d[:, 0].astype(np.int64)
    t = d[:, 1].astype(np.int64)
    w = d[:, 2]
    n = int(max(f.max(), t.max())) + 1
    m = sp.csr_matrix((w, (t, f)), shape=(n, n))
    b = np.zeros(n)
    b[source] = 1.0
    x = b.copy()
    while True:
        y = b + m @ x
        dd = np.abs(y - x)
        x = y
        if np.all(dd <= 1e-12 * np.abs(x)):
            break
    if mode == "first":
        print(len(x), x[source])
        return
    out = sys.stdout
    out.write(f"real path sums from {source} (vertices with sum 0 omitted):\n")
    nz = np.flatnonzero(x)
    # one line per listed vertex, values as repr (shortest round-trip), written in one go
    out.write("".join(f"  {v}  {r}\n" for v, r in zip(nz.tolist(), map(repr, x[nz].tolist()))))


if __name__ == "__main__":
    main()
