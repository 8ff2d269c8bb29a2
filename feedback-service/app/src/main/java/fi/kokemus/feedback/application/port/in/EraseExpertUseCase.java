package fi.kokemus.feedback.application.port.in;

/** The registry erased an expert: feedback removes their personal data and keeps the anonymous figures. */
public interface EraseExpertUseCase {

    /** @return how many tasks were erased now; 0 when none (left), so a repeated erasure changes nothing */
    int erase(String expertId);
}
