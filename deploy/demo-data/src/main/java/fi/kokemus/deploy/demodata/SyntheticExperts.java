package fi.kokemus.deploy.demodata;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Synthetic NGO members for demos and benchmarks: counties weighted by residents, mostly kept by an NGO of
 * their own county, codes from the registry's taxonomy. No real person: names are composed, e-mail
 * addresses are at example.org/example.com and phone numbers the fictional +358 40 000 xxxx.
 * <p>
 * The same seed always gives the same members. A share of the members (by default 3 %) is the same person
 * once more, kept by a second NGO under its own member number, for duplicate detection to find.
 */
public final class SyntheticExperts {

    public static final double DEFAULT_DUPLICATE_SHARE = 0.03;

    private final long seed;
    private final double duplicateChanceAfterNewPerson;
    private final MemberFactory factory = new MemberFactory(ReferenceData.loaded());

    public SyntheticExperts(long seed) {
        this(seed, DEFAULT_DUPLICATE_SHARE);
    }

    public SyntheticExperts(long seed, double duplicateShare) {
        if (duplicateShare < 0 || duplicateShare >= 0.5) {
            throw new IllegalArgumentException("duplicateShare must be at least 0 and below 0.5");
        }
        this.seed = seed;
        // A duplicate can only follow a new person, so it is drawn that much more often there.
        this.duplicateChanceAfterNewPerson = duplicateShare / (1 - duplicateShare);
    }

    /** {@code count} members in generation order; each call starts over from the seed. */
    public Stream<SyntheticMember> members(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        Sequence sequence = new Sequence();
        return IntStream.range(0, count).mapToObj(index -> sequence.next());
    }

    /** The NGO ids members are kept by. */
    public static List<String> organisations() {
        return ReferenceData.loaded().organisations().all();
    }

    /** Generation state of one {@link #members(int)} stream. */
    private final class Sequence {

        private final SplittableRandom random = new SplittableRandom(seed);
        private final ExternalIds externalIds = new ExternalIds();
        private long serial;
        /** The latest new person, until a second NGO has been given them. */
        private SyntheticMember duplicable;

        SyntheticMember next() {
            if (duplicable != null && random.nextDouble() < duplicateChanceAfterNewPerson) {
                SyntheticMember duplicate = keptElsewhere(duplicable);
                duplicable = null;
                return duplicate;
            }
            duplicable = factory.create(random, ++serial, externalIds);
            return duplicable;
        }

        private SyntheticMember keptElsewhere(SyntheticMember original) {
            String organisation = ReferenceData.loaded().organisations()
                    .pickOtherThan(original.organisationId(), original.member().homeCounty(), random);
            return new SyntheticMember(organisation, externalIds.next(organisation),
                    original.member().keptElsewhere(organisation));
        }
    }
}
