package fi.kokemus.ordering.notification;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Experts' calendar feeds. Calendar apps cannot send a bearer token, so the feed's address
 * carries a random token of 256 bits instead; only its SHA-256 hash is stored, and a new token
 * replaces the old one.
 */
public final class CalendarFeeds {

    private static final int TOKEN_BYTES = 32;

    private final CalendarFeedTokens tokens;
    private final ExpertAgenda agenda;
    private final CalendarFeedWriter writer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(CalendarFeedTokens tokens, ExpertAgenda agenda, CalendarFeedWriter writer, Clock clock) {
        this.tokens = tokens;
        this.agenda = agenda;
        this.writer = writer;
        this.clock = clock;
    }

    /** A new feed token for the calling expert; the previous one stops working. */
    public String issueToken(Actor actor) {
        actor.requireAny(Role.EXPERT);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.replace(actor.username(), hash(token));
        return token;
    }

    /** The feed the token opens, or a 404 problem for a token that is unknown or was replaced. */
    public String feed(String token) {
        String expert = tokens.expertOf(hash(token))
                .orElseThrow(() -> DomainProblem.notFound("calendar-feed-not-found", "No calendar feed has this address"));
        return writer.write(agenda.of(expert), clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
