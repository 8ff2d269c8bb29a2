package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.problem.DomainProblem;

/** Why one record of a batch was not taken over; the same code and field a single sync would answer. */
public record RecordProblem(String code, String detail, String field) {

    public static RecordProblem of(DomainProblem problem) {
        return new RecordProblem(problem.code(), problem.getMessage(), problem.field());
    }
}
