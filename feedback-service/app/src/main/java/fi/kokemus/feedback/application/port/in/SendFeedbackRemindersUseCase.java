package fi.kokemus.feedback.application.port.in;

import java.util.List;

/** Reminds those who have not yet answered their personal feedback request. */
public interface SendFeedbackRemindersUseCase {

    /** Sends every reminder due now and not yet sent. */
    RemindersRun sendDue();

    /**
     * @param sent     reminders that reached at least one address
     * @param failures what went wrong with the others, by reminder key (no addresses, no links)
     */
    record RemindersRun(int sent, List<String> failures) {
        public RemindersRun {
            failures = List.copyOf(failures);
        }
    }
}
