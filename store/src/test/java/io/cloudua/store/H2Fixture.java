package io.cloudua.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The embedded default: an H2 file database in a temporary data directory. */
final class H2Fixture implements StoreFixture {
    private final Path dataDir;

    H2Fixture() {
        try {
            dataDir = Files.createTempDirectory("cloudua-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public Database open() {
        return Database.open(null, dataDir, null, null);
    }

    @Override
    public String vendor() {
        return "h2";
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
