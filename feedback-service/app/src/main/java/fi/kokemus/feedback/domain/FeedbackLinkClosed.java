package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** The link exists but takes no (more) answers: gone for good (410). */
public class FeedbackLinkClosed extends DomainProblem {

    public FeedbackLinkClosed(LinkState state) {
        super(Kind.GONE, "feedback-link-" + state.name().toLowerCase(), detailOf(state), null);
    }

    private static String detailOf(LinkState state) {
        return switch (state) {
            case EXPIRED -> "This feedback link has expired";
            case USED -> "This feedback link has already been answered";
            case FULL -> "This feedback link takes no more answers";
            case OPEN -> throw new IllegalArgumentException("An open link is not closed");
        };
    }
}
