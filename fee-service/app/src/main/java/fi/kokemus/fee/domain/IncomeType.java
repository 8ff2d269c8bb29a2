package fi.kokemus.fee.domain;

/** The Incomes Register income type a fee is reported under (see docs/fees.md for the mapping). */
public enum IncomeType {
    MEETING_FEE,
    LECTURE_FEE,
    OTHER_WAGE;

    /** Lectures and talks are lecture fees, group and board memberships meeting fees, the rest other wages. */
    public static IncomeType of(String taskType) {
        if (taskType == null) {
            return OTHER_WAGE;
        }
        if (taskType.startsWith("LECTURE") || taskType.equals("SEMINAR_PRESENTER")) {
            return LECTURE_FEE;
        }
        if (taskType.startsWith("DEVELOPMENT_GROUP") || taskType.endsWith("_GROUP_MEMBER")) {
            return MEETING_FEE;
        }
        return OTHER_WAGE;
    }
}
