package fi.kokemus.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak keeps its database (dev-file H2) and its one-time Quarkus build inside its home directory, so each
 * data directory gets its own copy of the distribution: the build output stays clean and a reset is deleting
 * the data directory.
 */
final class KeycloakHome {

    static final String START_SCRIPT = "bin/kc.sh";
    static final String REALM_FILE = "kokemus-realm.json";

    private KeycloakHome() {
    }

    static Path home(Path dataDir) {
        return dataDir.resolve("keycloak");
    }

    static Path startScript(Path dataDir) {
        return home(dataDir).resolve(START_SCRIPT);
    }

    /** Copies the distribution on first use and puts the realm where {@code --import-realm} reads it. */
    static void prepare(ProjectArtifacts artifacts, Path dataDir) {
        Path home = home(dataDir);
        try {
            if (!Files.isRegularFile(home.resolve(START_SCRIPT))) {
                Path distribution = artifacts.keycloakDistribution()
                        .orElseThrow(() -> new MissingArtifactsException(artifacts.root(),
                                List.of(artifacts.root().resolve("deploy/keycloak/target/keycloak-<version>/"))));
                copyOnce(distribution, home);
            }
            Path realm = artifacts.keycloakRealm();
            if (!Files.isRegularFile(realm)) {
                throw new MissingArtifactsException(artifacts.root(), List.of(realm));
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + home, e);
        }
    }

    /** Copies next to the target and renames, so an interrupted copy is never taken for a complete one. */
    private static void copyOnce(Path distribution, Path home) throws IOException {
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        deleteTree(partial);
        copyTree(distribution, partial);
        deleteTree(home);
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
