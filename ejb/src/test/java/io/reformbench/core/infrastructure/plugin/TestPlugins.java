package io.reformbench.core.infrastructure.plugin;

/** Fixture plugins and keys for tests in other packages. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** The trust store that trusts the test signing key. */
    public static TrustStoreLocation trustStore() {
        return TestKeys.trustStore();
    }

    /** A minimal plugin signed with the trusted test key. */
    public static byte[] signed(String id, String version) {
        return FixtureJar.plugin(id, version).signed();
    }
}
