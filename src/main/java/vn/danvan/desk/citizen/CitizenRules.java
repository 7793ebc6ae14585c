package vn.danvan.desk.citizen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** Validation of a citizen's identity fields, shared by the service and the form (as the user types). */
public final class CitizenRules {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 300;
    private static final Pattern CCCD = Pattern.compile("[0-9]{12}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,20}");
    private static final Pattern OTHER_PAPER = Pattern.compile("[\\p{L}0-9/.-]{1,20}");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern LANDLINE = Pattern.compile("02[0-9]{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");

    private CitizenRules() {
    }

    public static Optional<Problem> name(String name) {
        return TextRules.required(name, NAME_MAX);
    }

    /** An empty number is allowed (not everyone brings a paper); a given one must fit its paper type. */
    public static Optional<Problem> idNumber(IdPaperType type, String number) {
        String value = normaliseIdNumber(number);
        if (value == null) {
            return Problem.none();
        }
        return switch (type == null ? IdPaperType.CCCD : type) {
            case CCCD -> CCCD.matcher(value).matches() ? Problem.none() : Problem.of("validation.citizen.cccd");
            case PASSPORT -> PASSPORT.matcher(value).matches()
                    ? Problem.none() : Problem.of("validation.citizen.passport");
            case OTHER -> OTHER_PAPER.matcher(value).matches()
                    ? Problem.none() : Problem.of("validation.citizen.otherPaper");
        };
    }

    /** Vietnamese phone numbers: mobile {@code 0[35789]xxxxxxxx} or landline {@code 02xxxxxxxxx}; +84 accepted. */
    public static Optional<Problem> phone(String phone) {
        String value = normalisePhone(phone);
        if (value == null || MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches()) {
            return Problem.none();
        }
        return Problem.of("validation.citizen.phone");
    }

    public static Optional<Problem> address(String address) {
        return TextRules.maxLength(address, ADDRESS_MAX);
    }

    /** Spaces removed and letters upper-cased; {@code null} when empty. */
    public static String normaliseIdNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Separators removed and {@code +84} turned into {@code 0}; {@code null} when empty. */
    public static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }
}
