package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.deploy.demodata.Taxonomy.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The registry's checks on an NGO sync request, restated here: this module must not depend on the service. */
final class RegistryRules {

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '.-]{0,99}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern ORGANISATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@example\\.(org|com)");
    private static final Pattern FICTIONAL_PHONE = Pattern.compile("\\+358 40 000 [0-9]{4}");
    private static final Set<String> ROLES = Set.of("EXPERT_BY_EXPERIENCE", "EXPERIENCE_ACTOR", "DEVELOPER_CUSTOMER",
            "PEER_SUPPORTER", "EXPERIENCE_RESEARCHER", "EXPERIENCE_TRAINER");
    private static final Set<String> TRAINING_TYPES = Set.of("BASIC", "DEVELOPER_INFLUENCER", "OTHER");
    private static final Set<String> CONSENT_KINDS = Set.of(Member.REGISTRY_LISTING, Member.DISCLOSURE_OUTSIDE_COUNTY,
            Member.PHOTOS_AND_SOCIAL_MEDIA, Member.SENSITIVE_DATA);

    private final Map<String, String> countyByMunicipality = new HashMap<>();
    private final Taxonomy taxonomy = ReferenceData.loaded().taxonomy();

    RegistryRules() {
        ReferenceTable.rows("reference/municipalities.csv").forEach(row -> countyByMunicipality.put(row[0], row[3]));
    }

    void check(SyntheticMember synthetic) {
        assertThat(synthetic.organisationId()).matches(ORGANISATION_ID);
        assertThat(synthetic.externalId()).matches(EXTERNAL_ID);
        Member member = synthetic.member();
        if (member.username() != null) {
            assertThat(member.username()).matches(USERNAME);
        }
        assertThat(member.firstName()).matches(NAME);
        assertThat(member.lastName()).matches(NAME);
        assertThat(countyByMunicipality.get(member.municipality())).as("county of municipality %s", member.municipality())
                .isEqualTo(member.homeCounty());
        assertThat(member.roles()).isNotEmpty().isSubsetOf(ROLES);
        assertThat(member.otherOrganisations()).hasSizeLessThanOrEqualTo(10)
                .doesNotContain(synthetic.organisationId())
                .allSatisfy(id -> assertThat(id).matches(ORGANISATION_ID));
        assertThat(member.trainings()).allSatisfy(training -> {
            assertThat(training.type()).isIn(TRAINING_TYPES);
            assertThat(training.hours()).isBetween(1, 500);
            assertThat(training.provider()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            if (training.validUntil() != null) {
                assertThat(training.validUntil()).isAfterOrEqualTo(training.completedOn());
            }
        });
        assertThat(member.topics()).isNotEmpty().isSubsetOf(taxonomy.all(Kind.TOPIC));
        assertThat(member.lifeSituations()).isSubsetOf(taxonomy.all(Kind.LIFE_SITUATION));
        assertThat(member.diagnoses()).isSubsetOf(taxonomy.all(Kind.DIAGNOSIS)).hasSizeLessThanOrEqualTo(20);
        if (!granted(member, Member.SENSITIVE_DATA)) {
            assertThat(member.diagnoses()).as("diagnoses without SENSITIVE_DATA consent").isEmpty();
        }
        assertThat(member.languages()).isNotEmpty().isSubsetOf("fi", "sv", "en");
        assertThat(member.taskTypes()).isNotEmpty().isSubsetOf(taxonomy.all(Kind.TASK_TYPE));
        if (member.wishes() != null) {
            assertThat(member.wishes()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
        }
        if (member.roles().equals(Set.of(Member.PEER_SUPPORTER))) {
            assertThat(member.feeWanted()).as("fee wanted by a peer supporter only").isFalse();
        }
        assertThat(member.contact().email() != null || member.contact().phone() != null).isTrue();
        if (member.contact().email() != null) {
            assertThat(member.contact().email()).matches(EMAIL).hasSizeLessThanOrEqualTo(254);
        }
        if (member.contact().phone() != null) {
            assertThat(member.contact().phone()).matches(FICTIONAL_PHONE);
        }
        assertThat(member.consents()).hasSizeLessThanOrEqualTo(8).allSatisfy(consent -> {
            assertThat(consent.kind()).isIn(CONSENT_KINDS);
            assertThat(consent.decidedAt()).isNotNull();
            assertThat(consent.textVersion()).isNotBlank().hasSizeLessThanOrEqualTo(32);
        });
        assertThat(granted(member, Member.REGISTRY_LISTING)).as("REGISTRY_LISTING granted").isTrue();
    }

    static boolean granted(Member member, String kind) {
        return member.consents().stream().anyMatch(consent -> consent.kind().equals(kind) && consent.granted());
    }
}
