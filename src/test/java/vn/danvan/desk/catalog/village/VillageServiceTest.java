package vn.danvan.desk.catalog.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

class VillageServiceTest {

    @TempDir
    Path folder;
    AppServices services;
    VillageService villages;
    DSLContext sql;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        villages = services.villages();
        sql = services.database().dsl();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addsRenamesAndDeactivates() {
        Village dong = villages.add("  Thôn   Đông ", VillageKind.THON);
        assertThat(dong.name()).isEqualTo("Thôn Đông");
        Village renamed = villages.update(dong.id(), "Thôn Đông Hòa", VillageKind.THON);
        assertThat(renamed.name()).isEqualTo("Thôn Đông Hòa");
        villages.setActive(dong.id(), false);
        assertThat(villages.require(dong.id()).active()).isFalse();
        assertThat(villages.all()).extracting(Village::name).containsExactly("Thôn Đông Hòa");
    }

    @Test
    void aNameThatDiffersOnlyByAccentsOrCaseIsRefused() {
        villages.add("Thôn Đông", VillageKind.THON);
        assertThatThrownBy(() -> villages.add("thon dong", VillageKind.THON))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.village.nameTaken"));
        assertThat(villages.all()).hasSize(1);
    }

    @Test
    void emptyOrOverlongNamesAreRefused() {
        assertThatThrownBy(() -> villages.add("   ", VillageKind.THON)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> villages.add("x".repeat(121), VillageKind.THON)).isInstanceOf(UserException.class);
        assertThat(villages.all()).isEmpty();
    }

    @Test
    void mergeMovesEveryReferenceAndKeepsTheSourceAsMerged() {
        Village source = villages.add("Thôn Tây", VillageKind.THON);
        Village target = villages.add("Thôn Trung", VillageKind.THON);
        UUID citizen = insertCitizen(source.id());
        UUID petition = insertPetition(source.id(), citizen);
        UUID sessionBoth = insertSession();
        UUID sessionSourceOnly = insertSession();
        sql.execute("insert into dialogue_session_village values (?, ?)", sessionBoth, source.id());
        sql.execute("insert into dialogue_session_village values (?, ?)", sessionBoth, target.id());
        sql.execute("insert into dialogue_session_village values (?, ?)", sessionSourceOnly, source.id());
        UUID opinion = insertOpinion(sessionSourceOnly, source.id());
        UUID model = insertModel(source.id());
        assertThat(villages.require(source.id()).references()).isEqualTo(6);

        Village merged = villages.merge(source.id(), target.id());

        assertThat(merged.id()).isEqualTo(target.id());
        assertThat(villageOf("citizen", citizen)).isEqualTo(target.id());
        assertThat(villageOf("petition", petition)).isEqualTo(target.id());
        assertThat(villageOf("opinion", opinion)).isEqualTo(target.id());
        assertThat(villageOf("mobilization_model", model)).isEqualTo(target.id());
        assertThat(sql.fetchValue("select count(*) from dialogue_session_village where village_id = ?", target.id()))
                .isEqualTo(2L);
        assertThat(sql.fetchValue("select count(*) from dialogue_session_village where village_id = ?", source.id()))
                .isEqualTo(0L);
        Village after = villages.require(source.id());
        assertThat(after.merged()).isTrue();
        assertThat(after.active()).isFalse();
        assertThat(after.references()).isZero();
        assertThat(villages.require(target.id()).references()).isEqualTo(6);
    }

    @Test
    void mergeIntoItselfOrFromAMergedVillageIsRefused() {
        Village a = villages.add("Thôn A", VillageKind.THON);
        Village b = villages.add("Thôn B", VillageKind.THON);
        assertThatThrownBy(() -> villages.merge(a.id(), a.id())).isInstanceOf(UserException.class);
        villages.merge(a.id(), b.id());
        assertThatThrownBy(() -> villages.merge(a.id(), b.id()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.village.merged"));
        assertThatThrownBy(() -> villages.update(a.id(), "Thôn A mới", VillageKind.THON))
                .isInstanceOf(UserException.class);
    }

    @Test
    void aMergedNameCanBeReusedByANewVillage() {
        Village a = villages.add("Thôn A", VillageKind.THON);
        Village b = villages.add("Thôn B", VillageKind.THON);
        villages.merge(a.id(), b.id());
        assertThat(villages.add("Thôn A", VillageKind.THON).active()).isTrue();
    }

    @Test
    void aMergeMovesPeopleAndPetitionsAcrossItsBatchesAndNothingElse() {
        Village source = villages.add("Thôn Tây", VillageKind.THON);
        Village target = villages.add("Thôn Trung", VillageKind.THON);
        Village other = villages.add("Thôn Bắc", VillageKind.THON);
        for (int i = 1; i <= 7; i++) {
            insertPetition(source.id(), insertCitizen(source.id()), "KN-2026-0000" + i);
        }
        insertPetition(other.id(), insertCitizen(other.id()), "KN-2026-00008");
        insertCitizen(target.id());
        var repository = new VillageRepository(services.database(), java.time.Clock.systemUTC(), 3);

        sql.transaction(c -> repository.merge(source.id(), target.id()));

        for (String table : new String[] {"citizen", "petition"}) {
            assertThat(countIn(table, source.id())).as(table).isZero();
            assertThat(countIn(table, other.id())).as(table).isEqualTo(1L);
        }
        assertThat(countIn("citizen", target.id())).isEqualTo(8L);
        assertThat(countIn("petition", target.id())).isEqualTo(7L);
    }

    private long countIn(String table, UUID village) {
        return sql.fetchValue("select count(*) from " + table + " where village_id = ?", village) instanceof Long n
                ? n : -1;
    }

    private UUID villageOf(String table, UUID id) {
        return sql.fetchOne("select village_id from " + table + " where id = ?", id).get(0, UUID.class);
    }

    private UUID insertCitizen(UUID village) {
        UUID id = UUID.randomUUID();
        sql.execute("insert into citizen (id, full_name, name_search, village_id, created_at, updated_at) "
                + "values (?, 'Lê Văn Cường', 'le van cuong', ?, current_timestamp, current_timestamp)", id, village);
        return id;
    }

    private UUID insertPetition(UUID village, UUID citizen) {
        return insertPetition(village, citizen, "KN-2026-00001");
    }

    private UUID insertPetition(UUID village, UUID citizen, String code) {
        UUID id = UUID.randomUUID();
        sql.execute("insert into petition (id, code, received_date, channel, kind, summary, status, petitioner_id, "
                + "village_id, created_at, updated_at) values (?, ?, date '2026-11-02', "
                + "'RECEPTION', 'RECOMMENDATION', 'Đường làng xuống cấp', 'RECEIVED', ?, ?, "
                + "current_timestamp, current_timestamp)", id, code, citizen, village);
        return id;
    }

    private UUID insertSession() {
        UUID id = UUID.randomUUID();
        sql.execute("insert into dialogue_session (id, kind, session_date, place, created_at, updated_at) values "
                + "(?, 'VOTER_CONTACT', date '2026-10-10', 'Nhà văn hóa', current_timestamp, current_timestamp)", id);
        return id;
    }

    private UUID insertOpinion(UUID session, UUID village) {
        UUID id = UUID.randomUUID();
        sql.execute("insert into opinion (id, session_id, ordinal, village_id, content, outcome, created_at, "
                + "updated_at) values (?, ?, 1, ?, 'Xin lắp đèn đường', 'ANSWERED', current_timestamp, "
                + "current_timestamp)", id, session, village);
        return id;
    }

    private UUID insertModel(UUID village) {
        UUID id = UUID.randomUUID();
        sql.execute("insert into mobilization_model (id, name, area, collective, owner_name, village_id, "
                + "registered_date, created_at, updated_at) values (?, 'Đường hoa nông thôn mới', 'CULTURE_SOCIETY', "
                + "true, 'Chi hội phụ nữ', ?, date '2026-01-05', current_timestamp, current_timestamp)", id, village);
        return id;
    }
}
