#!/usr/bin/env bash
# Builds the whole project and starts the whole system on this machine: Kafka, the MongoDB wire server,
# Keycloak, the four services and the gateway. Ctrl-C stops everything. Needs only a JDK 17+.
# Options are passed to the runner (see deploy/local-runner/README.md), e.g. --data-dir DIR.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

./mvnw -q -B -DskipTests install

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -jar deploy/local-runner/target/local-runner.jar "$@"
