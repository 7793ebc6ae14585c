package vn.danvan.desk.setup;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeRepository;
import vn.danvan.desk.office.OfficeRules;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.OfficerRole;
import vn.danvan.desk.security.OfficerService;
import vn.danvan.desk.settings.LocalPreferences;

/** First start: creates the office and its first admin officer in one transaction. Used by the window and `init`. */
public final class SetupService {

    private static final Logger LOG = LoggerFactory.getLogger(SetupService.class);

    private final OfficeRepository offices;
    private final OfficerService officers;
    private final Transactions transactions;
    private final LocalPreferences preferences;

    public SetupService(OfficeRepository offices, OfficerService officers, Transactions transactions,
                        LocalPreferences preferences) {
        this.offices = offices;
        this.officers = officers;
        this.transactions = transactions;
        this.preferences = preferences;
    }

    public boolean isSetUp() {
        return offices.findLocal().isPresent();
    }

    /** Checks every field of the request (before any file is made). */
    public static void check(SetupRequest request) {
        OfficeRules.check(profileOf(request));
        adminOf(request).check();
    }

    public Officer setUp(SetupRequest request) {
        OfficeProfile profile = profileOf(request);
        OfficeRules.check(profile);
        NewOfficer admin = adminOf(request);
        admin.check();
        Officer created = transactions.inTransaction(() -> {
            if (offices.findLocal().isPresent()) {
                throw new UserException("error.setup.alreadyDone");
            }
            offices.insertLocal(profile);
            return officers.add(admin);
        });
        if (request.language() != null) {
            preferences.setLanguage(request.language());
        }
        LOG.info("Office '{}' set up with admin '{}'", profile.name(), created.username());
        return created;
    }

    private static OfficeProfile profileOf(SetupRequest request) {
        return new OfficeProfile(UUID.randomUUID(), request.officeName(), request.level(),
                request.province(), request.communeCode(), request.higherLevelName(), request.headName(),
                request.headTitle());
    }

    private static NewOfficer adminOf(SetupRequest request) {
        return new NewOfficer(request.adminUsername(), request.adminFullName(), OfficerRole.ADMIN,
                request.adminPassword());
    }
}
