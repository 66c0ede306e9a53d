package io.cloudua.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration shared by every module that speaks cloudua's JSON.
 *
 * <p>Why one mapper: the REST bodies, the webhook events and the error bodies must look the same
 * whichever component writes them. Absent values are omitted rather than written as {@code null}
 * (the specs show optional fields simply missing), unknown properties are ignored so that clients
 * of the original service may send fields we do not know, and empty beans serialise as {@code {}}
 * (the CORS pre-flight answers are empty objects).
 *
 * <p>The mapper is thread-safe once built. Callers must not reconfigure it; derive an
 * {@code ObjectReader}/{@code ObjectWriter} instead when something different is needed.
 */
public final class ApiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private ApiJson() {
    }

    /** The shared, configured mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
