package vn.danvan.desk.catalog.field;

import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.audit.Changes;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;

/** Petition fields: add, rename, reorder, deactivate; deleted only while no petition or opinion uses them. */
public final class FieldService {

    private final FieldRepository fields;
    private final Transactions transactions;
    private final AuditTrail audit;

    public FieldService(FieldRepository fields, Transactions transactions, AuditTrail audit) {
        this.audit = audit;
        this.fields = fields;
        this.transactions = transactions;
    }

    public List<PetitionField> all() {
        return fields.findAll();
    }

    public PetitionField add(String name) {
        Problem.throwFirst(CatalogRules.longName(name));
        return transactions.inTransaction(() -> {
            refuseTakenName(name, null);
            PetitionField created = fields.insert(name);
            audit.record(AuditTrail.CREATE, "FIELD", created.id(), created.name());
            return created;
        });
    }

    public void rename(UUID id, String name) {
        Problem.throwFirst(CatalogRules.longName(name));
        transactions.run(() -> {
            PetitionField current = require(id);
            refuseTakenName(name, id);
            fields.rename(id, name);
            audit.record(AuditTrail.UPDATE, "FIELD", id, Changes.of().field("tên", current.name(), name.strip())
                    .describing(null));
        });
    }

    public void setActive(UUID id, boolean active) {
        transactions.run(() -> {
            PetitionField current = require(id);
            fields.setActive(id, active);
            audit.record(AuditTrail.UPDATE, "FIELD", id, Changes.of().field("đang dùng", current.active(), active)
                    .describing(current.name()));
        });
    }

    /** Moves the field one place up ({@code -1}) or down ({@code +1}) in the office's order. */
    public void move(UUID id, int direction) {
        transactions.run(() -> {
            List<PetitionField> ordered = fields.findAll();
            int index = indexOf(ordered, id);
            int other = index + Integer.signum(direction);
            if (other < 0 || other >= ordered.size()) {
                return;
            }
            // renumber all so that equal or sparse orders never block a move
            for (int i = 0; i < ordered.size(); i++) {
                int position = i == index ? other : i == other ? index : i;
                fields.setSortOrder(ordered.get(i).id(), (position + 1) * 10);
            }
        });
    }

    public void delete(UUID id) {
        transactions.run(() -> {
            PetitionField field = require(id);
            if (field.used()) {
                throw new UserException("error.field.inUse", field.name(), field.references());
            }
            fields.delete(id);
            audit.record(AuditTrail.DELETE, "FIELD", id, field.name());
        });
    }

    private static int indexOf(List<PetitionField> ordered, UUID id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new UserException("error.notFound");
    }

    private PetitionField require(UUID id) {
        return fields.findById(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    private void refuseTakenName(String name, UUID exceptId) {
        if (fields.nameTaken(name, exceptId)) {
            throw new UserException("error.field.nameTaken", name.strip());
        }
    }
}
