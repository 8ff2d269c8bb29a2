package fi.kokemus.feedback.application.port.out;

/** A source of cryptographically strong random bytes (for link tokens). */
public interface RandomBytes {

    byte[] next(int count);
}
