package io.cloudua.gateway.cli;

import io.cloudua.api.domain.DomainRequests;
import io.cloudua.api.token.JwtCodec;
import io.cloudua.gateway.security.KeyRingFile;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `cloudua token`: prints a bearer JWT for one domain's call-control API, signed with the data dir's key, so
 * it verifies on the server that uses that data dir.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a bearer token for /mediaservice/{domain}/... of one domain.")
public final class TokenCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:CLOUDUA_DATA_DIR:-./data}", description = "The server's data directory.")
    java.nio.file.Path dataDir;

    @Option(names = "--domain", required = true, description = "The domain the token is for.")
    String domain;

    @Option(names = "--ttl-seconds", defaultValue = "3600", description = "Lifetime in seconds (default: ${DEFAULT-VALUE}).")
    long ttlSeconds;

    @Override
    public Integer call() {
        if (!DomainRequests.isName(domain)) {
            System.err.println("--domain: not a valid domain name: " + domain);
            return 2;
        }
        if (ttlSeconds < 1 || ttlSeconds > 366L * 24 * 3600) {
            System.err.println("--ttl-seconds must be between 1 and 31622400");
            return 2;
        }
        JwtCodec codec = new JwtCodec(KeyRingFile.loadOrCreate(dataDir), Clock.systemUTC());
        System.out.println(codec.mintApiToken(domain, Duration.ofSeconds(ttlSeconds)));
        return 0;
    }
}
