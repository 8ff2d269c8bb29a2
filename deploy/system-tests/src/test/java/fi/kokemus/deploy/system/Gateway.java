package fi.kokemus.deploy.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the system only through the gateway, with a bearer token when one is given. */
final class Gateway {

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    Gateway(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** A page of the feedback forms, as a browser without an account gets it. */
    Page page(String path) {
        return sendPage(HttpRequest.newBuilder(baseUrl.resolve(path)).GET());
    }

    /** Sends a form of the feedback pages the way a browser does. */
    Page submitForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return sendPage(HttpRequest.newBuilder(baseUrl.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private Page sendPage(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = response.body().isBlank() ? json.missingNode() : json.readTree(response.body());
            return new Reply(response.statusCode(), contentType, parsed);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Page(int status, String html) {
    }

    record Reply(int status, String contentType, JsonNode body) {

        String text(String field) {
            return body.path(field).asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
