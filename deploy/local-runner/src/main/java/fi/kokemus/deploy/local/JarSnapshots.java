package fi.kokemus.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A running JVM loads classes from its jar long after it started, so rebuilding the project (the README's
 * test command, say) while the system runs would break it. The system runs copies of the jars instead,
 * refreshed at each start when the build changed them.
 */
final class JarSnapshots {

    private JarSnapshots() {
    }

    static List<Component> inDirectory(List<Component> components, Path directory) {
        return components.stream().map(component -> snapshot(component, directory)).toList();
    }

    private static Component snapshot(Component component, Path directory) {
        if (!(component.launch() instanceof Launch.JavaJar launch)) {
            return component;
        }
        Path copy = directory.resolve(component.name() + ".jar");
        try {
            if (!sameFile(launch.jar(), copy)) {
                Files.createDirectories(directory);
                Path partial = directory.resolve(component.name() + ".jar.partial");
                Files.copy(launch.jar(), partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + launch.jar() + " to " + copy, e);
        }
        return component.withLaunch(new Launch.JavaJar(copy, launch.jvmOptions(), launch.arguments()));
    }

    /** Size and modification time (to the millisecond, as precise as a copy keeps it): a build changes both. */
    private static boolean sameFile(Path original, Path copy) throws IOException {
        return Files.isRegularFile(copy)
                && Files.size(original) == Files.size(copy)
                && Files.getLastModifiedTime(original).toMillis() == Files.getLastModifiedTime(copy).toMillis();
    }
}
