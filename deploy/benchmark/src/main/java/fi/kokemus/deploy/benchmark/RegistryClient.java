package fi.kokemus.deploy.benchmark;

import fi.kokemus.deploy.demodata.MemberJson;
import fi.kokemus.deploy.demodata.MemberBatch;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The registry's HTTP API as the benchmark calls it, either on the service's own port or through the gateway. */
final class RegistryClient {

    private final URI baseUrl;
    private final HttpClient http;

    RegistryClient(String baseUrl, HttpClient http) {
        this.baseUrl = URI.create(baseUrl);
        this.http = http;
    }

    /** The {@code total} of a search. */
    long searchTotal(String token, SearchQuery query) {
        String body = send(HttpRequest.newBuilder(baseUrl.resolve("/api/registry/experts" + query.queryString()))
                .GET(), token);
        return MemberJson.mapper().readTree(body).path("total").asLong();
    }

    /** One NGO batch in upsert mode; returns how many records had each outcome. */
    Map<String, Integer> syncBatch(String token, MemberBatch batch) {
        String path = "/api/registry/organisations/" + encode(batch.organisationId()) + "/member-batches?mode=UPSERT";
        String body = send(HttpRequest.newBuilder(baseUrl.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.requestBody())), token);
        Map<String, Integer> counts = new TreeMap<>();
        MemberJson.mapper().readTree(body).path("counts").properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
        return counts;
    }

    /** The body of a 2xx answer; any other status is an {@link UnexpectedResponseException}. */
    private String send(HttpRequest.Builder request, String token) {
        HttpRequest built = request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new UnexpectedResponseException(built.method() + " " + built.uri().getPath(),
                        response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A status the benchmark did not expect, with the registry's problem body. */
    static final class UnexpectedResponseException extends RuntimeException {

        private final int status;

        UnexpectedResponseException(String request, int status, String body) {
            super(request + " answered " + status + ": " + abbreviated(body));
            this.status = status;
        }

        int status() {
            return status;
        }

        private static String abbreviated(String body) {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }
}
