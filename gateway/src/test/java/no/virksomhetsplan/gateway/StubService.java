package no.virksomhetsplan.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A downstream service in miniature: records every request it gets and answers
 * {@code /api/plans/status/<code>} with that status, {@code /api/plans/slow} after 1.5 s, {@code /api/plans/large} with
 * {@link #LARGE_BODY_BYTES} bytes of JSON, {@code /api/plans/chunked} with {@link #BODY} in chunked encoding,
 * {@code /api/plans/events} with {@link #BODY} as a chunked {@code text/event-stream}, anything else 200 with {@link #BODY}.
 */
final class StubService {

    static final String BODY = "{\"service\":\"plans\"}";
    static final int LARGE_BODY_BYTES = 100_000;

    record Call(String method, String path, Map<String, List<String>> headers) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stub-service");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    static StubService start() {
        return new StubService();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    void forgetCalls() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        calls.add(new Call(exchange.getRequestMethod(), path, headers));
        exchange.getRequestBody().readAllBytes();

        int status = 200;
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String contentType = "application/json";
        long length = body.length;
        if (path.startsWith("/api/plans/status/")) {
            status = Integer.parseInt(path.substring("/api/plans/status/".length()));
        } else if (path.equals("/api/plans/slow")) {
            sleep(1500);
        } else if (path.equals("/api/plans/large")) {
            body = largeBody();
            length = body.length;
        } else if (path.equals("/api/plans/chunked")) {
            length = 0;
        } else if (path.equals("/api/plans/events")) {
            contentType = "text/event-stream";
            length = 0;
        }
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** {@code ["x…x"]} of {@link #LARGE_BODY_BYTES} bytes. */
    static byte[] largeBody() {
        return ("[\"" + "x".repeat(LARGE_BODY_BYTES - 4) + "\"]").getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
