package io.cloudua.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

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
}
