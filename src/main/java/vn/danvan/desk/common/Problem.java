package vn.danvan.desk.common;

import java.util.Optional;

/** A validation problem: a bundle key and its arguments. */
public record Problem(String messageKey, Object... arguments) {

    public static Optional<Problem> of(String messageKey, Object... arguments) {
        return Optional.of(new Problem(messageKey, arguments));
    }

    public static Optional<Problem> none() {
        return Optional.empty();
    }

    /** Throws the first problem found, as a {@link UserException}. */
    @SafeVarargs
    public static void throwFirst(Optional<Problem>... checks) {
        for (Optional<Problem> check : checks) {
            if (check.isPresent()) {
                throw new UserException(check.get().messageKey(), check.get().arguments());
            }
        }
    }
}
