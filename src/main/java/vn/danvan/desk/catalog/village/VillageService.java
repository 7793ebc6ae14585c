package vn.danvan.desk.catalog.village;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;

/** Villages and residential groups: add, rename, (de)activate, merge two without losing any reference. */
public final class VillageService {

    private static final Logger LOG = LoggerFactory.getLogger(VillageService.class);

    private final VillageRepository villages;
    private final Transactions transactions;

    public VillageService(VillageRepository villages, Transactions transactions) {
        this.villages = villages;
        this.transactions = transactions;
    }

    public List<Village> all() {
        return villages.findAll();
    }

    public Village add(String name, VillageKind kind) {
        Problem.throwFirst(CatalogRules.name(name), CatalogRules.choice(kind));
        return transactions.inTransaction(() -> {
            refuseTakenName(name, null);
            return villages.insert(name, kind);
        });
    }

    public Village update(UUID id, String name, VillageKind kind) {
        Problem.throwFirst(CatalogRules.name(name), CatalogRules.choice(kind));
        return transactions.inTransaction(() -> {
            Village current = require(id);
            if (current.merged()) {
                throw new UserException("error.village.merged", current.name());
            }
            refuseTakenName(name, id);
            villages.update(id, name, kind);
            return require(id);
        });
    }

    public void setActive(UUID id, boolean active) {
        transactions.run(() -> {
            Village current = require(id);
            if (current.merged() && active) {
                throw new UserException("error.village.merged", current.name());
            }
            villages.setActive(id, active);
        });
    }

    /** Moves every reference of {@code sourceId} to {@code targetId}; the source stays, marked as merged. */
    public Village merge(UUID sourceId, UUID targetId) {
        if (sourceId.equals(targetId)) {
            throw new UserException("error.village.mergeSame");
        }
        return transactions.inTransaction(() -> {
            Village source = require(sourceId);
            Village target = require(targetId);
            if (source.merged()) {
                throw new UserException("error.village.merged", source.name());
            }
            if (target.merged()) {
                throw new UserException("error.village.merged", target.name());
            }
            villages.merge(sourceId, targetId);
            if (!target.active()) {
                villages.setActive(targetId, true);
            }
            LOG.info("Merged village {} ({} references) into {}", sourceId, source.references(), targetId);
            return require(targetId);
        });
    }

    public Village require(UUID id) {
        return villages.findById(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    private void refuseTakenName(String name, UUID exceptId) {
        if (villages.nameTaken(name, exceptId)) {
            throw new UserException("error.village.nameTaken", name.strip());
        }
    }
}
