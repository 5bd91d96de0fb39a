#!/usr/bin/env bash
# Regenerates the development key that signs the built-in plugins, and the core's default trust store that trusts
# it. Development only: production workbenches set reformbench.plugins.truststore to a store of their own keys.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
password=reformbench-dev
alias=reformbench-dev
keystore="$here/dev-signing.p12"
certificate="$here/dev-signing.cer"
truststore="$root/ejb/src/main/resources/META-INF/reformbench/plugin-truststore.p12"

rm -f "$keystore" "$certificate" "$truststore"
keytool -genkeypair -alias "$alias" -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA \
  -dname "CN=ReformBench development plugins, OU=Development, O=ReformBench" -validity 3650 \
  -keystore "$keystore" -storetype PKCS12 -storepass "$password" -keypass "$password"
keytool -exportcert -rfc -alias "$alias" -keystore "$keystore" -storepass "$password" -file "$certificate"
mkdir -p "$(dirname "$truststore")"
keytool -importcert -noprompt -alias "$alias" -file "$certificate" \
  -keystore "$truststore" -storetype PKCS12 -storepass "$password"
echo "Signing key: $keystore"
echo "Trust store: $truststore"
