package vn.danvan.desk.audit;

import java.util.Objects;

/**
 * The "old → new" text of an update for the audit log: only the fields whose value changed, in the order given,
 * e.g. {@code tên: Thôn Đông → Thôn Đông Hòa; loại: THON → TO_DAN_PHO}.
 */
public final class Changes {

    private final StringBuilder text = new StringBuilder();

    private Changes() {
    }

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(name).append(": ").append(show(before)).append(" → ").append(show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The changes after {@code label} (a record's code or name), e.g. {@code KN-2026-00001: trạng thái: …}. */
    public String describing(String label) {
        return label == null ? text.toString() : label + ": " + text;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String show(Object value) {
        return value == null ? "∅" : String.valueOf(value);
    }
}
