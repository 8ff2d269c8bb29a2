#!/usr/bin/env bash
# Starts the whole system on ports shifted by 400 and prints the registry's sync and search figures through the
# service and the gateway next to the raw MongoDB driver doing the same work (see deploy/benchmark/README.md).
#   deploy/benchmark.sh            full run: sync 10 000 members, search at 10 000 and 100 000 profiles
#   deploy/benchmark.sh --small    quick check: sync 1 000 members, search at 1 000 and 5 000 profiles
#   deploy/benchmark.sh --search   searches at 10 000 and 100 000 profiles, one at a time, after a sync of 1 000
#   deploy/benchmark.sh --sync     the full run's sync of 10 000 members alone
# The table is also written to deploy/benchmark/target/benchmark-results.md. Needs only a JDK 17+.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# forceCreation: as in run-local.sh, so every service jar holds the current platform and contracts.
./mvnw -q -B -DskipTests -Dmaven.jar.forceCreation=true install

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dproject.root="$PWD" \
    -cp "deploy/benchmark/target/classes:$(cat deploy/benchmark/target/classpath.txt)" \
    fi.kokemus.deploy.benchmark.Benchmark "$@"
