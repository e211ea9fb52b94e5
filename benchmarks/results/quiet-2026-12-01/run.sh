#!/usr/bin/env bash
# Quiet-machine measurements of the final main, 1 December. Logs into /tmp/quiet2/out.
set -u
cd /work/main
out=/tmp/quiet2/out; mkdir -p $out
log() { echo "[$(date +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)] $*" | tee -a $out/timeline.txt; }
log "start"
log "jmh gradient+peer"
java -jar benchmarks/target/benchmarks.jar 'GradientBenchmark\.(handEvaluation|evaluateGraph|pathsumGradient|reverseSweep)$' 'PeerBenchmark\.(hipparchusGradient|pathsumReverse)$' -p n=100,1000 -f 2 -wi 5 -i 10 -w 1s -r 1s -prof gc -rf csv -rff $out/jmh-gradient.csv > $out/jmh-gradient.log 2>&1
log "file to answer"
for r in 1 2 3; do
  log "round $r real pathsum"; /usr/bin/time -v ./pathsum paths --graph /tmp/quiet/real1m/edges.txt --semiring real --source 0 > $out/real.out 2> $out/real-$r.time
  log "round $r real scipy (prints x[0])"; /usr/bin/time -v python3 /tmp/quiet/scipy_once.py /tmp/quiet/real1m/edges.txt > $out/scipy.out 2> $out/scipy-$r.time
  if [ -f benchmarks/peers/scipy_file_to_answer.py ]; then
    log "round $r real scipy (prints all)"; /usr/bin/time -v python3 benchmarks/peers/scipy_file_to_answer.py /tmp/quiet/real1m/edges.txt 0 > $out/scipy-all.out 2> $out/scipy-all-$r.time
  fi
  log "round $r trop pathsum"; /usr/bin/time -v ./pathsum paths --graph /tmp/quiet/g1m.txt --semiring tropical --source v0 > $out/trop.out 2> $out/trop-$r.time
done
log "round nx"; /usr/bin/time -v python3 benchmarks/scripts/networkx_sssp.py /tmp/quiet/g1m.txt v0 > $out/nx.out 2> $out/nx-1.time
log "done"
