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
 * <p>In Hibernate's second-level cache: every report shown names one or two sources, and sources
 * change rarely (a curator's PATCH or merge). An edit goes through this entity, so the instance
 * that makes it updates its cache entry (and its aliases collection) in the same commit. Another
 * instance on the same database keeps serving its cached copy until the entry is evicted (the region
 * is bounded, see docs/performance.md): an edited name or a merge may show late there. That is the
 * price of the cache that made report lists several times faster; the monument change signal
 * (NOTIFY) would be the way to close it if several instances serve curators.
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

    /** The source this one was merged into (a duplicate folded into its survivor); null for every other source. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
