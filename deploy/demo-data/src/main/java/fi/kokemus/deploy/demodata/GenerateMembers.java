package fi.kokemus.deploy.demodata;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Command line: {@code GenerateMembers [--count N] [--seed S] [--duplicates SHARE] [--out DIR]}. Without
 * {@code --out} the members go to standard output, one JSON object per line; with it, one
 * {@code <organisation>.json} per NGO.
 */
public final class GenerateMembers {

    private static final String USAGE = "usage: GenerateMembers [--count N] [--seed S] [--duplicates SHARE] [--out DIR]";

    record Options(int count, long seed, double duplicateShare, Optional<Path> out) {

        static Options parse(List<String> args) {
            int count = 1000;
            long seed = 1;
            double duplicateShare = SyntheticExperts.DEFAULT_DUPLICATE_SHARE;
            Optional<Path> out = Optional.empty();
            for (int i = 0; i < args.size(); i += 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(args.get(i) + " needs a value; " + USAGE);
                }
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--count" -> count = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--duplicates" -> duplicateShare = Double.parseDouble(value);
                    case "--out" -> out = Optional.of(Path.of(value));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "; " + USAGE);
                }
            }
            return new Options(count, seed, duplicateShare, out);
        }
    }

    private GenerateMembers() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var members = new SyntheticExperts(options.seed(), options.duplicateShare()).members(options.count());
        if (options.out().isPresent()) {
            List<Path> files = MemberJson.writeByOrganisation(members, options.out().get());
            System.err.println("wrote " + options.count() + " members to " + files.size() + " files in "
                    + options.out().get());
        } else {
            MemberJson.writeLines(members, System.out);
        }
    }
}
