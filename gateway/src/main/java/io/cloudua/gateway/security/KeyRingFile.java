package io.cloudua.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.ApiJson;
import io.cloudua.api.token.KeyRing;
import io.cloudua.api.token.SigningKey;
import io.cloudua.gateway.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The JWT signing keys of a data dir (keys/jwt-keys.json, owner-only). The server and the `token` command
 * read the same file, so a token minted on the command line verifies on the running server.
 */
public final class KeyRingFile {
    private KeyRingFile() { }

    public static Path path(Path dataDir) {
        return dataDir.resolve("keys").resolve("jwt-keys.json");
    }

    /** Reads the key ring, creating one with a fresh key on first use. */
    public static KeyRing loadOrCreate(Path dataDir) {
        Path file = path(dataDir);
        try {
            if (!Files.exists(file)) {
                KeyRing fresh = KeyRing.generate("k1");
                DataDirFiles.writePrivate(file, out -> ApiJson.mapper().writeValue(out, toJson(fresh)));
            }
            return fromJson(ApiJson.mapper().readTree(file.toFile()), file);
        } catch (IOException e) {
            throw new ConfigException("cannot read or create the signing keys " + file + ": " + e.getMessage());
        }
    }

    private static ObjectNode toJson(KeyRing ring) {
        ObjectNode root = ApiJson.mapper().createObjectNode();
        root.put("active", ring.active().kid());
        ArrayNode keys = root.putArray("keys");
        for (SigningKey key : ring.keys()) {
            keys.addObject().put("kid", key.kid()).put("secret", Base64.getEncoder().encodeToString(key.secret()));
        }
        return root;
    }

    private static KeyRing fromJson(JsonNode root, Path file) {
        List<SigningKey> keys = new ArrayList<>();
        for (JsonNode k : root.path("keys")) {
            keys.add(new SigningKey(k.path("kid").asText(), Base64.getDecoder().decode(k.path("secret").asText())));
        }
        try {
            return new KeyRing(keys, root.path("active").asText());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + " is not a valid key ring: " + e.getMessage());
        }
    }
}
