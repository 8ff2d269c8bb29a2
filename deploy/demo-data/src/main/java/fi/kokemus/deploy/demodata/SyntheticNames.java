package fi.kokemus.deploy.demodata;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Finnish- and Swedish-sounding names: common first names with surnames composed of a common stem and
 * an ending, so no list here names a real person.
 */
final class SyntheticNames {

    record Name(String first, String last) {
    }

    private static final List<String> FINNISH_FIRST = List.of(
            "Aino", "Eeva", "Helmi", "Ilona", "Kaisa", "Laura", "Liisa", "Maija", "Noora", "Oona",
            "Pirjo", "Riikka", "Sanna", "Tiina", "Ulla", "Veera", "Anni", "Elina", "Hanna", "Johanna",
            "Antti", "Eero", "Heikki", "Ilkka", "Jari", "Juha", "Kalle", "Lauri", "Markku", "Matti",
            "Mikko", "Olli", "Pekka", "Risto", "Sami", "Timo", "Tuomas", "Ville", "Veikko", "Jussi");
    private static final List<String> FINNISH_STEMS = List.of(
            "Kivi", "Mäki", "Koski", "Laakso", "Lehto", "Niemi", "Järvi", "Salo", "Haapa", "Vaara",
            "Kallio", "Rinta", "Honka", "Kuusi", "Lahti", "Ranta", "Suo", "Pelto", "Halla", "Koivu");
    private static final List<String> FINNISH_ENDINGS = List.of(
            "nen", "aho", "salo", "koski", "niemi", "ranta", "mäki", "vaara", "lehto", "joki");
    private static final List<String> SWEDISH_FIRST = List.of(
            "Anna", "Ebba", "Ella", "Greta", "Ingrid", "Karin", "Linnea", "Maria", "Saga", "Stina",
            "Anders", "Björn", "Erik", "Gustav", "Henrik", "Johan", "Mats", "Nils", "Oskar", "Sven");
    private static final List<String> SWEDISH_STEMS = List.of(
            "Berg", "Lind", "Ek", "Holm", "Sjö", "Strand", "Ny", "Sand", "Björk", "Åker");
    private static final List<String> SWEDISH_ENDINGS = List.of(
            "ström", "qvist", "berg", "lund", "man", "gren", "dahl", "holm", "vik", "bäck");

    private SyntheticNames() {
    }

    static Name pick(RandomGenerator random, boolean swedishSpeaking) {
        return swedishSpeaking
                ? new Name(any(SWEDISH_FIRST, random), surname(SWEDISH_STEMS, SWEDISH_ENDINGS, random))
                : new Name(any(FINNISH_FIRST, random), surname(FINNISH_STEMS, FINNISH_ENDINGS, random));
    }

    private static String surname(List<String> stems, List<String> endings, RandomGenerator random) {
        String stem = any(stems, random);
        String ending = any(endings, random);
        // "Salosalo" or "Bergberg" would be no one's name.
        if (stem.equalsIgnoreCase(ending)) {
            ending = endings.get(0);
        }
        return stem + ending;
    }

    private static String any(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
