package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.application.port.out.ContactDisclosure;
import fi.kokemus.registry.domain.AuditEntry;
import java.util.List;

/**
 * Everything the registry holds about one person (GDPR right of access): the record, who read it
 * and why, and which units received their contact details.
 *
 * @param reads newest first
 */
public record DataSubjectExport(ExpertView.Full record, List<AuditEntry> reads, List<ContactDisclosure> disclosures) {

    public DataSubjectExport {
        reads = List.copyOf(reads);
        disclosures = List.copyOf(disclosures);
    }
}
