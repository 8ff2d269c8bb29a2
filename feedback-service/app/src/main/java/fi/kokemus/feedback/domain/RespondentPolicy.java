package fi.kokemus.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asked for feedback, and when. The audience's public link opens with the order's confirmation,
 * so the expert can put its QR code on a slide; one-to-one client work has no audience, so it has none
 * (a public link for a single person would be neither anonymous nor needed). After a session the
 * orderer is always asked; the expert assesses a session that took place, held or attended by nobody;
 * the client of one-to-one work is asked after a session they came to. The order's own
 * {@code clientWork} flag decides what is one-to-one client work.
 */
public final class RespondentPolicy {

    private RespondentPolicy() {
    }

    public static Set<Respondent> atConfirmation(SessionWork work) {
        return work.clientWork() ? EnumSet.noneOf(Respondent.class) : EnumSet.of(Respondent.LISTENER);
    }

    public static Set<Respondent> afterSession(SessionWork work, SessionOutcomeKind outcome) {
        return switch (outcome) {
            case HELD -> work.clientWork()
                    ? EnumSet.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT, Respondent.CLIENT)
                    : EnumSet.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
            case NO_PARTICIPANTS -> EnumSet.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
            case CLIENT_NO_SHOW -> EnumSet.of(Respondent.ORDERER);
        };
    }
}
