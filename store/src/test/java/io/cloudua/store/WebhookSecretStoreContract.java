package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The webhook secret store on every vendor: put replaces, find reads back, delete forgets. */
abstract class WebhookSecretStoreContract extends StoreContractBase {

    @Test
    void putFindReplaceDelete() {
        assertThat(stores.webhookSecrets().find("mydomain")).isEmpty();
        stores.webhookSecrets().put("mydomain", "sealed-1");
        assertThat(stores.webhookSecrets().find("mydomain")).contains("sealed-1");
        stores.webhookSecrets().put("mydomain", "sealed-2");
        assertThat(stores.webhookSecrets().find("mydomain")).contains("sealed-2");
        stores.webhookSecrets().delete("mydomain");
        assertThat(stores.webhookSecrets().find("mydomain")).isEmpty();
        stores.webhookSecrets().delete("mydomain");
    }
}
