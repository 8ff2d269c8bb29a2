package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Assignment;
import jakarta.validation.constraints.Size;

/** @param reason optional; seen by the order's staff */
public record DeclineRequest(@Size(max = Assignment.MAX_DECLINE_REASON_LENGTH) String reason) {
}
