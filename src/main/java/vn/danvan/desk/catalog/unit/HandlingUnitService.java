package vn.danvan.desk.catalog.unit;

import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.audit.Changes;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;

/** Handling units: add, edit, deactivate; deleted only while nothing refers to them. */
public final class HandlingUnitService {

    public static final int CONTACT_MAX = 200;

    private final HandlingUnitRepository units;
    private final Transactions transactions;
    private final AuditTrail audit;

    public HandlingUnitService(HandlingUnitRepository units, Transactions transactions, AuditTrail audit) {
        this.audit = audit;
        this.units = units;
        this.transactions = transactions;
    }

    public List<HandlingUnit> all() {
        return units.findAll();
    }

    public HandlingUnit add(String name, HandlingUnitKind kind, String contact) {
        check(name, kind, contact);
        return transactions.inTransaction(() -> {
            refuseTakenName(name, null);
            HandlingUnit created = units.insert(name, kind, contact);
            audit.record(AuditTrail.CREATE, "UNIT", created.id(), created.name() + " (" + kind + ")");
            return created;
        });
    }

    public void update(UUID id, String name, HandlingUnitKind kind, String contact) {
        check(name, kind, contact);
        transactions.run(() -> {
            HandlingUnit current = require(id);
            refuseTakenName(name, id);
            units.update(id, name, kind, contact);
            HandlingUnit updated = require(id);
            audit.record(AuditTrail.UPDATE, "UNIT", id, Changes.of().field("tên", current.name(), updated.name())
                    .field("loại", current.kind(), updated.kind()).field("liên hệ", current.contact(), updated.contact())
                    .describing(current.name()));
        });
    }

    public void setActive(UUID id, boolean active) {
        transactions.run(() -> {
            HandlingUnit current = require(id);
            units.setActive(id, active);
            audit.record(AuditTrail.UPDATE, "UNIT", id, Changes.of().field("đang dùng", current.active(), active)
                    .describing(current.name()));
        });
    }

    public void delete(UUID id) {
        transactions.run(() -> {
            HandlingUnit unit = require(id);
            if (unit.used()) {
                throw new UserException("error.unit.inUse", unit.name(), unit.references());
            }
            units.delete(id);
            audit.record(AuditTrail.DELETE, "UNIT", id, unit.name());
        });
    }

    private static void check(String name, HandlingUnitKind kind, String contact) {
        Problem.throwFirst(CatalogRules.longName(name), CatalogRules.choice(kind),
                TextRules.maxLength(contact, CONTACT_MAX));
    }

    private HandlingUnit require(UUID id) {
        return units.findById(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    private void refuseTakenName(String name, UUID exceptId) {
        if (units.nameTaken(name, exceptId)) {
            throw new UserException("error.unit.nameTaken", name.strip());
        }
    }
}
