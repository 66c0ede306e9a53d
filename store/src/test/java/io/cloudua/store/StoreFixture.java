package io.cloudua.store;

/**
 * A fresh, empty database of one vendor for one test, so contract tests never see each
 * other's rows. {@link #close()} removes whatever {@link #open()} created.
 */
interface StoreFixture extends AutoCloseable {
    /** Opens (and migrates) the fixture's database; may be called again after a close. */
    Database open();

    /** The value {@link Database#vendor()} must report. */
    String vendor();

    @Override
    void close();
}
