package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** The link exists but takes no answers now: not yet (409) or no more (410). */
public class FeedbackLinkClosed extends DomainProblem {

    public FeedbackLinkClosed(LinkState state) {
        super(state == LinkState.NOT_YET_OPEN ? Kind.CONFLICT : Kind.GONE,
                "feedback-link-" + state.name().toLowerCase().replace('_', '-'), detailOf(state), null);
    }

    private static String detailOf(LinkState state) {
        return switch (state) {
            case NOT_YET_OPEN -> "This feedback link takes answers from the start of the session";
            case EXPIRED -> "This feedback link has expired";
            case USED -> "This feedback link has already been answered";
            case FULL -> "This feedback link takes no more answers";
            case CLOSED -> "This feedback link was closed because the session was cancelled";
            case OPEN -> throw new IllegalArgumentException("An open link is not closed");
        };
    }
}
