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

    /**
     * Adds a fresh active key to the data dir's ring, keeping the old keys so tokens and replyIds they signed
     * still verify; the file is replaced atomically, so a server re-reading it sees the old or the new ring.
     *
     * @return the new ring
     */
    public static KeyRing rotate(Path dataDir) {
        Path file = path(dataDir);
        KeyRing next = loadOrCreate(dataDir).withNewActiveKey("k" + (System.currentTimeMillis() / 1000) + "-"
                + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x10000)));
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            try {
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: rely on the directory's permissions
                }
                try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                    ApiJson.mapper().writeValue(out, toJson(next));
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot write the signing keys " + file + ": " + e.getMessage());
        }
        return next;
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
