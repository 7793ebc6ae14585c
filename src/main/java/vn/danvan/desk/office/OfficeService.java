package vn.danvan.desk.office;

import java.util.Optional;
import vn.danvan.desk.common.UserException;

/** Reads and edits the office profile. */
public final class OfficeService {

    private final OfficeRepository offices;

    public OfficeService(OfficeRepository offices) {
        this.offices = offices;
    }

    public Optional<OfficeProfile> localOffice() {
        return offices.findLocal();
    }

    public OfficeProfile requireLocalOffice() {
        return offices.findLocal().orElseThrow(() -> new UserException("error.office.notSetUp"));
    }

    public void update(OfficeProfile profile) {
        OfficeRules.check(profile);
        offices.update(profile);
    }
}
