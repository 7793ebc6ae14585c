package vn.danvan.desk.office;

import vn.danvan.desk.audit.Changes;
import vn.danvan.desk.audit.AuditTrail;
import java.util.Optional;
import vn.danvan.desk.common.UserException;

/** Reads and edits the office profile. */
public final class OfficeService {

    private final OfficeRepository offices;
    private final AuditTrail audit;

    public OfficeService(OfficeRepository offices, AuditTrail audit) {
        this.offices = offices;
        this.audit = audit;
    }

    public Optional<OfficeProfile> localOffice() {
        return offices.findLocal();
    }

    public OfficeProfile requireLocalOffice() {
        return offices.findLocal().orElseThrow(() -> new UserException("error.office.notSetUp"));
    }

    public void update(OfficeProfile profile) {
        OfficeRules.check(profile);
        OfficeProfile before = requireLocalOffice();
        offices.update(profile);
        audit.record(AuditTrail.UPDATE, "OFFICE", profile.id(), Changes.of()
                .field("tên", before.name(), profile.name()).field("cấp", before.level(), profile.level())
                .field("tỉnh", before.province(), profile.province())
                .field("mã xã", before.communeCode(), profile.communeCode())
                .field("cấp trên", before.higherLevelName(), profile.higherLevelName())
                .field("người ký", before.headName(), profile.headName())
                .field("chức vụ người ký", before.headTitle(), profile.headTitle()).toString());
    }
}
