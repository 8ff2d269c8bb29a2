package fi.kokemus.ordering.notification;

import fi.kokemus.platform.actor.Role;
import java.util.List;

/** Who a notification is for; their addresses are looked up only when it is sent. */
public sealed interface Recipient {

    /** Names the recipient in a notification's key. */
    String key();

    List<String> addressesIn(RecipientDirectory directory);

    /** One account, by its login name. */
    record Account(String username) implements Recipient {
        @Override
        public String key() {
            return "user:" + username;
        }

        @Override
        public List<String> addressesIn(RecipientDirectory directory) {
            return directory.emailOf(username).stream().toList();
        }
    }

    /** Every coordinator of a county. */
    record Coordinators(String county) implements Recipient {
        @Override
        public String key() {
            return "coordinators:" + county;
        }

        @Override
        public List<String> addressesIn(RecipientDirectory directory) {
            return directory.emailsOf(county, Role.COORDINATOR);
        }
    }
}
