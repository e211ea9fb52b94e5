#!/usr/bin/env bash
# The quick profile: 2 forks, short iterations, one or two sizes per suite (about half an hour on
# 2 quiet cores). PeerBenchmark keeps a 12 s warm-up, because Hipparchus' Gradient runs far slower
# for its first seconds in a fork than in its steady state; JacobianBenchmark 3 s, because shorter
# warm-ups measure its reverse sweeps before they are compiled. Writes JMH CSV, results.md and PNG
# charts to benchmarks/results/quick/ (OUT=dir to choose). For a pass/fail verdict on the
# headline figures use check.sh instead.
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
