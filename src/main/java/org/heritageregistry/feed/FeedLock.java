package org.heritageregistry.feed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row whose lock serialises the assignment of feed positions (see {@link ChangeSequencer}). */
@Entity
@Table(name = "change_feed_lock")
public class FeedLock extends PanacheEntityBase {

    static final int THE_ROW = 1;

    @Id
    public int id;
}
