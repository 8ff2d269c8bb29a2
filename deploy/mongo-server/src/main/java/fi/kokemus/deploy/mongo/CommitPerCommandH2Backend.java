package fi.kokemus.deploy.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * H2 MVStore backend that commits before it answers a command that changed data. The plain backend commits
 * in the background about once a second, so a write acknowledged just before the process was killed could
 * be lost; committing first means an acknowledged write is in the file (the OS page cache) when the client
 * hears of it. Reads change nothing and cost no commit.
 */
final class CommitPerCommandH2Backend extends H2Backend {

    CommitPerCommandH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}
