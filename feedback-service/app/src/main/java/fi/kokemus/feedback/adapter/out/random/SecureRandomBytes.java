package fi.kokemus.feedback.adapter.out.random;

import fi.kokemus.feedback.application.port.out.RandomBytes;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

@Component
public class SecureRandomBytes implements RandomBytes {

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] next(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
