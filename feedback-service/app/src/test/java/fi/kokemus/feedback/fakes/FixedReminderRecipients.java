package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ReminderRecipients;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Addresses as the demo realm has them: the Soite unit's orderers and the expert. */
public class FixedReminderRecipients implements ReminderRecipients {

    public static final List<String> SOITE_UNIT_ORDERERS = List.of("orderer.soite@example.org",
            "second.orderer@example.org");
    public static final String EXPERT_ADDRESS = "expert.soite@example.org";

    @Override
    public List<String> unitOrderers(String county, String unitId) {
        return SampleWork.COUNTY.equals(county) && SampleWork.UNIT.equals(unitId) ? SOITE_UNIT_ORDERERS : List.of();
    }

    @Override
    public Optional<String> accountAddress(String username) {
        return Optional.ofNullable(Map.of(SampleWork.EXPERT_USERNAME, EXPERT_ADDRESS).get(username));
    }
}
