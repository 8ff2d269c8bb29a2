package fi.kokemus.deploy.demodata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** Writes generated members as JSON; absent optional values are left out, as an NGO's system would. */
public final class MemberJson {

    /** One organisation's file: {@code {"members":[...]}}. */
    public record OrganisationMembers(List<SyntheticMember> members) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private MemberJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One member per line. */
    public static void writeLines(Stream<SyntheticMember> members, OutputStream out) {
        PrintStream printer = new PrintStream(out, false, StandardCharsets.UTF_8);
        members.forEachOrdered(member -> printer.println(MAPPER.writeValueAsString(member)));
        printer.flush();
    }

    /** One file {@code <organisation>.json} per organisation in {@code directory}; returns the files written. */
    public static List<Path> writeByOrganisation(Stream<SyntheticMember> members, Path directory) {
        Map<String, List<SyntheticMember>> byOrganisation = members.collect(
                Collectors.groupingBy(SyntheticMember::organisationId, TreeMap::new, Collectors.toList()));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        return byOrganisation.entrySet().stream().map(entry -> {
            Path file = directory.resolve(entry.getKey() + ".json");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), new OrganisationMembers(entry.getValue()));
            return file;
        }).toList();
    }
}
