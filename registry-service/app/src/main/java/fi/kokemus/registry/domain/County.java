package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Arrays;
import java.util.Optional;

/** The 21 wellbeing services counties and the City of Helsinki, by the slug used in tokens and events. */
public enum County {
    HELSINKI("helsinki"),
    ITA_UUSIMAA("ita-uusimaa"),
    KESKI_UUSIMAA("keski-uusimaa"),
    LANSI_UUSIMAA("lansi-uusimaa"),
    VANTAA_KERAVA("vantaa-kerava"),
    VARSINAIS_SUOMI("varsinais-suomi"),
    SATAKUNTA("satakunta"),
    KANTA_HAME("kanta-hame"),
    PIRKANMAA("pirkanmaa"),
    PAIJAT_HAME("paijat-hame"),
    KYMENLAAKSO("kymenlaakso"),
    ETELA_KARJALA("etela-karjala"),
    ETELA_SAVO("etela-savo"),
    POHJOIS_SAVO("pohjois-savo"),
    POHJOIS_KARJALA("pohjois-karjala"),
    KESKI_SUOMI("keski-suomi"),
    ETELA_POHJANMAA("etela-pohjanmaa"),
    POHJANMAA("pohjanmaa"),
    KESKI_POHJANMAA("keski-pohjanmaa"),
    POHJOIS_POHJANMAA("pohjois-pohjanmaa"),
    KAINUU("kainuu"),
    LAPPI("lappi");

    private final String code;

    County(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<County> find(String code) {
        return Arrays.stream(values()).filter(county -> county.code.equals(code)).findFirst();
    }

    /** The county with this code; anything else is invalid input in {@code field}. */
    public static County of(String code, String field) {
        Checks.present(code, field);
        return find(code).orElseThrow(() -> DomainProblem.invalid(Checks.INVALID_VALUE,
                field + " must be a wellbeing services county code such as keski-pohjanmaa", field));
    }
}
