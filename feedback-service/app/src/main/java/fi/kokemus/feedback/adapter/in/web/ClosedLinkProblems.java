package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.domain.FeedbackLinkClosed;
import fi.kokemus.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An expired or used link is gone for good (410), which the platform's problem kinds do not name;
 * this advice runs before the platform's so it gets the first say on closed links only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClosedLinkProblems {

    @ExceptionHandler(FeedbackLinkClosed.class)
    ResponseEntity<ProblemDetail> closed(FeedbackLinkClosed closed) {
        return ResponseEntity.status(HttpStatus.GONE).body(
                Problems.of(HttpStatus.GONE, closed.code(), "Feedback link closed", closed.getMessage(), null));
    }
}
