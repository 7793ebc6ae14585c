package vn.danvan.desk.petition;

import java.util.List;
import vn.danvan.desk.common.UserException;

/** A bulk action refused as a whole because some rows cannot take it; names each refused row and why. */
public final class BulkRefusedException extends UserException {

    private static final long serialVersionUID = 1L;

    /** One refused row: its code and the reason, as a bundle key and arguments. */
    public record Refusal(String code, UserException reason) {
    }

    private final transient List<Refusal> refusals;

    public BulkRefusedException(List<Refusal> refusals, int total) {
        super("error.petition.bulkRefused", refusals.size(), total);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
