package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.SendFeedbackRemindersUseCase;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.port.out.RecipientsUnavailable;
import fi.kokemus.feedback.application.port.out.ReminderCandidates;
import fi.kokemus.feedback.application.port.out.ReminderLog;
import fi.kokemus.feedback.application.port.out.ReminderMailer;
import fi.kokemus.feedback.application.port.out.ReminderNotSent;
import fi.kokemus.feedback.application.port.out.ReminderRecipients;
import fi.kokemus.feedback.domain.ExpertErasure;
import fi.kokemus.feedback.domain.FeedbackReminder;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.ReminderPolicy;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sends the reminders due. Addresses are looked up first: if that fails nothing is recorded and a later
 * run tries again. A reminder is then claimed before it is mailed, so no restart or second instance sends
 * it twice; if the mail server took it for nobody, the claim is released for a later run. If it failed
 * after some addresses took it, the rest miss this reminder (the next one, if any, reaches them).
 */
public class SendFeedbackRemindersService implements SendFeedbackRemindersUseCase {

    private final ReminderCandidates candidates;
    private final ReminderLog reminders;
    private final ReminderRecipients recipients;
    private final ReminderMailer mailer;
    private final LinkKeys links;
    private final Function<LinkToken, String> publicAddress;
    private final ReminderPolicy policy;
    private final Clock clock;

    public SendFeedbackRemindersService(ReminderCandidates candidates, ReminderLog reminders,
            ReminderRecipients recipients, ReminderMailer mailer, LinkKeys links,
            Function<LinkToken, String> publicAddress, ReminderPolicy policy, Clock clock) {
        this.candidates = candidates;
        this.reminders = reminders;
        this.recipients = recipients;
        this.mailer = mailer;
        this.links = links;
        this.publicAddress = publicAddress;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public RemindersRun sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (FeedbackTask task : candidates.withOpenPersonalRequests(now)) {
            for (FeedbackRequest request : task.requests()) {
                var number = policy.due(request, reminders.lastSent(task.id(), request.respondent()), now);
                if (number.isPresent() && send(reminder(task, request, number.get()), now, failures)) {
                    sent++;
                }
            }
        }
        return new RemindersRun(sent, failures);
    }

    private FeedbackReminder reminder(FeedbackTask task, FeedbackRequest request, int number) {
        return new FeedbackReminder(task.id(), request.respondent(), number, task.work(), request.expiresAt(),
                publicAddress.apply(links.tokenOf(request.linkId())));
    }

    private boolean send(FeedbackReminder reminder, Instant now, List<String> failures) {
        List<String> addresses;
        try {
            addresses = addressesFor(reminder);
        } catch (RecipientsUnavailable unavailable) {
            failures.add(reminder.key() + ": no addresses; " + unavailable.getMessage());
            return false;
        }
        if (!reminders.claim(reminder, now)) {
            return false;
        }
        int delivered = 0;
        try {
            for (String address : addresses) {
                mailer.send(address, reminder.subject(), reminder.body());
                delivered++;
            }
        } catch (ReminderNotSent failure) {
            failures.add(reminder.key() + ": reached " + delivered + " of " + addresses.size() + " addresses; "
                    + failure.getMessage());
            if (delivered == 0) {
                reminders.release(reminder);
                return false;
            }
        }
        reminders.delivered(reminder, delivered);
        return delivered > 0;
    }

    private List<String> addressesFor(FeedbackReminder reminder) {
        if (reminder.respondent() == Respondent.ORDERER) {
            return recipients.unitOrderers(reminder.work().county(), reminder.work().unitId());
        }
        if (ExpertErasure.ERASED.equals(reminder.work().expertUsername())) {
            return List.of();
        }
        return recipients.accountAddress(reminder.work().expertUsername()).stream().toList();
    }
}
