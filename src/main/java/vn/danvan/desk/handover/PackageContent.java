package vn.danvan.desk.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What one package carries: the sending office, the period, and the rows of every table. */
record PackageContent(UUID officeId, LocalDate from, LocalDate to, List<TableRows> tables) {

    PackageContent {
        tables = List.copyOf(tables);
    }

    Optional<TableRows> table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst();
    }

    int count(PackageTable table) {
        return table(table.name()).map(t -> t.rows().size()).orElse(0);
    }

    /** The counts shown before an import and printed after an export: petitions, citizens, sessions... */
    PackageCounts counts() {
        return new PackageCounts(count(PackageTable.PETITION), count(PackageTable.EVENT),
                count(PackageTable.CITIZEN), count(PackageTable.SESSION), count(PackageTable.OPINION),
                count(PackageTable.VILLAGE) + count(PackageTable.FIELD) + count(PackageTable.UNIT));
    }
}
