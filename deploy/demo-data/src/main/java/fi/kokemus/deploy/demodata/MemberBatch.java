package fi.kokemus.deploy.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One request's worth of members of one organisation, as that NGO's system would send them. */
public record MemberBatch(String organisationId, List<SyntheticMember> members) {

    public MemberBatch {
        members = List.copyOf(members);
    }

    /** Grouped by organisation in order of first appearance, each group cut into batches of at most {@code maxSize}. */
    public static List<MemberBatch> of(List<SyntheticMember> members, int maxSize) {
        Map<String, List<SyntheticMember>> byOrganisation = new LinkedHashMap<>();
        members.forEach(member ->
                byOrganisation.computeIfAbsent(member.organisationId(), organisation -> new ArrayList<>()).add(member));
        List<MemberBatch> batches = new ArrayList<>();
        byOrganisation.forEach((organisation, own) -> {
            for (int from = 0; from < own.size(); from += maxSize) {
                batches.add(new MemberBatch(organisation, own.subList(from, Math.min(own.size(), from + maxSize))));
            }
        });
        return batches;
    }

    /** The registry's batch request: {@code {"members":[{"externalId":..., ...the member's fields}, ...]}}. */
    public String requestBody() {
        ObjectNode body = MemberJson.mapper().createObjectNode();
        ArrayNode records = body.putArray("members");
        for (SyntheticMember member : members) {
            ObjectNode record = records.addObject();
            record.put("externalId", member.externalId());
            record.setAll((ObjectNode) MemberJson.mapper().valueToTree(member.member()));
        }
        return MemberJson.mapper().writeValueAsString(body);
    }
}
