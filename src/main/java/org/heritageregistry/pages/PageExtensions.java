package org.heritageregistry.pages;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.LocalizedName;

import io.quarkus.qute.TemplateExtension;

/** Small formatting helpers for the page templates. */
@TemplateExtension
public final class PageExtensions {

    private PageExtensions() {
    }

    /** An enum as the API writes it (91-100%, not UP_TO_100). */
    static String wire(Enum<?> constant) {
        return JsonEnums.jsonName(constant);
    }

    /** The source as the caller may see it. */
    static String label(SourceView source) {
        return Sources.label(source);
    }

    /** Right-to-left for names in a right-to-left language written in its own script (ar, not ar-Latn). */
    static boolean rtl(LocalizedName name) {
        String lang = name.lang == null ? "" : name.lang.toLowerCase(java.util.Locale.ROOT);
        String primary = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        boolean rtlLanguage = switch (primary) {
            case "ar", "fa", "he", "ur", "syc", "arc", "ps", "ckb" -> true;
            default -> false;
        };
        return rtlLanguage && !lang.contains("-latn");
    }
}
