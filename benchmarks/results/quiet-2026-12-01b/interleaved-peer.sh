#!/bin/sh
# PeerBenchmark's pathsum and Hipparchus gradients, one fork each, alternating for 4 rounds, so the
# host's drift between minutes falls on both sides of each round's ratio.
J=benchmarks/target/benchmarks.jar
D=benchmarks/results/quiet-2026-12-01b
: > $D/interleaved-peer.txt
for round in 1 2 3 4; do
  for m in pathsumReverse hipparchusGradient; do
    java -jar $J "PeerBenchmark\.$m\$" -p n=100,1000 -f 1 -i 5 -w 1s -r 1s 2>&1 \
      | grep -E "^PeerBenchmark" | sed "s/^/round $round /" >> $D/interleaved-peer.txt
  done
  uptime >> $D/interleaved-peer.txt
done
