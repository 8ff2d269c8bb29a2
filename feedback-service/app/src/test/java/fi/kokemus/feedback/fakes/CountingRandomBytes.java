package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.RandomBytes;
import java.util.Arrays;

/** Deterministic "random" bytes: the n-th call returns bytes all equal to n. */
public class CountingRandomBytes implements RandomBytes {

    private int calls;

    @Override
    public byte[] next(int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) ++calls);
        return bytes;
    }
}
