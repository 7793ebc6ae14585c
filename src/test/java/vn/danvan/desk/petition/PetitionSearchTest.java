package vn.danvan.desk.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.petition.PetitionFixtures.ADMIN;
import static vn.danvan.desk.petition.PetitionFixtures.OFFICER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.petition.search.WordSearch;
import vn.danvan.desk.security.Actor;

/** The word index behind the search box: prefixes, several words, confidential identities, rebuild. */
class PetitionSearchTest {

    @TempDir
    Path folder;
    AppServices services;
    PetitionFixtures fx;
    Petition an;
    Petition chi;
    Petition land;
    Petition secret;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        fx = new PetitionFixtures(services);
        an = services.intake().receive(fx.recommendation(LocalDate.of(2026, 11, 20), "Nguyễn Văn A", "001086000001"),
                ADMIN);
        chi = services.intake().receive(fx.draft(PetitionKind.COMPLAINT, LocalDate.of(2026, 11, 10),
                "Khiếu nại về bồi thường giải phóng mặt bằng",
                PetitionerRef.create(fx.citizen("Nguyễn Thị Chi", "001186000123"))), ADMIN);
        land = services.intake().receive(fx.draft(PetitionKind.FEEDBACK, LocalDate.of(2026, 11, 3),
                "Tranh chấp đất đai giữa hai hộ", PetitionerRef.create(fx.citizen("Lê Thị Đào", null))), ADMIN);
        PetitionDraft hidden = fx.draft(PetitionKind.RECOMMENDATION, LocalDate.of(2026, 11, 4),
                "Kiến nghị về trật tự xây dựng", PetitionerRef.create(fx.citizen("Hoàng Thị Mật", "001186777777")));
        secret = services.intake().receive(new PetitionDraft(hidden.receivedDate(), hidden.channel(), hidden.kind(),
                null, hidden.fieldId(), hidden.villageId(), null, hidden.summary(), 1, false, false, true,
                hidden.petitioner(), List.of(), false, false, false, null, null, null, null), ADMIN);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyTypedWordMustBeginAWordOfThePetition() {
        assertThat(codes(search("nguyen thi", OFFICER))).containsExactly(chi.code());
        assertThat(codes(search("ngu th c", OFFICER))).containsExactly(chi.code());
        assertThat(codes(search("nguyen", OFFICER))).containsExactly(an.code(), chi.code());
        assertThat(codes(search("guyen", OFFICER))).isEmpty(); // not the start of a word
        assertThat(codes(search("dao dat", OFFICER))).containsExactly(land.code()); // name and summary together
        assertThat(codes(search("dai dat tranh", OFFICER))).containsExactly(land.code()); // in any order
        assertThat(codes(search("nguyen dat", OFFICER))).isEmpty();
    }

    @Test
    void codesAndIdNumbersAreFoundFromTheirStart() {
        assertThat(codes(search("KNG-2026-000", OFFICER))).containsExactly(an.code(), secret.code());
        assertThat(codes(search("kn-2026", OFFICER))).containsExactly(chi.code());
        assertThat(codes(search("001186", OFFICER))).containsExactly(chi.code()); // not the secret 001186777777
        assertThat(codes(search("001186", ADMIN))).containsExactly(chi.code(), secret.code());
        assertThat(codes(search("86000001", OFFICER))).isEmpty();
        assertThat(codes(search("0912345", OFFICER))).containsExactly(an.code(), chi.code(), land.code());
    }

    @Test
    void aConfidentialPetitionerIsFoundByAdminsOnly() {
        assertThat(search("hoang thi mat", OFFICER)).isEmpty();
        assertThat(search("001186777777", OFFICER)).isEmpty();
        assertThat(services.browser().count(PetitionFilter.all().withSearch("hoang"), OFFICER).count()).isZero();
        assertThat(codes(search("trat tu xay", OFFICER))).containsExactly(secret.code()); // the summary is open
        assertThat(search("trat tu xay", OFFICER).get(0).identity().name()).isEqualTo(Identity.MASK);

        assertThat(codes(search("hoang thi mat", ADMIN))).containsExactly(secret.code());
        assertThat(codes(search("mat trat", ADMIN))).containsExactly(secret.code()); // a secret and an open word
        assertThat(search("hoang", ADMIN).get(0).identity().name()).isEqualTo(Identity.MASK);
        assertThat(services.browser().count(PetitionFilter.all().withSearch("hoang"), ADMIN).count()).isEqualTo(1);
    }

    @Test
    void aPageReadInListOrderGivesTheSameRowsAsTheIndexedDocuments() {
        // every open petitioner lives in Thôn Đông: with so dense a match, a short page is read newest first
        List<PetitionRow> all = search("thon dong", OFFICER);
        assertThat(codes(all)).containsExactly(an.code(), chi.code(), land.code());
        List<PetitionRow> first = services.browser().page(PetitionFilter.all().withSearch("thon dong"),
                PetitionSort.DEFAULT, 0, 1, OFFICER);
        List<PetitionRow> next = services.browser().page(PetitionFilter.all().withSearch("thon dong"),
                PetitionSort.DEFAULT, 1, 2, OFFICER);
        assertThat(codes(first)).containsExactly(an.code());
        assertThat(codes(next)).containsExactly(chi.code(), land.code());
        assertThat(services.browser().count(PetitionFilter.all().withSearch("thon dong"), OFFICER).count())
                .isEqualTo(3);
    }

    @Test
    void searchAndFiltersCombineAndVoidedPetitionsStayOut() {
        services.petitions().voidPetition(chi.id(), "Nhập nhầm", ADMIN);
        assertThat(codes(search("nguyen", OFFICER))).containsExactly(an.code());
        PetitionFilter withVoided = new PetitionFilter(null, null, null, null, null, null, null, null, null, null,
                null, null, "nguyen", true);
        assertThat(codes(services.browser().page(withVoided, PetitionSort.DEFAULT, 0, 10, ADMIN)))
                .containsExactly(an.code(), chi.code());
        assertThat(codes(services.browser().page(PetitionFilter.all().withSearch("thi")
                .withKind(PetitionKind.FEEDBACK), PetitionSort.DEFAULT, 0, 10, OFFICER))).containsExactly(land.code());
        assertThat(codes(services.browser().page(PetitionFilter.all().withSearch("thon"),
                new PetitionSort(PetitionSort.Column.CODE, true), 0, 10, OFFICER)))
                .containsExactly(an.code(), land.code());
    }

    @Test
    void wordsTooCostlyToReadAreTestedOnTheRowsWithTheSameResult() {
        SearchIndexRepository index = new SearchIndexRepository(services.database());
        var asOf = services.browser().asOf();
        var indexed = new PetitionQueryRepository(services.database(), new WordSearch(index));
        var tested = new PetitionQueryRepository(services.database(), new WordSearch(index, 0));
        var partly = new PetitionQueryRepository(services.database(), new WordSearch(index, 1));
        for (String text : List.of("nguyen thi", "ngu th c", "thon", "dao dat", "hoang thi mat", "mat trat",
                "kng-2026-000", "001186", "guyen", "100%")) {
            for (boolean admin : List.of(false, true)) {
                PetitionFilter filter = PetitionFilter.all().withSearch(text);
                List<String> expected = codes(indexed.page(filter, PetitionSort.DEFAULT, asOf, admin, 0, 50));
                assertThat(codes(tested.page(filter, PetitionSort.DEFAULT, asOf, admin, 0, 50))).as(text)
                        .isEqualTo(expected);
                assertThat(codes(partly.page(filter, PetitionSort.DEFAULT, asOf, admin, 0, 50))).as(text)
                        .isEqualTo(expected);
                assertThat(tested.count(filter, asOf, admin).count()).as(text).isEqualTo(expected.size());
            }
        }
    }

    @Test
    void aRequestedRebuildMakesTheSameIndexAtTheNextStart() {
        Petition split = services.intake().receiveSplit(fx.recommendation(LocalDate.of(2026, 11, 21),
                "Trịnh Văn Bốn", null), List.of(new SplitPart(PetitionKind.FEEDBACK, null, fx.environment,
                        "Phản ánh khói bụi lò gạch"), new SplitPart(PetitionKind.RECOMMENDATION, null, fx.land,
                        "Kiến nghị cấp sổ đỏ")), ADMIN).get(1);
        assertThat(codes(search("trinh so do", OFFICER))).containsExactly(split.code());
        services.database().dsl().execute("insert into app_setting values ('search.rebuild', 'test', "
                + "current_timestamp)");
        services.close();
        services = TestServices.open(folder);

        assertThat(codes(search("trinh so do", OFFICER))).containsExactly(split.code());
        assertThat(codes(search("nguyen thi", OFFICER))).containsExactly(chi.code());
        assertThat(search("hoang thi mat", OFFICER)).isEmpty();
        assertThat(codes(search("hoang thi mat", ADMIN))).containsExactly(secret.code());
        assertThat(new SearchIndexRepository(services.database()).rebuildRequested()).isFalse();
        // the numbers of the rebuilt documents do not come back for a new petition
        Petition after = services.intake().receive(fx.recommendation(LocalDate.of(2026, 11, 22), "Vũ Thị Năm",
                null), ADMIN);
        assertThat(codes(search("vu thi nam", OFFICER))).containsExactly(after.code());
        assertThat(new PetitionSearchRebuild(new PetitionRepository(services.database(), Clock.systemUTC()),
                new SearchIndexRepository(services.database()), services.database().transactions(),
                new vn.danvan.desk.petition.search.SearchPurgeRepository(services.database())).rebuild())
                .isEqualTo(7);
        assertThat(codes(search("nguyen thi", OFFICER))).containsExactly(chi.code());
    }

    private List<PetitionRow> search(String text, Actor actor) {
        return services.browser().page(PetitionFilter.all().withSearch(text), PetitionSort.DEFAULT, 0, 50, actor);
    }

    private static List<String> codes(List<PetitionRow> rows) {
        return rows.stream().map(PetitionRow::code).toList();
    }
}
