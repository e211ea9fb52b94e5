#!/usr/bin/env bash
# The full profile (about an hour on 2 cores): the benchmark classes' own settings (2 forks, 3 × 1 s
# warm-up, 5 × 1 s measurement; 2 s iterations for the tropical suite) and every size. Writes JMH
# CSV, results.md and PNG charts to benchmarks/results/full/ (OUT=dir to choose).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export JMH_OPTS=""
export FOOTPRINT_SIZES="100000 1000000"
SUITES=(
  "paths  (RealSweep|BoxedSweep|BellmanFord|Tropical|CyclicSolver)Benchmark"
  "ad     (Gradient|Jacobian|Peer)Benchmark"
)
source "$here/run-profile.sh" full
