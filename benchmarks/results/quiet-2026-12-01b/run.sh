#!/bin/sh
# The measurements of 1 December after TapeCompiler (benchmarks/RESULTS.md, first section).
# Run from the repository root on a quiet machine, after ./mvnw -pl benchmarks -am package.
set -e
J=benchmarks/target/benchmarks.jar
D=benchmarks/results/quiet-2026-12-01b
{ date -u; uptime; } > $D/timeline.txt
java -jar $J 'PeerBenchmark\.(pathsumReverse|interpretedReverse|hipparchusGradient)$' \
  -p n=10,100,200,1000 -f 3 -i 5 -w 1s -r 1s -rf csv -rff $D/jmh-peer.csv > $D/jmh-peer.log 2>&1
{ date -u; uptime; } >> $D/timeline.txt
java -jar $J 'GradientBenchmark\.(handEvaluation|evaluateGraph|pathsumGradient)$' \
  -f 4 -wi 5 -i 10 -w 1s -r 1s -prof gc -rf csv -rff $D/jmh-gradient-f4.csv > $D/jmh-gradient-f4.log 2>&1
{ date -u; uptime; } >> $D/timeline.txt
mkdir -p /tmp/cliff-probe
javac -d /tmp/cliff-probe -cp $J $D/CompiledCliffProbe.java
for n in 100 200 240 400 1000; do
  java -cp /tmp/cliff-probe:$J org.pathsum.ad.CompiledCliffProbe $n 60
done > $D/probe-cliff.txt
{ date -u; uptime; } >> $D/timeline.txt
