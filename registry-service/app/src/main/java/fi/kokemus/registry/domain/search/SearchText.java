package fi.kokemus.registry.domain.search;

import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.Training;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one tokeniser for free-text search, used both to index experts and to read a query, so the
 * two always agree: lower case, diacritics folded except the Finnish å, ä and ö (which are letters
 * of their own), split on anything but letters and digits.
 */
public final class SearchText {

    /** Prefixes shorter than this would match too much to be useful. */
    public static final int MIN_PREFIX = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final String KEPT_LETTERS = "åäö";

    private SearchText() {
    }

    /** The normalised words of {@code text}, each once, in order of appearance. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(fold(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** The words and every prefix of at least {@link #MIN_PREFIX} characters, so "mielen" finds "mielenterveys". */
    public static Set<String> tokens(Collection<String> words) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words) {
            int[] codePoints = word.codePoints().toArray();
            for (int length = MIN_PREFIX; length < codePoints.length; length++) {
                tokens.add(new String(codePoints, 0, length));
            }
            tokens.add(word);
        }
        return Set.copyOf(tokens);
    }

    /**
     * The words of what anyone who may find the expert may read: display name, home county and
     * municipality codes, roles, topics, life situations, task types, languages, organisations and
     * training providers. Never the full name, contact, diagnoses or the wishes to coordinators.
     */
    public static List<String> indexedWords(Expert expert) {
        PublicProfile profile = expert.publicProfile();
        List<String> texts = new ArrayList<>();
        texts.add(profile.displayName());
        texts.add(profile.homeCounty().code());
        texts.add(profile.municipality().value());
        Stream.of(profile.roles(), profile.topics(), profile.lifeSituations(), profile.taskTypes(),
                profile.languages(), profile.organisations())
                .flatMap(Collection::stream)
                .map(Object::toString)
                .forEach(texts::add);
        expert.profile().trainings().stream().map(Training::provider).forEach(texts::add);
        return words(String.join(" ", texts));
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            folded.append(KEPT_LETTERS.indexOf(codePoint) >= 0 ? character
                    : COMBINING_MARKS.matcher(Normalizer.normalize(character, Normalizer.Form.NFKD)).replaceAll(""));
        });
        return folded.toString();
    }
}
