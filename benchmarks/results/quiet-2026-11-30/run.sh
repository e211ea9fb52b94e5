#!/usr/bin/env bash
# Quiet-machine measurements of the final main. Logs into /tmp/quiet/out.
set -u
cd /work/main
out=/tmp/quiet/out; mkdir -p $out
log() { echo "[$(date +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)] $*" | tee -a $out/timeline.txt; }
log "start"
java -Xmx3g -cp benchmarks/target/benchmarks.jar org.pathsum.benchmarks.paths.CyclicRealExportMain 1000000 /tmp/quiet/real1m > $out/export.txt 2>&1
# 1. JMH: the issue-9 ratios
log "jmh gradient+peer"
java -jar benchmarks/target/benchmarks.jar 'GradientBenchmark\.(handEvaluation|evaluateGraph|pathsumGradient|reverseSweep)$' 'PeerBenchmark\.(hipparchusGradient|pathsumReverse)$' -p n=100,1000 -f 2 -wi 5 -i 10 -w 1s -r 1s -prof gc -rf json -rff $out/jmh-gradient.json > $out/jmh-gradient.log 2>&1
log "jmh cyclic"
java -jar benchmarks/target/benchmarks.jar 'CyclicSolverBenchmark\.(pathsumRealSeries|pathsumRealSeriesEdges|realOneSweep|pathsumDijkstra|jgraphtDijkstra)$' -p edges=1000000 -f 2 -rf json -rff $out/jmh-cyclic.json > $out/jmh-cyclic.log 2>&1
# 2. file to answer
log "file to answer"
J=pathsum-cli/target/pathsum.jar
for r in 1 2 3; do
  log "round $r trop pathsum"; /usr/bin/time -v java -XX:+UseSerialGC -jar $J paths --graph /tmp/quiet/g1m.txt --semiring tropical --source v0 > $out/trop.out 2> $out/trop-$r.time
  log "round $r trop networkx"; /usr/bin/time -v python3 benchmarks/scripts/networkx_sssp.py /tmp/quiet/g1m.txt v0 > $out/nx.out 2> $out/nx-$r.time
  log "round $r real pathsum"; /usr/bin/time -v java -XX:+UseSerialGC -jar $J paths --graph /tmp/quiet/real1m/edges.txt --semiring real --source 0 > $out/real.out 2> $out/real-$r.time
  log "round $r real scipy"; /usr/bin/time -v python3 /tmp/quiet/scipy_once.py /tmp/quiet/real1m/edges.txt > $out/scipy.out 2> $out/scipy-$r.time
done
log "scipy script"
python3 benchmarks/peers/scipy_jacobi.py /tmp/quiet/real1m > $out/scipy-script.txt 2>&1
log "interprocedural asm"
java -jar benchmarks/target/benchmarks.jar InterproceduralJarBenchmark -p jar=asm -f 2 -rf csv -rff $out/interproc-asm.csv > $out/interproc-asm.log 2>&1
log "spark"
opens=$(sed -n '/^opens=(/,/^)/p' pathsum-spark | grep -- '--add-opens\|-Djdk' | tr -d ' ' | tr '\n' ' ')
for spec in "10000000 10" "10000000 20" "1000000 20" "3000000 10" "1000000 10" "100000 10"; do
  log "spark $spec"
  java -Xmx8g $opens -Dlog4j2.configurationFile=spark-solver/src/main/script/log4j2.properties -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Djava.io.tmpdir=/tmp/spark10m -cp spark-solver/target/spark-solver-0.1.0-SNAPSHOT.jar:$(cat spark-solver/target/classpath.txt) org.pathsum.spark.SparkScaleMain $spec 2>&1 | grep -v "^WARN\|^\s*at " >> $out/spark.log
done
log "done"
