#!/usr/bin/env bash
# The quick profile (about 10 minutes on a shared 2-core VM): 2 forks, short iterations, one or two
# sizes per suite. Writes JMH CSV, results.md and PNG charts to benchmarks/results/quick/.
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
  "peer   PeerBenchmark"
)
source "$here/run-profile.sh" quick
