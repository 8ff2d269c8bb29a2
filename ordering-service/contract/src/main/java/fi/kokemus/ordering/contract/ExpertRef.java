package fi.kokemus.ordering.contract;

/**
 * An expert taking part in an order through one assignment.
 *
 * @param expertUsername login name of the expert's account (an account id, not a contact detail)
 */
public record ExpertRef(String assignmentId, String expertId, String expertUsername) {
}
