#!/usr/bin/env bash
# cloudua load benchmark, one command: builds what is missing or stale, then runs the harness
# (io.cloudua.loadtest.LoadRunner): the machine's SIPp ceiling, then a fresh gateway (temp data dir) with the
# device simulator and SIPp: inbound and outbound calls at rising rates, concurrent held calls. Writes
# result.json and report.html under loadtest/target/results/<time>/ (or --out DIR). 127.0.0.1 only; every
# step bounded; stops by itself. `loadtest/run.sh --help` lists the options; docs/performance.md explains.
set -euo pipefail
cd "$(dirname "$0")/.."

runner_jar=loadtest/target/cloudua-loadtest.jar
for a in "$@"; do
  if [ "$a" = --help ] || [ "$a" = -h ]; then
    [ -f "$runner_jar" ] && exec java -jar "$runner_jar" --help
    echo "build first (mvn -B -q -Dmaven.test.skip=true install -pl loadtest -am), then: loadtest/run.sh --help"; exit 0
  fi
done

if ! command -v sipp >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing sip-tester (SIPp)"
    (apt-get install -y -qq sip-tester >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq sip-tester >/dev/null)
  else
    echo "SIPp is missing: install the Debian package sip-tester" >&2
    exit 1
  fi
fi

gateway_jar=gateway/target/cloudua.jar
stale() {  # jar: missing, or older than a source file or pom it is built from
  [ ! -f "$1" ] && return 0
  [ -n "$(find api sip-stack rtp store gateway loadtest pom.xml -path '*/target' -prune -o \
      \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$1" -print -quit 2>/dev/null)" ]
}
if stale "$gateway_jar" || stale "$runner_jar"; then
  echo "building the gateway and the load harness"
  build="mvn -B -q -Dmaven.test.skip=true install -pl loadtest -am"
  if ! ($build -o >/tmp/cloudua-loadtest-build.log 2>&1 || $build >>/tmp/cloudua-loadtest-build.log 2>&1); then
    if [ -f "$gateway_jar" ] && [ -f "$runner_jar" ]; then
      echo "build failed (see /tmp/cloudua-loadtest-build.log); measuring the jars already built" >&2
    else
      tail -30 /tmp/cloudua-loadtest-build.log >&2
      exit 1
    fi
  fi
fi

exec java -XX:+UseParallelGC -Xmx1g -jar "$runner_jar" --jar "$gateway_jar" --command "loadtest/run.sh $*" "$@"
