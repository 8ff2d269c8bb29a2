package fi.kokemus.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One short GET with a shared client; a refused connection or a timeout just means "no answer yet". */
final class HttpGet {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Probe.ATTEMPT_TIMEOUT)
            .build();

    private HttpGet() {
    }

    static Optional<HttpResponse<String>> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Probe.ATTEMPT_TIMEOUT).GET().build();
        try {
            return Optional.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notAnswering) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
