package fi.kokemus.ordering.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kokemus.ordering.notification.MailNotSentException;
import fi.kokemus.ordering.notification.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void sendsAPlainTextUtf8MessageOverSmtp() throws Exception {
        var mailer = new SmtpMailer(sender(SMTP.getSmtp().getPort()), "kokemus-noreply@example.org");

        mailer.send("expert.itu@example.org", new Message("Uusi tehtävätarjous / Nytt uppdragserbjudande",
                "Tehtävä: Ryhmän ohjaaminen työparina\nhttps://kokemus.example.org/ordering/orders/o-1\n"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("expert.itu@example.org");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("kokemus-noreply@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Uusi tehtävätarjous / Nytt uppdragserbjudande");
        assertThat(received[0].getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(received[0].getContent().toString()).contains("Tehtävä: Ryhmän ohjaaminen työparina");
    }

    @Test
    void aServerThatCannotBeReachedIsAMailNotSentFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var mailer = new SmtpMailer(sender(closedPort), "kokemus-noreply@example.org");

        assertThatThrownBy(() -> mailer.send("expert.itu@example.org", new Message("s", "b")))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageNotContaining("expert.itu@example.org");
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
