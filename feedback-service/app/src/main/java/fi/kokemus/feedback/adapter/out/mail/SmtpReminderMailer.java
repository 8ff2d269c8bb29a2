package fi.kokemus.feedback.adapter.out.mail;

import fi.kokemus.feedback.application.port.out.ReminderMailer;
import fi.kokemus.feedback.application.port.out.ReminderNotSent;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends plain-text mail over SMTP (server from {@code spring.mail.*}). */
public class SmtpReminderMailer implements ReminderMailer {

    private final JavaMailSender sender;
    private final String from;

    public SmtpReminderMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String address, String subject, String body) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(subject);
        mail.setText(body);
        try {
            sender.send(mail);
        } catch (MailException e) {
            throw new ReminderNotSent("The mail server did not take the reminder", e);
        }
    }
}
