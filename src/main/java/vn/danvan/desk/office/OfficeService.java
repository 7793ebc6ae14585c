package vn.danvan.desk.office;

import vn.danvan.desk.audit.Changes;
import vn.danvan.desk.audit.AuditTrail;
import java.util.Optional;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;

/** Reads and edits the office profile. */
public final class OfficeService {

    private final OfficeRepository offices;
    private final AuditTrail audit;
    private final Transactions transactions;

    public OfficeService(OfficeRepository offices, AuditTrail audit, Transactions transactions) {
        this.offices = offices;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Optional<OfficeProfile> localOffice() {
        return offices.findLocal();
    }

    public OfficeProfile requireLocalOffice() {
        return offices.findLocal().orElseThrow(() -> new UserException("error.office.notSetUp"));
    }

    /** This office first, then every office whose hand-over packages were imported. */
    public java.util.List<OfficeProfile> all() {
        return offices.findAll();
    }

    /**
     * The office named by its id, its 5-digit commune code or its exact name (as typed after {@code --office});
     * refused when none or several match.
     */
    public OfficeProfile find(String idCodeOrName) {
        String wanted = idCodeOrName == null ? "" : idCodeOrName.strip();
        java.util.List<OfficeProfile> found = all().stream().filter(o -> o.id().toString().equalsIgnoreCase(wanted)
                || wanted.equals(o.communeCode()) || o.name().equalsIgnoreCase(wanted)).toList();
        if (found.size() != 1) {
            throw new UserException(found.isEmpty() ? "error.office.unknown" : "error.office.ambiguous", wanted);
        }
        return found.get(0);
    }

    /** The change and its audit row are saved together (the audit row's lock holds only within a transaction). */
    public void update(OfficeProfile profile) {
        OfficeRules.check(profile);
        transactions.run(() -> {
            OfficeProfile before = requireLocalOffice();
            offices.update(profile);
            audit.record(AuditTrail.UPDATE, "OFFICE", profile.id(), Changes.of()
                    .field("tên", before.name(), profile.name()).field("cấp", before.level(), profile.level())
                    .field("tỉnh", before.province(), profile.province())
                    .field("mã xã", before.communeCode(), profile.communeCode())
                    .field("cấp trên", before.higherLevelName(), profile.higherLevelName())
                    .field("người ký", before.headName(), profile.headName())
                    .field("chức vụ người ký", before.headTitle(), profile.headTitle()).toString());
        });
    }
}
