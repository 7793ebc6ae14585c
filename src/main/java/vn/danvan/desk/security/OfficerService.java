package vn.danvan.desk.security;

import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.audit.Changes;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;

/**
 * Officer accounts: add, deactivate, change role, reset password. The last active admin is never removed. A new
 * or reset password also wraps the data key for that officer; deactivating removes the officer's key entry, so a
 * reactivated officer needs a password reset before logging in again.
 */
public final class OfficerService {

    private final OfficerRepository officers;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final OfficerKeys keys;
    private final AuditTrail audit;

    public OfficerService(OfficerRepository officers, PasswordHasher hasher, Transactions transactions,
                          OfficerKeys keys, AuditTrail audit) {
        this.audit = audit;
        this.officers = officers;
        this.hasher = hasher;
        this.transactions = transactions;
        this.keys = keys;
    }

    public List<Officer> all() {
        return officers.findAll();
    }

    public Officer add(NewOfficer request) {
        request.check();
        String username = OfficerRules.normaliseUsername(request.username());
        String hash = hasher.hash(request.password().toCharArray());
        return transactions.inTransaction(() -> {
            if (officers.usernameExists(username)) {
                throw new UserException("error.officer.usernameTaken", username);
            }
            Officer created = officers.insert(username, request.fullName(), request.role(), hash);
            // inside the transaction: if the key cannot be wrapped, the officer is not created either
            keys.passwordSet(username, request.password().toCharArray());
            audit.record(AuditTrail.CREATE, "OFFICER", created.id(), username + " (" + created.role() + ")");
            return created;
        });
    }

    public void setActive(UUID officerId, boolean active) {
        transactions.run(() -> {
            Officer officer = require(officerId);
            if (!active && officer.isAdmin() && officer.active() && officers.countActiveAdmins() <= 1) {
                throw new UserException("error.officer.lastAdmin");
            }
            officers.setActive(officerId, active);
            if (!active) {
                keys.removed(officer.username());
            }
            audit.record(AuditTrail.UPDATE, "OFFICER", officerId,
                    Changes.of().field("đang hoạt động", officer.active(), active).describing(officer.username()));
        });
    }

    public void setRole(UUID officerId, OfficerRole role) {
        transactions.run(() -> {
            Officer officer = require(officerId);
            if (officer.isAdmin() && role != OfficerRole.ADMIN && officer.active()
                    && officers.countActiveAdmins() <= 1) {
                throw new UserException("error.officer.lastAdmin");
            }
            officers.setRole(officerId, role);
            audit.record(AuditTrail.UPDATE, "OFFICER", officerId,
                    Changes.of().field("vai trò", officer.role(), role).describing(officer.username()));
        });
    }

    public void resetPassword(UUID officerId, String newPassword) {
        Problem.throwFirst(OfficerRules.password(newPassword));
        String hash = hasher.hash(newPassword.toCharArray());
        transactions.run(() -> {
            Officer officer = require(officerId);
            officers.setPasswordHash(officerId, hash);
            keys.passwordSet(officer.username(), newPassword.toCharArray());
            audit.record(AuditTrail.UPDATE, "OFFICER", officerId, officer.username() + ": đặt lại mật khẩu");
        });
    }

    private Officer require(UUID officerId) {
        return officers.findById(officerId).orElseThrow(() -> new UserException("error.notFound"));
    }
}
