package vn.danvan.desk.petition;

import java.util.Locale;

/** Nguồn tiếp nhận: how the petition reached the office (domain.md 2.2). */
public enum PetitionChannel {
    DIALOGUE,
    RECEPTION,
    POST,
    LEADER_ASSIGNED,
    TRANSFERRED_IN,
    PRESS,
    ONLINE,
    OTHER;

    public String messageKey() {
        return "petition.channel." + name().toLowerCase(Locale.ROOT);
    }
}
