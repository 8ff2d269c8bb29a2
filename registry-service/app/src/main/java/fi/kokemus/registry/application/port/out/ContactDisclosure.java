package fi.kokemus.registry.application.port.out;

import java.util.Objects;
import java.util.Set;

/** A unit that has the expert's contact details, and the accepted assignments that gave it them. */
public record ContactDisclosure(String unitId, Set<String> assignmentIds) {

    public ContactDisclosure {
        Objects.requireNonNull(unitId, "unitId");
        assignmentIds = Set.copyOf(assignmentIds);
    }
}
