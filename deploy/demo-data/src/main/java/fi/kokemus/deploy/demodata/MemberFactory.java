package fi.kokemus.deploy.demodata;

import fi.kokemus.deploy.demodata.Taxonomy.Kind;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Draws one person's member data from the shares below and the reference data. */
final class MemberFactory {

    private static final double ACCOUNT_SHARE = 0.30;
    private static final double OUTSIDE_HOME_COUNTY_ORGANISATION_SHARE = 0.10;
    private static final double OTHER_ORGANISATION_SHARE = 0.10;
    private static final double ENGLISH_SHARE = 0.20;
    private static final double BILINGUAL_SHARE_OF_SWEDISH_SPEAKERS = 0.30;
    private static final double OUTSIDE_COUNTY_CONSENT_SHARE = 0.40;
    private static final double PHOTOS_CONSENT_SHARE = 0.50;
    private static final double SENSITIVE_DATA_CONSENT_SHARE = 0.25;
    private static final double FEE_WANTED_SHARE = 0.85;
    private static final double EMAIL_SHARE = 0.90;
    private static final double PHONE_SHARE = 0.70;
    private static final double WISHES_SHARE = 0.25;
    /** Each role's chance on its own; a member who drew none is an expert by experience. */
    private static final Map<String, Double> ROLE_SHARES = roleShares();
    private static final List<String> FINNISH_WISHES = List.of(
            "Ei iltatehtäviä.", "Mieluiten etätehtäviä.", "Vain arkipäivisin.", "Toivon ryhmätehtäviä.",
            "Pitkät matkat eivät onnistu.");
    private static final List<String> SWEDISH_WISHES = List.of(
            "Inga kvällsuppdrag.", "Helst distansuppdrag.", "Endast vardagar.");
    private static final LocalDate FIRST_TRAINING = LocalDate.of(2012, 1, 1);
    private static final int TRAINING_DAYS = 365 * 13;
    private static final Instant FIRST_DECISION = Instant.parse("2023-01-01T08:00:00Z");
    private static final long DECISION_SECONDS = 3L * 365 * 24 * 3600;
    private static final String CONSENT_TEXT_VERSION = "2023-1";

    private final ReferenceData reference;

    MemberFactory(ReferenceData reference) {
        this.reference = reference;
    }

    /** A new person kept by an organisation; {@code serial} makes their e-mail address and account unique. */
    SyntheticMember create(RandomGenerator random, long serial, ExternalIds externalIds) {
        String county = reference.counties().pick(random);
        String organisation = random.nextDouble() < OUTSIDE_HOME_COUNTY_ORGANISATION_SHARE
                ? reference.organisations().pickAny(random)
                : reference.organisations().pickServing(county, random);
        boolean swedishSpeaking = random.nextDouble() < reference.counties().swedishShare(county);
        SyntheticNames.Name name = SyntheticNames.pick(random, swedishSpeaking);
        Set<String> roles = roles(random);
        List<Member.Consent> consents = consents(random);
        boolean sensitiveData = consents.stream()
                .anyMatch(consent -> consent.kind().equals(Member.SENSITIVE_DATA) && consent.granted());
        Member member = new Member(
                random.nextDouble() < ACCOUNT_SHARE ? username(name, serial) : null,
                name.first(),
                name.last(),
                county,
                reference.municipalities().pickIn(county, random),
                roles,
                otherOrganisations(random, organisation, county),
                trainings(random, organisation),
                codes(random, Kind.TOPIC, 1 + random.nextInt(3)),
                codes(random, Kind.LIFE_SITUATION, random.nextInt(3)),
                sensitiveData ? codes(random, Kind.DIAGNOSIS, random.nextInt(3)) : Set.of(),
                languages(random, swedishSpeaking),
                codes(random, Kind.TASK_TYPE, 1 + random.nextInt(4)),
                random.nextDouble() < WISHES_SHARE ? any(swedishSpeaking ? SWEDISH_WISHES : FINNISH_WISHES, random)
                        : null,
                !roles.equals(Set.of(Member.PEER_SUPPORTER)) && random.nextDouble() < FEE_WANTED_SHARE,
                contact(random, name, serial),
                consents);
        return new SyntheticMember(organisation, externalIds.next(organisation), member);
    }

    private static Set<String> roles(RandomGenerator random) {
        Set<String> roles = new HashSet<>();
        ROLE_SHARES.forEach((role, share) -> {
            if (random.nextDouble() < share) {
                roles.add(role);
            }
        });
        if (roles.isEmpty()) {
            roles.add("EXPERT_BY_EXPERIENCE");
        }
        return roles;
    }

    private static Map<String, Double> roleShares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("EXPERT_BY_EXPERIENCE", 0.65);
        shares.put(Member.PEER_SUPPORTER, 0.30);
        shares.put("EXPERIENCE_ACTOR", 0.10);
        shares.put("DEVELOPER_CUSTOMER", 0.10);
        shares.put("EXPERIENCE_TRAINER", 0.05);
        shares.put("EXPERIENCE_RESEARCHER", 0.02);
        return shares;
    }

    private Set<String> otherOrganisations(RandomGenerator random, String organisation, String county) {
        return random.nextDouble() < OTHER_ORGANISATION_SHARE
                ? Set.of(reference.organisations().pickOtherThan(organisation, county, random))
                : Set.of();
    }

    private static List<Member.Training> trainings(RandomGenerator random, String organisation) {
        List<Member.Training> trainings = new ArrayList<>();
        // One draw: 90 % took the basic training, 15 % of all the follow-up too and 10 % another course.
        double draw = random.nextDouble();
        if (draw < 0.90) {
            LocalDate basic = FIRST_TRAINING.plusDays(random.nextInt(TRAINING_DAYS));
            trainings.add(new Member.Training("BASIC", 45, "Kokemusasiantuntijakoulutus, " + organisation, basic,
                    null));
            if (draw < 0.15) {
                LocalDate advanced = basic.plusDays(180 + random.nextInt(720));
                trainings.add(new Member.Training("DEVELOPER_INFLUENCER", 20, "Kehittäjävaikuttajakoulutus",
                        advanced, advanced.plusYears(3)));
            }
            if (draw > 0.80) {
                trainings.add(new Member.Training("OTHER", 8 + random.nextInt(30), "Vertaisohjaajakoulutus",
                        basic.plusDays(30 + random.nextInt(365)), null));
            }
        }
        return trainings;
    }

    private Set<String> codes(RandomGenerator random, Kind kind, int count) {
        return reference.taxonomy().codes(kind).pickDistinct(random, count);
    }

    private static Set<String> languages(RandomGenerator random, boolean swedishSpeaking) {
        Set<String> languages = new HashSet<>();
        if (swedishSpeaking) {
            languages.add("sv");
            if (random.nextDouble() < BILINGUAL_SHARE_OF_SWEDISH_SPEAKERS) {
                languages.add("fi");
            }
        } else {
            languages.add("fi");
        }
        if (random.nextDouble() < ENGLISH_SHARE) {
            languages.add("en");
        }
        return languages;
    }

    private static Member.Contact contact(RandomGenerator random, SyntheticNames.Name name, long serial) {
        boolean email = random.nextDouble() < EMAIL_SHARE;
        boolean phone = !email || random.nextDouble() < PHONE_SHARE;
        String domain = random.nextInt(3) == 0 ? "example.com" : "example.org";
        return new Member.Contact(
                email ? ascii(name.first()) + "." + ascii(name.last()) + "." + serial + "@" + domain : null,
                // Clearly fake numbers in the style used for fiction, so no one is called by mistake.
                phone ? String.format(Locale.ROOT, "+358 40 000 %04d", random.nextInt(10_000)) : null);
    }

    private static List<Member.Consent> consents(RandomGenerator random) {
        Instant decidedAt = FIRST_DECISION.plus(random.nextLong(DECISION_SECONDS), ChronoUnit.SECONDS);
        return List.of(
                new Member.Consent(Member.REGISTRY_LISTING, true, decidedAt, CONSENT_TEXT_VERSION),
                new Member.Consent(Member.DISCLOSURE_OUTSIDE_COUNTY,
                        random.nextDouble() < OUTSIDE_COUNTY_CONSENT_SHARE, decidedAt, CONSENT_TEXT_VERSION),
                new Member.Consent(Member.PHOTOS_AND_SOCIAL_MEDIA,
                        random.nextDouble() < PHOTOS_CONSENT_SHARE, decidedAt, CONSENT_TEXT_VERSION),
                new Member.Consent(Member.SENSITIVE_DATA,
                        random.nextDouble() < SENSITIVE_DATA_CONSENT_SHARE, decidedAt, CONSENT_TEXT_VERSION));
    }

    private static String username(SyntheticNames.Name name, long serial) {
        return ascii(name.first()) + "." + ascii(name.last()) + serial;
    }

    /** Lower-case ASCII: "Björk-Åker" becomes "bjorkaker". */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static String any(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
