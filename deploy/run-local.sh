#!/usr/bin/env bash
# Builds the whole project and starts the whole system on this machine: Kafka, the MongoDB wire server,
# Keycloak, the four services and the gateway. Ctrl-C stops everything. Needs only a JDK 17+.
# Options are passed to the runner (see deploy/local-runner/README.md), e.g. --data-dir DIR.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# forceCreation: a service whose own classes did not change would otherwise keep a boot jar holding the
# previous build of a changed dependency (the platform, a contract).
./mvnw -q -B -DskipTests -Dmaven.jar.forceCreation=true install

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -jar deploy/local-runner/target/local-runner.jar "$@"
