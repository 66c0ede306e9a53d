package io.cloudua.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final RouteHandler h = RouteHandler.sync(r -> HttpReply.empty(200));
    private final Router router = new Router()
            .add("POST", "/v1/psip", h)
            .add("GET", "/v1/psip/{domain}", h)
            .add("POST", "/mediaservice/{domain}/hangupcalljwt", h);

    @Test
    void matchesWithAndWithoutTrailingSlash() {
        assertThat(router.match("POST", "/v1/psip/")).isInstanceOf(Router.Match.Found.class);
        assertThat(router.match("POST", "/v1/psip")).isInstanceOf(Router.Match.Found.class);
    }

    @Test
    void extractsPathParameters() {
        Router.Match m = router.match("POST", "/mediaservice/mydomain/hangupcalljwt");
        assertThat(((Router.Match.Found) m).params()).containsEntry("domain", "mydomain");
    }

    @Test
    void wrongMethodListsTheAllowedOnes() {
        Router.Match m = router.match("DELETE", "/v1/psip/x");
        assertThat(m).isInstanceOf(Router.Match.MethodNotAllowed.class);
        assertThat(((Router.Match.MethodNotAllowed) m).allowed()).containsExactly("GET");
    }

    @Test
    void unknownPathsAndEmptySegmentsAreNotFound() {
        assertThat(router.match("GET", "/nothing")).isInstanceOf(Router.Match.NotFound.class);
        assertThat(router.match("POST", "/mediaservice//hangupcalljwt")).isInstanceOf(Router.Match.NotFound.class);
        assertThat(router.match("GET", "/v1/psip/a/b")).isInstanceOf(Router.Match.NotFound.class);
    }

    @Test
    void splitsEmptySegmentsAndSlashesAsBefore() {
        assertThat(Router.split("")).isEmpty();
        assertThat(Router.split("/")).isEmpty();
        assertThat(Router.split("///")).isEmpty();
        assertThat(Router.split("//a")).containsExactly("", "a");
        assertThat(Router.split("/a//b/")).containsExactly("a", "", "b");
        assertThat(Router.split("a/b//")).containsExactly("a", "b");
    }

    @Test
    void splitAgreesWithTheStringSplitItReplaced() {
        List<String> paths = new ArrayList<>(List.of("", "/", "//", "///", "a", "/a", "a/", "/a/", "//a", "a//", "//a//",
                "/a/b", "/a/b/", "/a//b/", "/a///b", "a/b", "/a/b//", "//a/b", "/v1/psip/", "/v1/psip",
                "/mediaservice/x/hangupcalljwt", "/mediaservice//hangupcalljwt", "/ /", " ", "/a/ /b/"));
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder path = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                path.append("/ab".charAt(random.nextInt(3)));
            }
            paths.add(path.toString());
        }
        for (String path : paths) {
            assertThat(Router.split(path)).as("split(\"%s\")", path).containsExactly(legacySplit(path));
        }
    }

    /** Router's split before it was written by hand, kept as the reference. */
    private static String[] legacySplit(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return new String[0];
        }
        return (trimmed.startsWith("/") ? trimmed.substring(1) : trimmed).split("/", -1);
    }
}
