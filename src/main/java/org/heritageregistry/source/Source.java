package org.heritageregistry.source;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.BatchSize;
import org.heritageregistry.common.PageRequest;

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
 * registry), so a cached source is never stale, on any instance. Its aliases are a collection,
 * cached with it (a report list names many sources: without this each one cached would load its
 * aliases in a statement of its own).
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

    /** Other spellings of the name, as sources give them ("Mamoun Abdelkarim"). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_alias", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "idx")
    @Column(name = "alias")
    @BatchSize(size = PageRequest.MAX_LIMIT + 1)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    public List<String> aliases = new ArrayList<>();

    /** The name and aliases folded (see {@link SourceNames}); what {@code ?q=} searches. */
    @Column(name = "search_key")
    public String searchKey;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
