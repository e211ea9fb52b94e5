#!/bin/sh
# PeerBenchmark's pathsum and Hipparchus gradients at n = 100 and 1000, one fork each, alternating
# for 4 rounds, so that the host's drift between minutes falls on both sides of each round's ratio.
# Writes OUT_FILE (one line per benchmark per round, then the load after the round). Run from the
# repository root after ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests.
#
# Usage: benchmarks/scripts/interleaved_peer.sh OUT_FILE
set -eu
out="$1"
J=benchmarks/target/benchmarks.jar
: > "$out"
for round in 1 2 3 4; do
  for m in pathsumReverse hipparchusGradient; do
    java -jar $J "PeerBenchmark\.$m\$" -p n=100,1000 -f 1 -i 5 -w 1s -r 1s 2>&1 \
      | grep -E "^PeerBenchmark" | sed "s/^/round $round /" >> "$out"
  done
  uptime >> "$out"
done
