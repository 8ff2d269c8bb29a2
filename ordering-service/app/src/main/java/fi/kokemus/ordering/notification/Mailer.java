package fi.kokemus.ordering.notification;

/** Sends one e-mail, or throws {@link MailNotSentException}. */
public interface Mailer {

    void send(String address, Message message);
}
