package io.cloudua.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookEventsTest {

    @Test
    void namesEveryEvent() {
        assertThat(WebhookEvents.name(new NewRemoteCall(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null))).isEqualTo("newRemoteCall");
        assertThat(WebhookEvents.name(new CallAnswered(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null))).isEqualTo("callAnswered");
        assertThat(WebhookEvents.name(new CallFailed(null, null, null, null, null, null, null, null, null, null,
                null))).isEqualTo("callFailed");
        assertThat(WebhookEvents.name(new CallHungup(null, null, null, null, null, null, null, null, null)))
                .isEqualTo("callHungup");
        assertThat(WebhookEvents.name(new CallNotify(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null))).isEqualTo("callNotify");
    }

    @Test
    void typeIsTheInverse() {
        assertThat(WebhookEvents.type("callHungup")).isEqualTo(CallHungup.class);
        assertThat(WebhookEvents.type("nope")).isNull();
    }

    @Test
    void otherObjectsAreMisuse() {
        assertThatThrownBy(() -> WebhookEvents.name("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookEvents.name(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
