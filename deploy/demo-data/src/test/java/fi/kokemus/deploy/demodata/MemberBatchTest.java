package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MemberBatchTest {

    private final List<SyntheticMember> members = new SyntheticExperts(7).members(500).toList();

    @Test
    void sendsEveryMemberOnceInBatchesOfOneOrganisationNoLargerThanAllowed() {
        List<MemberBatch> batches = MemberBatch.of(members, 40);

        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.members()).hasSizeBetween(1, 40);
            assertThat(batch.members()).allMatch(member -> member.organisationId().equals(batch.organisationId()));
        });
        assertThat(batches.stream().flatMap(batch -> batch.members().stream()))
                .containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void cutsAnOrganisationIntoFullBatchesAndOneRest() {
        Map<String, Long> perOrganisation = members.stream()
                .collect(Collectors.groupingBy(SyntheticMember::organisationId, Collectors.counting()));
        String largest = perOrganisation.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long count = perOrganisation.get(largest);

        List<Integer> sizes = MemberBatch.of(members, 10).stream()
                .filter(batch -> batch.organisationId().equals(largest))
                .map(batch -> batch.members().size())
                .toList();

        assertThat(sizes).hasSize((int) ((count + 9) / 10));
        assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(10);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) count);
    }

    @Test
    void sendsABatchAsMembersWithTheirExternalIdNextToTheFieldsOfASingleSync() {
        List<SyntheticMember> two = new SyntheticExperts(3).members(2).toList();

        JsonNode body = MemberJson.mapper().readTree(new MemberBatch("ngo-keski", two).requestBody());

        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("members");
        JsonNode first = body.get("members").get(0);
        assertThat(first.get("externalId").asString()).isEqualTo(two.get(0).externalId());
        assertThat(first.get("homeCounty").asString()).isEqualTo(two.get(0).member().homeCounty());
        assertThat(first.get("topics")).isEqualTo(MemberJson.mapper().valueToTree(two.get(0).member().topics()));
        assertThat(first.has("organisationId")).isFalse();
        assertThat(body.get("members")).hasSize(2);
    }
}
