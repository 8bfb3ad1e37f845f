package org.threadlens.plugin.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.StanfordCoreNLPServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ThreadLens's annotators in {@link StanfordCoreNLPServer}: a comment posted over HTTP, the annotators and the
 * outputter named in the request's properties, as a client of a stock server would. The server's own request
 * handler runs on an HTTP server bound to the loopback address on a port the system picks (the server's
 * {@code run()} would listen on every interface), and is stopped after the tests.
 */
class CoreNlpServerIT {
    /** The stock server, lending its request handler (a protected inner class) to a loopback HTTP server. */
    private static final class LoopbackServer extends StanfordCoreNLPServer {
        LoopbackServer(Properties props) throws java.io.IOException {
            super(props);
        }

        com.sun.net.httpserver.HttpHandler handler(Properties defaults) {
            return new CoreNLPHandler(defaults, props -> true, done -> { }, null, "/");
        }
    }

    private static HttpServer http;
    private static ExecutorService pool;
    private static URI endpoint;

    @BeforeAll
    static void start() throws Exception {
        Properties serverProps = new Properties();
        serverProps.setProperty("quiet", "true");
        LoopbackServer server = new LoopbackServer(serverProps);
        Properties defaults = new Properties();
        defaults.setProperty("inputFormat", "text");
        defaults.setProperty("outputFormat", "json");
        defaults.setProperty("prettyPrint", "false");
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", server.handler(defaults));
        pool = Executors.newFixedThreadPool(2);
        http.setExecutor(pool);
        http.start();
        endpoint = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + http.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Posts {@code text} with the shipped properties, changed by {@code overrides}, and returns the parsed answer. */
    private static JsonNode post(String text, Map<String, String> overrides) throws Exception {
        Map<String, String> props = new TreeMap<>();
        StockCoreNlpIT.shippedProperties().forEach((k, v) -> props.put((String) k, (String) v));
        props.putAll(overrides);
        String query = "properties=" + URLEncoder.encode(new ObjectMapper().writeValueAsString(props), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("?" + query)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void aPostedCommentComesBackWithOurAnnotations() throws Exception {
        JsonNode json = post(StockCoreNlpIT.COMMENT,
                Map.of("annotators", "threadlens_tokenize,threadlens_vader,threadlens_reddit,threadlens_sentiment"));
        assertEquals("combined", json.at("/threadlens/sentiment/method").asText());
        assertEquals("positive", json.at("/threadlens/sentiment/label").asText());
        assertTrue(json.at("/threadlens/scores").has("vader") && json.at("/threadlens/scores").has("opennlp"), json.toString());
        assertTrue(json.at("/sentences/0/threadlens/quoted").asBoolean());
        assertFalse(json.at("/sentences/1/threadlens/quoted").asBoolean());
        assertTrue(json.at("/sentences/0/threadlens/scores/vader/score").asDouble() < 0);
        JsonNode att = json.at("/sentences/1/tokens/3");
        assertEquals("AT&amp;T", att.get("originalText").asText());
        assertEquals(StockCoreNlpIT.COMMENT.indexOf("AT&amp;T"), att.get("characterOffsetBegin").asInt());
    }

    @Test
    void coreNlpsOwnJsonKnowsNothingOfOurAnnotations() throws Exception {
        JsonNode json = post("Great work, everyone!", Map.of("annotators", "threadlens_tokenize,threadlens_vader",
                "outputFormat", "json"));
        assertFalse(json.has("threadlens"));
        assertFalse(json.at("/sentences/0").has("threadlens"));
        assertEquals("Great", json.at("/sentences/0/tokens/0/word").asText());
    }
}
