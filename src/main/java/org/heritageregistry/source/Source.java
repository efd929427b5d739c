package org.heritageregistry.source;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Who makes a claim. A confidential source (a local activist, say) is shown to the public only
 * as its kind; its id is random so that it reveals nothing either.
 *
 * <p>In Hibernate's second-level cache: every report shown names one or two sources, and a source
 * is never changed once registered (no endpoint updates one; an import only fills an empty
 * registry), so a cached source is never stale, on any instance.
 */
@Cacheable
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    @Enumerated(EnumType.STRING)
    public Reliability reliability;

    public boolean confidential;

    public String description;

    public String url;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
