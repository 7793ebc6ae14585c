package vn.danvan.desk.catalog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

class FieldServiceTest {

    @TempDir
    Path folder;
    AppServices services;
    FieldService fields;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        fields = services.fields();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFieldsOfTheDomainAreSeededInOrder() {
        List<PetitionField> all = fields.all();
        assertThat(all).hasSize(14);
        assertThat(all.get(0).name()).isEqualTo("Đất đai");
        assertThat(all.get(13).name()).isEqualTo("Khác");
        assertThat(all).allMatch(PetitionField::active);
    }

    @Test
    void addRenameAndReorder() {
        PetitionField added = fields.add("Giáo dục");
        assertThat(fields.all().get(14).id()).isEqualTo(added.id());
        fields.rename(added.id(), "Giáo dục, đào tạo");
        fields.move(added.id(), -1);
        List<PetitionField> all = fields.all();
        assertThat(all.get(13).name()).isEqualTo("Giáo dục, đào tạo");
        assertThat(all.get(14).name()).isEqualTo("Khác");
        fields.move(all.get(0).id(), -1); // already first: nothing moves
        assertThat(fields.all().get(0).name()).isEqualTo("Đất đai");
    }

    @Test
    void duplicateNamesAreRefusedWhateverTheAccents() {
        assertThatThrownBy(() -> fields.add("dat dai"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.field.nameTaken"));
    }

    @Test
    void anUnusedFieldIsDeletedAUsedOneOnlyDeactivated() {
        PetitionField unused = fields.add("Tạm thời");
        fields.delete(unused.id());
        assertThat(fields.all()).extracting(PetitionField::id).doesNotContain(unused.id());

        PetitionField land = fields.all().get(0);
        services.database().dsl().execute("insert into petition (id, code, received_date, channel, kind, field_id, "
                + "summary, status, created_at, updated_at) values (?, 'KN-2026-00001', "
                + "date '2026-11-02', 'POST', 'COMPLAINT', ?, 'Tranh chấp ranh giới đất', 'RECEIVED', "
                + "current_timestamp, current_timestamp)", UUID.randomUUID(), land.id());
        assertThatThrownBy(() -> fields.delete(land.id()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.field.inUse"));
        fields.setActive(land.id(), false);
        PetitionField after = fields.all().get(0);
        assertThat(after.active()).isFalse();
        assertThat(after.references()).isEqualTo(1);
    }
}
