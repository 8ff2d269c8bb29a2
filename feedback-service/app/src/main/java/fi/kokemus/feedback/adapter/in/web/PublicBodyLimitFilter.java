package fi.kokemus.feedback.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anyone may post to the public feedback paths, so their bodies are capped before anything parses
 * them: a declared or actual size over the limit is answered 413 without reading further.
 */
public class PublicBodyLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;

    public PublicBodyLimitFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        RefusalPage.send(response, HttpStatus.CONTENT_TOO_LARGE.value(),
                "Vastaus on liian pitkä. Lyhennä tekstiä ja lähetä uudelleen.",
                "Svaret är för långt. Förkorta texten och skicka igen.",
                "The answer is too long. Shorten the text and send it again.");
    }
}
