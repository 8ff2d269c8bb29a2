package fi.kokemus.ordering.notification;

import java.util.ArrayList;
import java.util.List;

/** Keeps what it is asked to send; fails once for an address when told to. */
public class RecordingMailer implements Mailer {

    final List<Sent> sent = new ArrayList<>();
    String failOnceFor;

    @Override
    public void send(String address, Message message) {
        if (address.equals(failOnceFor)) {
            failOnceFor = null;
            throw new MailNotSentException("mail server down", null);
        }
        sent.add(new Sent(address, message));
    }

    List<String> addresses() {
        return sent.stream().map(Sent::address).toList();
    }

    record Sent(String address, Message message) {
    }
}
