package vn.danvan.desk.office;

import java.util.UUID;

/**
 * The office that owns the database, as it names itself on reports: its level, province, optional 5-digit
 * commune code, the higher level it reports to, and the head who signs.
 */
public record OfficeProfile(UUID id, String name, OfficeLevel level, String province, String communeCode,
                            String higherLevelName, String headName, String headTitle) {
}
