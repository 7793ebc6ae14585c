package vn.danvan.desk.common;

import java.util.UUID;

/** A reference to a catalog entry with its name, for choice boxes and lists. */
public record NamedRef(UUID id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
