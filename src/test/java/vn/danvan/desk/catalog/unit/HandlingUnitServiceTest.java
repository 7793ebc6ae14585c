package vn.danvan.desk.catalog.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

class HandlingUnitServiceTest {

    @TempDir
    Path folder;
    AppServices services;
    HandlingUnitService units;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        units = services.units();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addEditDeactivateAndDeleteWhileUnused() {
        HandlingUnit police = units.add("Công an xã", HandlingUnitKind.COMMUNE, " 0210 3850 123 ");
        assertThat(police.contact()).isEqualTo("0210 3850 123");
        units.update(police.id(), "Công an xã Tân Lập", HandlingUnitKind.COMMUNE, "");
        HandlingUnit edited = units.all().get(0);
        assertThat(edited.name()).isEqualTo("Công an xã Tân Lập");
        assertThat(edited.contact()).isNull();
        units.setActive(police.id(), false);
        assertThat(units.all().get(0).active()).isFalse();
        units.delete(police.id());
        assertThat(units.all()).isEmpty();
    }

    @Test
    void aUnitNamedOnAPetitionCannotBeDeleted() {
        HandlingUnit office = units.add("Văn phòng HĐND - UBND xã", HandlingUnitKind.COMMUNE, null);
        services.database().dsl().execute("insert into petition (id, code, received_date, channel, kind, "
                + "handling_unit_id, summary, status, created_at, updated_at) values (?, "
                + "'PA-2026-00001', date '2026-11-02', 'POST', 'FEEDBACK', ?, 'Rác thải', 'SORTING', "
                + "current_timestamp, current_timestamp)", UUID.randomUUID(), office.id());
        assertThatThrownBy(() -> units.delete(office.id()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.unit.inUse"));
        assertThat(units.all()).hasSize(1);
    }

    @Test
    void nameAndKindAreRequiredAndNamesUnique() {
        assertThatThrownBy(() -> units.add("", HandlingUnitKind.OUTSIDE, null)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> units.add("Tòa án", null, null)).isInstanceOf(UserException.class);
        units.add("Tòa án nhân dân khu vực 1", HandlingUnitKind.OUTSIDE, null);
        assertThatThrownBy(() -> units.add("toa an nhan dan khu vuc 1", HandlingUnitKind.OUTSIDE, null))
                .isInstanceOf(UserException.class);
    }
}
