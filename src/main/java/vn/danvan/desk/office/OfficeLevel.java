package vn.danvan.desk.office;

import java.util.Optional;

/** The level of the office since the two-level local government of 1 July 2025. */
public enum OfficeLevel {
    XA("xa"),
    PHUONG("phuong"),
    DAC_KHU("dac-khu");

    private final String cliName;

    OfficeLevel(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public String messageKey() {
        return "office.level." + cliName;
    }

    public static Optional<OfficeLevel> fromCliName(String name) {
        for (OfficeLevel level : values()) {
            if (level.cliName.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
