package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class MemberJsonTest {

    private final List<SyntheticMember> members = new SyntheticExperts(3).members(500).toList();

    @Test
    void writesOneFilePerOrganisationThatReadsBackToTheSameMembers(@TempDir Path directory) throws Exception {
        List<Path> files = MemberJson.writeByOrganisation(members.stream(), directory.resolve("members"));

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file).exists());
        Path keski = directory.resolve("members/ngo-keski.json");
        MemberJson.OrganisationMembers read = MemberJson.mapper().readValue(keski.toFile(),
                MemberJson.OrganisationMembers.class);
        assertThat(read.members()).isNotEmpty()
                .isEqualTo(members.stream().filter(member -> member.organisationId().equals("ngo-keski")).toList());
        long written = 0;
        for (Path file : files) {
            written += MemberJson.mapper().readTree(file.toFile()).required("members").size();
        }
        assertThat(written).isEqualTo(members.size());
    }

    @Test
    void writesTheRegistrysRequestShapeLeavingOutAbsentValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MemberJson.writeLines(members.stream(), out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(members.size());
        int withoutAccount = indexOf(member -> member.member().username() == null);
        JsonNode line = MemberJson.mapper().readTree(lines.get(withoutAccount));
        assertThat(line.required("organisationId").asString()).isEqualTo(members.get(withoutAccount).organisationId());
        JsonNode member = line.required("member");
        assertThat(member.has("username")).isFalse();
        assertThat(member.required("consents").get(0).required("decidedAt").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(member.required("feeWanted").isBoolean()).isTrue();
        int withAccount = indexOf(candidate -> candidate.member().username() != null);
        assertThat(MemberJson.mapper().readTree(lines.get(withAccount)).required("member").required("username")
                .asString()).isEqualTo(members.get(withAccount).member().username());
    }

    private int indexOf(Predicate<SyntheticMember> condition) {
        return members.indexOf(members.stream().filter(condition).findFirst().orElseThrow());
    }
}
