package org.heritageregistry.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.source.NewSource;
import org.heritageregistry.source.Source;
import org.heritageregistry.source.SourceNames;
import org.heritageregistry.source.SourceService;

/**
 * Finds the source a report row cites: by a source row's id (of this file, or of an earlier
 * import), by a registered source's UUID (a merged one leads to its survivor), or by a name or
 * alias that exactly one source bears. A name that several sources bear is refused: the file must
 * say which.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SourceReferences {

    /** A source found, one the file itself adds (its id is known once loaded), or why none is. */
    record Found(UUID id, boolean inFile, String error) {
        static Found error(String message) {
            return new Found(null, false, message);
        }
    }

    private final SourceService sources;
    private final ImportKeys keys;

    SourceReferences(SourceService sources, ImportKeys keys) {
        this.sources = sources;
        this.keys = keys;
    }

    /**
     * {@code fileRows}: the source row ids and {@link #nameKey names} the file gave before this row
     * (while checking; empty while loading, when those sources are registered).
     */
    Found find(String reference, String name, Set<String> fileRows) {
        if (reference != null) {
            if (fileRows.contains(reference) || fileRows.contains(nameKey(reference))) {
                return new Found(null, true, null);
            }
            Optional<String> loaded = keys.find(RowKeys.sourceRow(reference));
            if (loaded.isPresent()) {
                return survivor(UUID.fromString(loaded.get()));
            }
            UUID id = uuid(reference);
            if (id != null && sources.find(id).isPresent()) {
                return survivor(id);
            }
            Found byName = byName(reference);
            if (byName != null) {
                return byName;
            }
        }
        if (name != null) {
            if (fileRows.contains(nameKey(name))) {
                return new Found(null, true, null);
            }
            Found byName = byName(name);
            if (byName != null) {
                return byName;
            }
        }
        return Found.error("names no source: neither a source row's id, a source's id, nor a name or alias of a registered source"
                + (reference != null ? " ('" + abbreviate(reference) + "')" : ""));
    }

    /**
     * Why a source row may not be loaded as it is: no registered source bears exactly its name
     * (that one the row would simply cite), but one bears a similar name or alias, which
     * registerSource answers with a 409. An import cannot insist: it names the candidates, and the
     * file names the source as the registry does, or cites it by id. Null when the row may go.
     */
    /** The source a row being loaded cites (null when it names none: its data's sourceId does), or a 400 naming the field. */
    UUID require(String reference, String name, String field) {
        if (reference == null && name == null) {
            return null;
        }
        Found found = find(reference, name, Set.of());
        if (found.id() == null) {
            throw ProblemException.invalidFields(List.of(new ApiProblem.FieldError(field, found.error() == null ? "names no source" : found.error())));
        }
        return found.id();
    }

    String similarOnly(NewSource source) {
        if (!sources.named(source.name()).isEmpty()) {
            return null;
        }
        List<Source> similar = sources.sameNamed(source);
        return similar.isEmpty() ? null : "a source with a similar name or alias is registered: " + similar.stream().limit(3)
                .map(s -> "'" + abbreviate(s.name) + "' (" + s.id + ")").collect(java.util.stream.Collectors.joining(", "))
                + "; give the name as the registry has it, or cite the source by id";
    }

    /** How a name the file gives a source is remembered beside the row ids while checking. */
    static String nameKey(String name) {
        return "\nname:" + SourceNames.fold(name); // a row id holds no line break, so the two never meet
    }

    private Found byName(String name) {
        List<Source> named = sources.named(name);
        if (named.size() == 1) {
            return new Found(named.get(0).id, false, null);
        }
        return named.isEmpty() ? null
                : Found.error("'" + abbreviate(name) + "' is a name of " + named.size() + " sources: give the id of the one meant");
    }

    /** A merged source's claims cite its survivor. */
    private Found survivor(UUID id) {
        Source source = sources.find(id).orElse(null);
        for (int hops = 0; source != null && source.mergedInto != null && hops < 20; hops++) {
            source = sources.find(source.mergedInto).orElse(null);
        }
        return source == null ? Found.error("names a source that no longer exists") : new Found(source.id, false, null);
    }

    private static UUID uuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
