package fi.kokemus.feedback.adapter.in.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A fixed page in all three languages for refusals made before any controller runs (the request is not
 * read, so its language is not known). Its texts are constants: nothing the person sent is shown.
 */
final class RefusalPage {

    private RefusalPage() {
    }

    static void send(HttpServletResponse response, int status, String finnish, String swedish, String english)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", FeedbackFormController.CONTENT_SECURITY_POLICY);
        String page = "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + finnish + "</title><link rel=\"stylesheet\" href=\"/api/feedback/public/assets/form.css\">"
                + "</head><body><main><h1>" + finnish + "</h1>"
                + "<p lang=\"sv\">" + swedish + "</p><p lang=\"en\">" + english + "</p></main></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
