package fi.kokemus.ordering.adapter.out.mail;

import fi.kokemus.ordering.notification.MailNotSentException;
import fi.kokemus.ordering.notification.Mailer;
import fi.kokemus.ordering.notification.Message;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends plain-text mail over SMTP (server from {@code spring.mail.*}). */
public class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String address, Message message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
        } catch (MailException e) {
            throw new MailNotSentException("The mail server did not take the message \"" + message.subject() + "\"", e);
        }
    }
}
