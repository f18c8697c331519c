#!/usr/bin/env bash
# The run command behind `./koers run`: builds what is needed, fetches and unpacks Keycloak once, then
# starts nl.koers.deploy.local.LocalPlatform (PostgreSQL, Kafka, Keycloak, the services, demo data).
# Expects JAVA_HOME to point at a JDK >= 21 (./koers finds one). State lives in .koers/ at the root.
#   KOERS_SKIP_BUILD=1   do not run the Maven build first (use what is in */target already)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "koers: JAVA_HOME must point at a JDK >= 21 (./koers run sets it for you)." >&2
  exit 1
fi
KOERS_HOME="$ROOT/.koers"
mkdir -p "$KOERS_HOME/logs"

# Maven 3.9 on JDK >= 24 warns about sun.misc.Unsafe on every run; the flag exists only from JDK 23 on.
java_major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)
if [ "${java_major%%.*}" -ge 24 ] 2>/dev/null && [ -z "${MAVEN_OPTS:-}" ]; then
  export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
fi
mvn_() { ./mvnw -B -q --no-transfer-progress "$@"; }

if [ "${KOERS_SKIP_BUILD:-0}" != 1 ]; then
  echo "koers: building (mvnw install -DskipTests; KOERS_SKIP_BUILD=1 skips this) ..."
  start=$SECONDS
  if ! mvn_ install -DskipTests; then
    echo "koers: the build failed (see above). To start with the jars already in */target: KOERS_SKIP_BUILD=1 ./koers run" >&2
    exit 1
  fi
  echo "koers: built in $((SECONDS - start)) s"
fi

CLASSPATH_FILE="$ROOT/deploy/target/classpath.txt"
PROPERTIES_FILE="$ROOT/deploy/target/classes/koers-deploy.properties"
if [ ! -f "$CLASSPATH_FILE" ] || [ ! -f "$PROPERTIES_FILE" ]; then
  echo "koers: deploy/target is not built; run without KOERS_SKIP_BUILD=1." >&2
  exit 1
fi
KEYCLOAK_VERSION=$(sed -n 's/^keycloak.version=//p' "$PROPERTIES_FILE")

unpack() { # unpack ZIP into DIR with whatever this machine has: unzip, python3, or the JDK's jar
  local zip=$1 dir=$2
  mkdir -p "$dir"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$dir"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$zip" "$dir"
  else
    (cd "$dir" && "$JAVA_HOME/bin/jar" xf "$zip")
  fi
}

KEYCLOAK_DIR="$KOERS_HOME/keycloak-$KEYCLOAK_VERSION"
if [ ! -f "$KEYCLOAK_DIR/bin/kc.sh" ]; then
  zip="$KOERS_HOME/dist/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "koers: fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 180 MB, once) ..."
    # -N: only the root project, so the reactor does not copy it once per module.
    mvn_ -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$KOERS_HOME/dist"
  fi
  echo "koers: unpacking Keycloak into ${KEYCLOAK_DIR#"$ROOT"/} ..."
  tmp="$KOERS_HOME/unpack.$$"
  rm -rf "$tmp"
  unpack "$zip" "$tmp"
  # python's zipfile and jar do not keep the executable bits.
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION/bin/"*.sh
  if [ -d "$KEYCLOAK_DIR" ]; then # e.g. only data/ survived: merge, keep the data
    cp -a "$tmp/keycloak-$KEYCLOAK_VERSION/." "$KEYCLOAK_DIR/"
  else
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIR"
  fi
  rm -rf "$tmp"
fi

# exec: Ctrl-C and SIGTERM go straight to the launcher, whose shutdown hook stops everything in order.
exec "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx256m -Dkoers.root="$ROOT" \
  -cp "$ROOT/deploy/target/classes:$(cat "$CLASSPATH_FILE")" \
  nl.koers.deploy.local.LocalPlatform "$@"
