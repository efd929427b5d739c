package org.heritageregistry.conflict;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.VerificationStatus;

import io.quarkus.panache.common.Parameters;

/**
 * Keeps the conflict table in step with a monument's reports. A conflict is settled once a
 * reviewer disputes or rejects one side, or a side is superseded by a correction.
 */
@ApplicationScoped
public class ConflictService {

    static final Set<VerificationStatus> SETTLING = EnumSet.of(VerificationStatus.DISPUTED, VerificationStatus.REJECTED);

    /** Re-derives the monument's conflicts from its current report revisions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String monumentId, List<DamageReport> current, Instant now) {
        Map<UUID, Conflict> existing = Conflict.<Conflict>list("monumentId", monumentId).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<DamageReport> sorted = current.stream().sorted((x, y) -> x.id.compareTo(y.id)).toList();
        Set<UUID> live = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                DamageReport a = sorted.get(i);
                DamageReport b = sorted.get(j);
                Optional<ConflictDetector.Disagreement> found = ConflictDetector.detect(a, b);
                if (found.isEmpty()) {
                    continue;
                }
                UUID id = idOf(found.get().kind(), a.id, b.id);
                live.add(id);
                Conflict conflict = existing.get(id);
                if (conflict == null) {
                    conflict = new Conflict();
                    conflict.id = id;
                    conflict.monumentId = monumentId;
                    conflict.kind = found.get().kind();
                    conflict.reportAId = a.id;
                    conflict.reportBId = b.id;
                    conflict.detectedAt = now;
                    conflict.description = found.get().description();
                    conflict.persist();
                }
                conflict.description = found.get().description();
                settle(conflict, SETTLING.contains(a.status) || SETTLING.contains(b.status), now);
            }
        }
        existing.values().stream().filter(c -> !live.contains(c.id)).forEach(c -> settle(c, true, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conflict> list(String monumentId, Boolean resolved, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (monumentId != null) {
            where.append(" and monumentId = :monument");
            params.and("monument", monumentId);
        }
        if (resolved != null) {
            where.append(" and resolved = :resolved");
            params.and("resolved", resolved);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", QueryParams.uuid(after.get(0), "cursor"));
        }
        return Conflict.<Conflict>find(where + " order by id", params).range(0, page.limit()).list();
    }

    private static void settle(Conflict conflict, boolean settled, Instant now) {
        if (settled && !conflict.resolved) {
            conflict.resolved = true;
            conflict.resolvedAt = now;
        } else if (!settled && conflict.resolved) {
            conflict.resolved = false;
            conflict.resolvedAt = null;
        }
    }

    static UUID idOf(ConflictKind kind, UUID a, UUID b) {
        return UUID.nameUUIDFromBytes((kind + ":" + a + ":" + b).getBytes(StandardCharsets.UTF_8));
    }
}
