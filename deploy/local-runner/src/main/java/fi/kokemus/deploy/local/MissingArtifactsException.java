package fi.kokemus.deploy.local;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The build outputs the local system runs are not there: the project has not been built yet. */
public final class MissingArtifactsException extends IllegalStateException {

    public MissingArtifactsException(Path projectRoot, List<Path> missing) {
        super("Not built yet:" + missing.stream().map(path -> "\n  " + path).collect(Collectors.joining())
                + "\nBuild them with `./mvnw -DskipTests install` in " + projectRoot);
    }
}
