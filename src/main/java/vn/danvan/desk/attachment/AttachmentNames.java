package vn.danvan.desk.attachment;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * The name an attachment is listed under, made from its original file name so that it is safe to show and to offer
 * as the name of a saved copy on any system: path separators, characters Windows refuses ({@code : * ? " < > |}),
 * control characters and invisible format characters (a right-to-left override can make {@code xyz.pdf} look like
 * {@code fdp.zyx}) become {@code _}; leading dots and trailing dots and spaces go; a name Windows reserves for a
 * device ({@code CON}, {@code NUL}, {@code COM1}…) gets a {@code _} in front; a name over {@link #MAX_LENGTH}
 * characters is shortened, keeping its extension. The stored copy itself is always named by a random key.
 */
final class AttachmentNames {

    static final int MAX_LENGTH = 255;
    private static final int MAX_EXTENSION = 16;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[.\\s]+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)");

    private AttachmentNames() {
    }

    /** The safe name; empty when nothing of the original is left (e.g. a name of only dots). */
    static String safe(String original) {
        String name = VietnameseText.clean(UNSAFE.matcher(original).replaceAll("_"));
        name = TRAILING_DOTS.matcher(LEADING_DOTS.matcher(name).replaceFirst("")).replaceFirst("");
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
        if (RESERVED.matcher(base).matches()) {
            name = "_" + name;
        }
        return shortened(name);
    }

    /** {@code original} as it may appear in a message: unsafe characters shown as {@code _}, at most 80 characters. */
    static String shown(String original) {
        String name = UNSAFE.matcher(original).replaceAll("_");
        return name.length() > 80 ? cut(name, 79) + "…" : name;
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        return TRAILING_DOTS.matcher(cut(name, MAX_LENGTH - extension.length())).replaceFirst("") + extension;
    }

    /** The first {@code length} characters at most, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        int end = Math.min(length, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
