package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.in.DataSubjectExport;
import fi.kokemus.registry.application.port.out.ContactDisclosure;
import java.util.List;

/**
 * The expert's whole record as one document: what is held, what staff see of it, who read it and
 * which units received the contact details.
 */
record DataSubjectExportResponse(
        ExpertResponse record,
        boolean preferencesOwnedByExpert,
        PublicProfileResponse publicProfile,
        List<AuditEntryResponse> reads,
        List<DisclosureView> contactDisclosures) {

    record DisclosureView(String unitId, List<String> assignmentIds) {

        static DisclosureView of(ContactDisclosure disclosure) {
            return new DisclosureView(disclosure.unitId(), disclosure.assignmentIds().stream().sorted().toList());
        }
    }

    static DataSubjectExportResponse of(DataSubjectExport export) {
        return new DataSubjectExportResponse(
                ExpertResponse.of(export.record()),
                export.record().state().preferencesOwnedByExpert(),
                PublicProfileResponse.of(export.record().publicProfile()),
                export.reads().stream().map(AuditEntryResponse::of).toList(),
                export.disclosures().stream().map(DisclosureView::of).toList());
    }
}
