package vn.danvan.desk.security;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The officer logged in to this window. */
public final class UserSession {

    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>();

    public ObjectProperty<Officer> officerProperty() {
        return officer;
    }

    public Optional<Officer> officer() {
        return Optional.ofNullable(officer.get());
    }

    public boolean isAdmin() {
        return officer().map(Officer::isAdmin).orElse(false);
    }
}
