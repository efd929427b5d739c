package org.heritageregistry.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Whether the seed was loaded. Its single row is also the start-up lock: an instance holds it while
 * it creates the first accounts or loads the seed, so instances starting together take turns.
 */
@Entity
@Table(name = "seed_state")
public class SeedState extends PanacheEntityBase {

    @Id
    public Integer id;

    public boolean loaded;

    /** The row, locked until the current transaction ends. */
    public static SeedState lock() {
        return getEntityManager().find(SeedState.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }
}
