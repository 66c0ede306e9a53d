package io.cloudua.gateway;

/**
 * The version of this build, from the jar manifest's Implementation-Version (set by the shade plugin);
 * "development" when running from classes, as in the tests and the IDE.
 */
public final class Version {
    private Version() { }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
