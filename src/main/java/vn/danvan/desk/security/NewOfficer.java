package vn.danvan.desk.security;

/** What it takes to create an officer account. */
public record NewOfficer(String username, String fullName, OfficerRole role, String password) {

    public void check() {
        vn.danvan.desk.common.Problem.throwFirst(OfficerRules.username(OfficerRules.normaliseUsername(username)),
                OfficerRules.fullName(fullName), OfficerRules.role(role), OfficerRules.password(password));
    }

    @Override
    public String toString() {
        return "NewOfficer[" + username + ", " + role + "]";
    }
}
