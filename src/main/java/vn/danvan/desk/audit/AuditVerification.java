package vn.danvan.desk.audit;

import java.util.Optional;

/**
 * The result of checking the chain: how many rows were read, and the first row whose stored hash does not match
 * its content and the previous row's hash (edited, inserted or removed outside the app), if any.
 */
public record AuditVerification(long rows, Optional<Long> firstBrokenSeq, String reason) {

    public boolean intact() {
        return firstBrokenSeq.isEmpty();
    }
}
