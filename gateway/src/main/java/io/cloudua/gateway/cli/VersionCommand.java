package io.cloudua.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `cloudua version`: prints the version of this build. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version and exit.")
public final class VersionCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("cloudua " + version());
    }

    static String version() {
        return io.cloudua.gateway.Version.current();
    }

    /** Lets `cloudua --version` print the same. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cloudua " + version()};
        }
    }
}
