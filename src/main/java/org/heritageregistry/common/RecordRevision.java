package org.heritageregistry.common;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every kept edit of a curated record (monument, site, source) says about the edit itself:
 * its number, when and by whom, and the fields it changed. Each subclass adds the record's id and
 * the record's fields as they stood before the edit.
 */
@MappedSuperclass
public abstract class RecordRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 1 for the first edit, then one more per edit of the same record. */
    public int revision;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** JSON object: each changed field with its from and to. */
    public String changes;
}
