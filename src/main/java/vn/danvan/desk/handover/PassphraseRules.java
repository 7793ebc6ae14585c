package vn.danvan.desk.handover;

import java.util.Optional;
import vn.danvan.desk.common.Problem;

/**
 * The passphrase of a package is typed by two people and read out by phone, and it is the only secret between a
 * package and whoever finds the USB stick: at least 12 characters, not one character repeated, and with letters
 * and something else (digits, spaces, signs).
 */
public final class PassphraseRules {

    public static final int MIN_LENGTH = 12;

    private PassphraseRules() {
    }

    public static Optional<Problem> check(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            return Problem.of("package.passphrase.tooShort", MIN_LENGTH);
        }
        boolean letter = false;
        boolean other = false;
        boolean varied = false;
        for (char c : passphrase) {
            letter |= Character.isLetter(c);
            other |= !Character.isLetter(c);
            varied |= c != passphrase[0];
        }
        if (!letter || !other || !varied) {
            return Problem.of("package.passphrase.tooSimple");
        }
        return Problem.none();
    }
}
