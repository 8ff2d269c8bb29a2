package fi.kokemus.feedback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a personal request still unanswered is reminded of: the first reminder {@code firstAfter} its
 * opening, then every {@code interval}, at most {@code maxReminders} times, and only while its link
 * takes answers. A run that comes late sends only the latest reminder due, never a burst of missed ones.
 */
public record ReminderPolicy(Duration firstAfter, Duration interval, int maxReminders) {

    /** Those asked by name: the unit's staff and the expert. The client is reached through the unit, the audience not at all. */
    public static final Set<Respondent> REMINDED = Set.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);

    public ReminderPolicy {
        Objects.requireNonNull(firstAfter, "firstAfter");
        Objects.requireNonNull(interval, "interval");
        if (firstAfter.isNegative() || interval.isNegative() || interval.isZero() || maxReminders < 0) {
            throw new IllegalArgumentException("Reminders need a non-negative delay, a positive interval and a non-negative count");
        }
    }

    /**
     * The number (1, 2, ...) of the reminder to send now about {@code request}, if one is due and was not sent.
     *
     * @param lastSent the number of the last reminder sent about it, 0 if none
     */
    public Optional<Integer> due(FeedbackRequest request, int lastSent, Instant now) {
        Instant first = request.opensAt().plus(firstAfter);
        if (!REMINDED.contains(request.respondent()) || request.state(now) != LinkState.OPEN || now.isBefore(first)) {
            return Optional.empty();
        }
        long passed = Duration.between(first, now).dividedBy(interval) + 1;
        int latest = (int) Math.min(passed, maxReminders);
        return latest > lastSent ? Optional.of(latest) : Optional.empty();
    }
}
