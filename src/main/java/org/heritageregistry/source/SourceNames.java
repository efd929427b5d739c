package org.heritageregistry.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names compared as a reader compares them: "Maamoun Abdul Karim", "maamoun abdulkarim" and
 * "Maâmoun Abdul-Karim" are one name. Written here rather than taken from a library because the
 * rule is short and must be the same in Java and in the stored key the database searches: letters
 * and digits only, decomposed and without their marks (accents, Arabic short vowels), lower case,
 * with the Arabic letters that spellings of one name alternate between (alef with hamza or madda,
 * alef maqsura, ta marbuta) taken as one.
 */
public final class SourceNames {

    private SourceNames() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK || !Character.isLetterOrDigit(c)) {
                return;
            }
            folded.appendCodePoint(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> Character.toLowerCase(c);
            });
        });
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Each of the names folded, the name first, blanks and repeats left out. */
    static List<String> keys(String name, List<String> aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(fold(name));
        aliases.forEach(a -> keys.add(fold(a)));
        return keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** The stored search key: each of the names folded, one per line (a line never spans two names). */
    static String searchKey(String name, List<String> aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(fold(name));
        aliases.forEach(a -> keys.add(fold(a)));
        return "\n" + String.join("\n", keys) + "\n";
    }
}
