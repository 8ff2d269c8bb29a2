package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.domain.MemberReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads each member of a batch on its own, so one unreadable or invalid record is answered as a
 * failed record instead of refusing the whole batch.
 */
final class BatchRecords {

    private static final String EXTERNAL_ID = "externalId";

    private final JsonMapper json;
    private final Validator validator;

    BatchRecords(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** One member of a batch: the partner's member id next to the fields of a single sync. */
    record BatchMemberRequest(String externalId, MemberRequest member) {
    }

    BatchRecord read(String organisationId, JsonNode node) {
        String externalId = node.path(EXTERNAL_ID).isString() ? node.get(EXTERNAL_ID).asString() : null;
        try {
            BatchMemberRequest request = parse(externalId, node);
            Optional<RecordProblem> invalid = firstViolation(request.member());
            if (invalid.isPresent()) {
                return new BatchRecord.Unreadable(externalId, invalid.get());
            }
            return new BatchRecord.Readable(new SyncMemberCommand(new MemberReference(organisationId, externalId),
                    request.member().toProfile(), request.member().toDecisions()));
        } catch (DomainProblem problem) {
            return new BatchRecord.Unreadable(externalId, RecordProblem.of(problem));
        } catch (JacksonException e) {
            return new BatchRecord.Unreadable(externalId, new RecordProblem("malformed-record",
                    "The member is not valid JSON of the expected shape", pathOf(e)));
        }
    }

    private BatchMemberRequest parse(String externalId, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw DomainProblem.invalid("malformed-record", "Each member is a JSON object", null);
        }
        ObjectNode fields = object.deepCopy();
        fields.remove(EXTERNAL_ID);
        return new BatchMemberRequest(externalId, json.treeToValue(fields, MemberRequest.class));
    }

    private Optional<RecordProblem> firstViolation(MemberRequest member) {
        Set<ConstraintViolation<MemberRequest>> violations = validator.validate(member);
        return violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .findFirst()
                .map(violation -> new RecordProblem("invalid-input",
                        violation.getPropertyPath() + ": " + violation.getMessage(),
                        violation.getPropertyPath().toString()));
    }

    private static String pathOf(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((left, right) -> left + "." + right)
                .orElse(null);
    }
}
