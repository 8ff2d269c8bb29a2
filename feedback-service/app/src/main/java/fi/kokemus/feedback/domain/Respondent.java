package fi.kokemus.feedback.domain;

/** Who a feedback request asks; the names are the ones the {@code feedback.requests-opened} event carries. */
public enum Respondent {
    /** The audience: one public link per task that the expert hands out (e.g. on a slide); many answers. */
    LISTENER(false),
    /** The ordering unit's staff: a personal link, answered once. */
    ORDERER(true),
    /** The client of one-to-one work, reached through the unit's staff: a personal link, answered once. */
    CLIENT(true),
    /** The expert's own assessment: a personal link, answered once. */
    SELF_ASSESSMENT(true);

    private final boolean singleUse;

    Respondent(boolean singleUse) {
        this.singleUse = singleUse;
    }

    public boolean singleUse() {
        return singleUse;
    }
}
