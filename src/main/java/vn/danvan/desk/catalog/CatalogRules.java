package vn.danvan.desk.catalog;

import java.util.Optional;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** Rules shared by the catalog entries' names. */
public final class CatalogRules {

    public static final int NAME_MAX = 120;
    public static final int LONG_NAME_MAX = 200;

    private CatalogRules() {
    }

    public static Optional<Problem> name(String value) {
        return TextRules.required(value, NAME_MAX);
    }

    public static Optional<Problem> longName(String value) {
        return TextRules.required(value, LONG_NAME_MAX);
    }

    public static Optional<Problem> choice(Object value) {
        return value == null ? Problem.of("validation.required") : Problem.none();
    }
}
