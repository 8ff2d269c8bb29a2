package fi.kokemus.fee.application.port.in;

/** An expert taking part in an order through one assignment. */
public record ExpertOnOrder(String assignmentId, String expertId, String expertUsername) {
}
