package fi.kokemus.feedback.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kokemus.feedback.application.port.out.ReminderNotSent;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpReminderMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void sendsAPlainTextUtf8MessageOverSmtp() throws Exception {
        var mailer = new SmtpReminderMailer(sender(SMTP.getSmtp().getPort()), "kokemus-noreply@example.org");

        mailer.send("expert.soite@example.org", "Muistutus: palautteesi odottaa", "Itsearviointisi puuttuu vielä.\n");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("expert.soite@example.org");
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly("kokemus-noreply@example.org");
            assertThat(message.getSubject()).isEqualTo("Muistutus: palautteesi odottaa");
            assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(message.getContent().toString()).contains("Itsearviointisi puuttuu vielä.");
        });
    }

    @Test
    void aServerThatCannotBeReachedIsAReminderNotSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var mailer = new SmtpReminderMailer(sender(closedPort), "kokemus-noreply@example.org");

        assertThatThrownBy(() -> mailer.send("expert.soite@example.org", "s", "b"))
                .isInstanceOf(ReminderNotSent.class)
                .hasMessageNotContaining("expert.soite@example.org");
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
