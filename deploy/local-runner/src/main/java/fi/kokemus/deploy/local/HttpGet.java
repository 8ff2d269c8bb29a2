package fi.kokemus.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One short GET with a shared client; a refused connection or a timeout just means "no answer yet". */
final class HttpGet {

    private static final int SUMMARY_LENGTH = 200;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Probe.ATTEMPT_TIMEOUT)
            .build();

    private HttpGet() {
    }

    record Answer(int status, String body) {
        String summary() {
            String shortBody = body.length() > SUMMARY_LENGTH ? body.substring(0, SUMMARY_LENGTH) + "..." : body;
            return "HTTP " + status + " " + shortBody;
        }
    }

    static Optional<Answer> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Probe.ATTEMPT_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException notAnswering) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
