package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI file documents exactly the API routes the server registers, each as a GET. */
class OpenApiCoverageTest {

    @Test
    void everyApiRouteIsDocumentedAndNothingElse() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(new StaticAssets().openApi());
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> registered = new TreeSet<>();
        try (DossierServer server = DossierServer.builder(TestStore.dir()).port(0).build()) {
            server.routePaths().stream().filter(Route::isApi).forEach(registered::add);
        }
        assertEquals(registered, documented);
        for (String path : documented) {
            JsonNode operations = spec.get("paths").get(path);
            assertTrue(operations.has("get"), path + " documents GET");
            assertEquals(1, operations.size(), path + " documents only GET (HEAD is implied)");
            assertTrue(operations.get("get").get("responses").has("200"), path);
        }
    }

    @Test
    void everySchemaReferenceResolves() throws Exception {
        String text = new StaticAssets().openApi();
        JsonNode schemas = new ObjectMapper().readTree(text).get("components").get("schemas");
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (refs.find()) {
            assertTrue(schemas.has(refs.group(1)), "schema " + refs.group(1) + " is defined");
        }
    }
}
