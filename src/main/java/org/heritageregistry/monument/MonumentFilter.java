package org.heritageregistry.monument;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.MonumentCategory;

/** The filters of the monument list; a null field does not filter. */
public record MonumentFilter(String siteId, MonumentCategory category, Condition condition, String text) {
}
