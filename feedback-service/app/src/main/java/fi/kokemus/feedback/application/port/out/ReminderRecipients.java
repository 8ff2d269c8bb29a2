package fi.kokemus.feedback.application.port.out;

import java.util.List;
import java.util.Optional;

/** E-mail addresses of accounts, looked up when a reminder is sent; none are stored here. Both throw {@link RecipientsUnavailable}. */
public interface ReminderRecipients {

    /** The enabled orderer accounts of the unit, each of whom sees the unit's orderer link. */
    List<String> unitOrderers(String county, String unitId);

    /** The address of the enabled account with this name, if it has one. */
    Optional<String> accountAddress(String username);
}
