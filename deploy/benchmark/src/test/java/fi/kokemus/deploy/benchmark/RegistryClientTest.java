package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.deploy.demodata.MemberJson;
import fi.kokemus.deploy.demodata.SyntheticExperts;
import fi.kokemus.deploy.demodata.SyntheticMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegistryClientTest {

    @Test
    void sendsABatchAsMembersWithTheirExternalIdNextToTheFieldsOfASingleSync() {
        List<SyntheticMember> members = new SyntheticExperts(3).members(2).toList();

        JsonNode body = MemberJson.mapper().readTree(RegistryClient.batchBody(members));

        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("members");
        JsonNode first = body.get("members").get(0);
        assertThat(first.get("externalId").asString()).isEqualTo(members.get(0).externalId());
        assertThat(first.get("homeCounty").asString()).isEqualTo(members.get(0).member().homeCounty());
        assertThat(first.get("topics")).isEqualTo(MemberJson.mapper().valueToTree(members.get(0).member().topics()));
        assertThat(first.has("organisationId")).isFalse();
        assertThat(body.get("members")).hasSize(2);
    }
}
