#!/usr/bin/env bash
# Builds the two releases of the sample plugin as a module team would: the plugin API into the local Maven
# repository first (a plugin built outside the workbench's reactor needs it there), then both signed bundles.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mvn -B -q -f "$root/pom.xml" -pl plugins/api,plugins -am install -DskipTests
mvn -B -q -f "$root/plugins/samples/pom.xml" package
ls -l "$root"/plugins/samples/knowledge-sharing/v*/target/knowledge-sharing-*.jar
