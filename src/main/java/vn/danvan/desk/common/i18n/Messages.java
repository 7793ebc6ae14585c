package vn.danvan.desk.common.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.danvan.desk.common.UserException;

/** The user-facing text of one language, from {@code i18n/messages_<lang>.properties}. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final AppLanguage language;
    private final ResourceBundle bundle;

    private Messages(AppLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(AppLanguage language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public AppLanguage language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey nested) {
                resolved[i] = get(nested.key());
            }
        }
        return new MessageFormat(pattern, language.locale()).format(resolved);
    }

    /**
     * A formatter of the text for {@code key}, for a text formatted many times over (one per thread: a
     * {@link MessageFormat} is not thread-safe); its arguments are not resolved as {@link #get} resolves them.
     */
    public MessageFormat format(String key) {
        return new MessageFormat(bundle.getString(key), language.locale());
    }

    public String of(UserException e) {
        return get(e.messageKey(), e.arguments());
    }
}
