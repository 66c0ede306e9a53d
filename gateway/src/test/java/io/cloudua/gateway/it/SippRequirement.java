package io.cloudua.gateway.it;

import io.cloudua.testkit.Sipp;

/** SIPp is a real peer of these tests: without it they fail (never skip), naming the package to install. */
final class SippRequirement {
    private SippRequirement() { }

    static void check() {
        if (!Sipp.available()) {
            throw new AssertionError("sipp is not installed: apt-get install -y sip-tester (scripts/test.sh does this)");
        }
    }
}
