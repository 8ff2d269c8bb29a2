package fi.kokemus.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asked for feedback on a completed task. The orderer and the expert (self-assessment)
 * always are. The task type alone decides the rest: one-to-one client work has a client and no
 * audience, so it gets a personal client link and no public listener link (a public link for a
 * single person would be neither anonymous nor needed); every other task, group work with clients
 * included, has an audience and gets the listener link.
 */
public final class RespondentPolicy {

    /** Task types of the county catalogues that are one-to-one work with a client. */
    static final Set<String> ONE_TO_ONE_CLIENT_WORK = Set.of("CLIENT_SUPPORT");

    private RespondentPolicy() {
    }

    public static Set<Respondent> respondentsFor(CompletedWork work) {
        Set<Respondent> respondents = EnumSet.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        respondents.add(ONE_TO_ONE_CLIENT_WORK.contains(work.taskType()) ? Respondent.CLIENT : Respondent.LISTENER);
        return respondents;
    }
}
