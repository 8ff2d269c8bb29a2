package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.domain.ExpertId;
import java.util.List;

/**
 * Which county units may see an expert's contact details: those whose task the expert accepted,
 * as ordering's events tell.
 */
public interface ContactDisclosures {

    /** Records that the expert accepted the unit's task; the same assignment twice is one disclosure. */
    void discloseTo(ExpertId expertId, String unitId, String assignmentId);

    /**
     * The expert no longer does the assignment: the unit keeps seeing the contact details only
     * while another of the expert's assignments for it stands.
     */
    void withdraw(ExpertId expertId, String assignmentId);

    boolean isDisclosedTo(ExpertId expertId, String unitId);

    /** Every unit the expert's contact details were disclosed to, by unit id. */
    List<ContactDisclosure> findByExpert(ExpertId expertId);

    /** The expert was erased: nobody keeps a reason to see their contact details. */
    void forget(ExpertId expertId);
}
