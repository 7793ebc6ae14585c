package vn.danvan.desk.catalog.village;

import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.audit.Changes;
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
    private final AuditTrail audit;

    public VillageService(VillageRepository villages, Transactions transactions, AuditTrail audit) {
        this.audit = audit;
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
            Village created = villages.insert(name, kind);
            audit.record(AuditTrail.CREATE, "VILLAGE", created.id(), created.name() + " (" + kind + ")");
            return created;
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
            Village updated = require(id);
            audit.record(AuditTrail.UPDATE, "VILLAGE", id, Changes.of().field("tên", current.name(), updated.name())
                    .field("loại", current.kind(), updated.kind()).describing(current.name()));
            return updated;
        });
    }

    public void setActive(UUID id, boolean active) {
        transactions.run(() -> {
            Village current = require(id);
            if (current.merged() && active) {
                throw new UserException("error.village.merged", current.name());
            }
            villages.setActive(id, active);
            audit.record(AuditTrail.UPDATE, "VILLAGE", id,
                    Changes.of().field("đang dùng", current.active(), active).describing(current.name()));
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
            audit.record(AuditTrail.UPDATE, "VILLAGE", sourceId, "gộp " + source.name() + " → " + target.name()
                    + " (" + source.references() + " bản ghi)");
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
