package fi.kokemus.deploy.demodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A semicolon-separated table on the classpath: '#' lines are comments, the first other line the header. */
final class ReferenceTable {

    private ReferenceTable() {
    }

    /** The data rows, split into columns; trailing empty columns are kept. */
    static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .skip(1)
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static InputStream open(String resource) {
        InputStream stream = ReferenceTable.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return stream;
    }
}
