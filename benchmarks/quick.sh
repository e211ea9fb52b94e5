#!/usr/bin/env bash
# The quick profile: 2 forks, short iterations, one or two sizes per suite (about 70 minutes on
# the shared 2-core VM on 1 December, most of it in setups and forks). PeerBenchmark keeps a 12 s
# warm-up: Hipparchus' Gradient runs about 50x slower for its first 8-10 s in a fork. Writes JMH CSV, results.md and PNG charts to benchmarks/results/quick/.
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
  "jac    JacobianBenchmark"
  "peer   PeerBenchmark -wi 12 -w 1s"
)
source "$here/run-profile.sh" quick
