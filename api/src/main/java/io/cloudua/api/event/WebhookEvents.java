package io.cloudua.api.event;

import java.util.Map;

/**
 * Names the webhook of an event record: the last path segment of the callback URL
 * ({@code {callbackBaseUrl}/callAnswered}) and the label used in logs and metrics. Kept in one
 * table so that the emitter, the test receivers and the metrics never spell a name differently.
 */
public final class WebhookEvents {

    public static final String NEW_REMOTE_CALL = "newRemoteCall";
    public static final String CALL_ANSWERED = "callAnswered";
    public static final String CALL_FAILED = "callFailed";
    public static final String CALL_HUNGUP = "callHungup";
    public static final String CALL_NOTIFY = "callNotify";

    private static final Map<Class<?>, String> NAMES = Map.of(
            NewRemoteCall.class, NEW_REMOTE_CALL,
            CallAnswered.class, CALL_ANSWERED,
            CallFailed.class, CALL_FAILED,
            CallHungup.class, CALL_HUNGUP,
            CallNotify.class, CALL_NOTIFY);

    private WebhookEvents() {
    }

    /**
     * The webhook name of {@code event}.
     *
     * @throws IllegalArgumentException when {@code event} is not one of the five event records
     *     (a programming error, not bad input)
     */
    public static String name(Object event) {
        String name = event == null ? null : NAMES.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("not a webhook event: "
                    + (event == null ? "null" : event.getClass().getName()));
        }
        return name;
    }

    /** The event record class for a webhook name, or null when unknown (for test receivers). */
    public static Class<?> type(String name) {
        for (Map.Entry<Class<?>, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }
}
