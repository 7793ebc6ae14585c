package vn.danvan.desk.common;

import java.util.Arrays;

/**
 * A refusal the user can act on (bad input, a rule of the office): carries a bundle key and its arguments, so
 * the window and the command line show it in the user's language. Never logged as a failure.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public UserException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
