package vn.danvan.desk.common.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface; Vietnamese first. */
public enum AppLanguage {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    AppLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String messageKey() {
        return "language." + code;
    }

    public static Optional<AppLanguage> fromCode(String code) {
        for (AppLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
