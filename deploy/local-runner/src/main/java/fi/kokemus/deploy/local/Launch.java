package fi.kokemus.deploy.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a component's process is started. */
public sealed interface Launch {

    List<String> command(Path java);

    /** The file the build must have produced for this launch to work. */
    Path builtFile();

    /** {@code java <jvmOptions> -jar <jar> <arguments>} */
    record JavaJar(Path jar, List<String> jvmOptions, List<String> arguments) implements Launch {
        public JavaJar {
            jvmOptions = List.copyOf(jvmOptions);
            arguments = List.copyOf(arguments);
        }

        @Override
        public Path builtFile() {
            return jar;
        }

        @Override
        public List<String> command(Path java) {
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(arguments);
            return command;
        }
    }

    /** A start script that finds java itself (Keycloak's kc.sh); the component's environment points it at ours. */
    record Script(Path script, List<String> arguments) implements Launch {
        public Script {
            arguments = List.copyOf(arguments);
        }

        @Override
        public Path builtFile() {
            return script;
        }

        @Override
        public List<String> command(Path java) {
            List<String> command = new ArrayList<>();
            command.add(script.toString());
            command.addAll(arguments);
            return command;
        }
    }
}
