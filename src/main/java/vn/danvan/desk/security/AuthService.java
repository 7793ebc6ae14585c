package vn.danvan.desk.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks an officer's username and password. */
public final class AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    private final OfficerRepository officers;
    private final PasswordHasher hasher;
    /** A hash of a random secret, so an unknown user costs as much time as a wrong password. */
    private String dummyHash;

    public AuthService(OfficerRepository officers, PasswordHasher hasher) {
        this.officers = officers;
        this.hasher = hasher;
    }

    /** The active officer with these credentials, or empty. */
    public Optional<Officer> login(String username, char[] password) {
        String normalised = OfficerRules.normaliseUsername(username);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> hash = officers.passwordHashOfActive(normalised);
        boolean ok = hasher.matches(password, hash.orElseGet(this::dummyHash)) && hash.isPresent();
        if (!ok) {
            LOG.info("Failed login for '{}'", normalised);
            return Optional.empty();
        }
        Optional<Officer> officer = officers.findByUsername(normalised);
        officer.ifPresent(o -> officers.recordLogin(o.id()));
        LOG.info("Officer '{}' logged in", normalised);
        return officer;
    }

    private synchronized String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }
}
