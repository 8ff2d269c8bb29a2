package fi.kokemus.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Checks over a whole registry database, whatever collections later code adds to it. */
public final class PersonalDataAssertions {

    private PersonalDataAssertions() {
    }

    /**
     * Asserts that no document of any collection contains any of {@code personalValues}.
     *
     * @return the names of the collections looked through
     */
    public static List<String> assertNoCollectionContains(MongoDatabase database, String... personalValues) {
        List<String> collections = database.listCollectionNames().into(new ArrayList<>());
        for (String collection : collections) {
            for (Document document : database.getCollection(collection).find()) {
                assertThat(document.toJson())
                        .as("a document of collection %s", collection)
                        .doesNotContain(personalValues);
            }
        }
        return collections;
    }
}
