package fi.kokemus.feedback.adapter.out.links;

import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.IssuedLink;
import fi.kokemus.feedback.domain.LinkId;
import fi.kokemus.feedback.domain.LinkToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A link's id is 128 random bits; its token is HMAC-SHA256 of the id under a key from the
 * configuration. The database keeps the id and the token's hash only, so a copy of it answers nothing.
 */
public class HmacLinkKeys implements LinkKeys {

    static final int ID_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public HmacLinkKeys(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("The feedback link secret needs at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    @Override
    public IssuedLink issue() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        LinkId id = new LinkId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return new IssuedLink(id, tokenOf(id).hash());
    }

    @Override
    public LinkToken tokenOf(LinkId id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return LinkToken.of(mac.doFinal(id.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
