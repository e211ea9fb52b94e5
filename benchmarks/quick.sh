#!/usr/bin/env bash
# The quick profile: 2 forks, short iterations, one or two sizes per suite (26 minutes on the
# shared 2-core VM when quiet, 70 with builds running; 1 December). PeerBenchmark keeps a 12 s
# warm-up: Hipparchus' Gradient runs about 50x slower for its first 8-10 s in a fork; and
# JacobianBenchmark 3 s: with 0.6 s its reverse sweeps were measured cold (112 us vs 17.5 at m = 1,
# n = 100, 1 December). Writes JMH CSV, results.md and PNG charts to benchmarks/results/quick/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export JMH_OPTS="-f 2 -wi 2 -i 3 -w 300ms -r 300ms"
export FOOTPRINT_SIZES="100000 1000000"
SUITES=(
  "real   RealSweepBenchmark   -p edges=1000000"
  "boxed  BoxedSweepBenchmark  -p edges=100000"
  "bf     BellmanFordBenchmark -p edges=10000"
  "trop   TropicalBenchmark    -p edges=5000000"
  "grad   GradientBenchmark"
  "jac    JacobianBenchmark -wi 3 -w 1s"
  "peer   PeerBenchmark -wi 12 -w 1s"
)
source "$here/run-profile.sh" quick
