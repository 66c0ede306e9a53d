#!/usr/bin/env bash
# Builds cloudua and starts a gateway on the embedded H2 store under ./data.
# Extra arguments go to `cloudua serve` (see `java -jar gateway/target/cloudua.jar serve --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mvn >/dev/null || { echo "Maven is required (apt-get install -y maven)" >&2; exit 1; }
command -v java >/dev/null || { echo "Java 17 is required (apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }
mvn -B -q -DskipTests package
# G1 aiming at 20 ms pauses keeps SIP set-up latency low under load (docs/performance.md); JAVA_OPTS overrides.
exec java ${JAVA_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20} -jar gateway/target/cloudua.jar serve "$@"
