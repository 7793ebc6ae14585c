package vn.danvan.desk.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.petition.PetitionFixtures.ADMIN;
import static vn.danvan.desk.petition.PetitionFixtures.OFFICER;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;

/** The list's filters, search and masking, on a real H2 file. */
class PetitionQueryTest {

    @TempDir
    Path folder;
    AppServices services;
    PetitionFixtures fx;
    Petition an;
    Petition land;
    Petition denunciation;
    Petition old;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        fx = new PetitionFixtures(services);
        an = services.intake().receive(fx.recommendation(LocalDate.of(2026, 11, 20), "Nguyễn Văn A", "001086000001"),
                ADMIN);
        land = services.intake().receive(fx.draft(PetitionKind.FEEDBACK, LocalDate.of(2026, 11, 3),
                "Tranh chấp đất đai giữa hai hộ", PetitionerRef.create(fx.citizen("Lê Thị Đào", null))), ADMIN);
        denunciation = services.intake().receive(fx.draft(PetitionKind.DENUNCIATION, LocalDate.of(2026, 11, 5),
                "Tố cáo sai phạm khi xét hộ nghèo", PetitionerRef.create(fx.citizen("Đặng Văn Tố", "001086999999"))),
                ADMIN);
        old = services.intake().receive(fx.recommendation(LocalDate.of(2026, 9, 1), "Phạm Văn Cũ", null), ADMIN);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void searchIgnoresAccentsCaseAndUnicodeForm() {
        assertThat(codes(search("nguyen van a", OFFICER))).containsExactly(an.code());
        assertThat(codes(search("NGUYỄN VĂN A", OFFICER))).containsExactly(an.code());
        assertThat(codes(search("dat dai", OFFICER))).containsExactly(land.code());
        assertThat(codes(search("Đất Đai", OFFICER))).containsExactly(land.code());
        String decomposed = Normalizer.normalize("đất đai", Normalizer.Form.NFD);
        assertThat(codes(search(decomposed, OFFICER))).containsExactly(land.code());
        assertThat(codes(search("le thi dao", OFFICER))).containsExactly(land.code());
        assertThat(codes(search(an.code().toLowerCase(), OFFICER))).containsExactly(an.code());
        assertThat(codes(search("001086000001", OFFICER))).containsExactly(an.code());
        assertThat(codes(search("100%", OFFICER))).isEmpty(); // LIKE wildcards are matched literally
    }

    @Test
    void aDenouncerIsMaskedEverywhereAndOnlyAnAdminFindsTheName() {
        PetitionRow row = search("to cao", OFFICER).get(0);
        assertThat(row.identity().name()).isEqualTo(Identity.MASK);
        assertThat(row.identity().idNumber()).isEqualTo(Identity.MASK);
        assertThat(row.identity().address()).isEqualTo(Identity.MASK);
        assertThat(search("dang van to", OFFICER)).isEmpty();
        assertThat(search("001086999999", OFFICER)).isEmpty();
        assertThat(codes(search("dang van to", ADMIN))).containsExactly(denunciation.code());
        assertThat(search("dang van to", ADMIN).get(0).identity().name()).isEqualTo(Identity.MASK);

        assertThat(services.petitions().detail(denunciation.id()).petition().identity().name())
                .isEqualTo(Identity.MASK);
        assertThat(services.petitions().reveal(denunciation.id(), ADMIN).petition().identity().name())
                .isEqualTo("Đặng Văn Tố");
    }

    @Test
    void filtersCombineAndCountsAgree() {
        PetitionFilter november = PetitionFilter.all().withReceived(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));
        assertThat(codes(page(november))).containsExactly(an.code(), denunciation.code(), land.code());
        assertThat(codes(page(november.withKind(PetitionKind.RECOMMENDATION)))).containsExactly(an.code());
        assertThat(codes(page(PetitionFilter.all().withField(fx.land).withKind(PetitionKind.FEEDBACK))))
                .containsExactly(land.code());
        assertThat(services.browser().count(november, ADMIN).count()).isEqualTo(3);

        services.petitions().change(land.id(), land.rowVersion(), StatusChange.to(PetitionStatus.GUIDED)
                .note("Hướng dẫn đến Tòa án"), ADMIN);
        assertThat(codes(page(PetitionFilter.all().withGroup(ResolutionGroup.RESOLVED)))).containsExactly(land.code());
        assertThat(codes(page(PetitionFilter.all().withStatuses(Set.of(PetitionStatus.RECEIVED)))))
                .containsExactly(an.code(), denunciation.code(), old.code());
    }

    @Test
    void overdueAndDueSoonAreDerivedFromTheDueDateAndToday() {
        // today is 24 Nov 2026: the September one (due 11 Sep) is overdue; the one received 20 Nov is due 30 Nov,
        // four working days away; the denunciation (5 Nov + 7 working days = 14 Nov) is overdue too
        assertThat(codes(page(PetitionFilter.all().withDeadline(DeadlineFilter.OVERDUE))))
                .containsExactlyInAnyOrder(old.code(), denunciation.code(), land.code());
        assertThat(services.browser().deadlineCounts().overdue()).isEqualTo(3);
        assertThat(page(PetitionFilter.all().withDeadline(DeadlineFilter.DUE_SOON))).isEmpty();

        services.petitions().change(old.id(), old.rowVersion(), StatusChange.to(PetitionStatus.FILED)
                .note("Trùng nội dung"), ADMIN);
        assertThat(services.browser().deadlineCounts().overdue()).isEqualTo(2);
    }

    @Test
    void theRunningDueColumnKnowsTheStatusesWhoseClockRuns() {
        String expression = services.database().dsl().fetchValue("select generation_expression from "
                + "information_schema.columns where table_name = 'PETITION' and column_name = 'RUNNING_DUE'")
                .toString();
        java.util.Set<String> inColumn = new java.util.TreeSet<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(expression);
        while (quoted.find()) {
            inColumn.add(quoted.group(1));
        }
        assertThat(inColumn).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(PetitionStatus.values())
                .filter(PetitionStatus::clockRunning).map(Enum::name).toList());

        services.petitions().voidPetition(old.id(), "Nhập nhầm", ADMIN);
        assertThat(services.browser().deadlineCounts().overdue()).isEqualTo(2); // voided: no longer overdue
    }

    @Test
    void pagesFollowTheSortAndDoNotOverlap() {
        List<PetitionRow> first = services.browser().page(PetitionFilter.all(),
                new PetitionSort(PetitionSort.Column.CODE, true), 0, 2, ADMIN);
        List<PetitionRow> second = services.browser().page(PetitionFilter.all(),
                new PetitionSort(PetitionSort.Column.CODE, true), 2, 2, ADMIN);
        assertThat(codes(first)).containsExactly("KNG-2026-00001", "KNG-2026-00002");
        assertThat(codes(second)).containsExactly("PA-2026-00001", "TC-2026-00001");
    }

    private List<PetitionRow> search(String text, vn.danvan.desk.security.Actor actor) {
        return services.browser().page(PetitionFilter.all().withSearch(text), PetitionSort.DEFAULT, 0, 50, actor);
    }

    private List<PetitionRow> page(PetitionFilter filter) {
        return services.browser().page(filter, PetitionSort.DEFAULT, 0, 50, ADMIN);
    }

    private static List<String> codes(List<PetitionRow> rows) {
        return rows.stream().map(PetitionRow::code).toList();
    }
}
