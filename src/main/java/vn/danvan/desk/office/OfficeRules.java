package vn.danvan.desk.office;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** What a valid office profile is; used by the forms as the user types and by the services before saving. */
public final class OfficeRules {

    public static final int NAME_MAX = 200;
    public static final int PROVINCE_MAX = 100;
    public static final int PERSON_MAX = 120;
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

    private OfficeRules() {
    }

    public static Optional<Problem> name(String value) {
        return TextRules.required(value, NAME_MAX);
    }

    public static Optional<Problem> province(String value) {
        return TextRules.required(value, PROVINCE_MAX);
    }

    /** Optional; when given, exactly five digits (Decision 19/2025/QĐ-TTg). */
    public static Optional<Problem> communeCode(String value) {
        if (value == null || value.isBlank()) {
            return Problem.none();
        }
        return COMMUNE_CODE.matcher(value.strip()).matches()
                ? Problem.none() : Problem.of("validation.communeCode");
    }

    public static Optional<Problem> level(OfficeLevel value) {
        return value == null ? Problem.of("validation.required") : Problem.none();
    }

    public static Optional<Problem> higherLevel(String value) {
        return TextRules.required(value, NAME_MAX);
    }

    /** The head's name and title: may stay empty until known (the signer block is then signed by hand). */
    public static Optional<Problem> person(String value) {
        return TextRules.maxLength(value, PERSON_MAX);
    }

    /** Refuses the first problem of {@code profile} with a {@link vn.danvan.desk.common.UserException}. */
    public static void check(OfficeProfile profile) {
        Problem.throwFirst(name(profile.name()), level(profile.level()), province(profile.province()),
                communeCode(profile.communeCode()), higherLevel(profile.higherLevelName()),
                person(profile.headName()), person(profile.headTitle()));
    }
}
