package fi.kokemus.deploy.benchmark;

import fi.kokemus.deploy.demodata.SyntheticMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
