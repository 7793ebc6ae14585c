package vn.danvan.desk.petition;

import java.util.UUID;

/** Who sent a petition, as shown: masked ({@code ***}) where the petition is confidential and not revealed. */
public record Identity(UUID citizenId, String name, String idNumber, String phone, String address, boolean masked) {

    public static final String MASK = "***";

    public static Identity anonymous() {
        return new Identity(null, null, null, null, null, false);
    }

    public Identity mask() {
        return new Identity(null, name == null ? null : MASK, idNumber == null ? null : MASK,
                phone == null ? null : MASK, address == null ? null : MASK, true);
    }
}
