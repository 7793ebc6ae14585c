package vn.danvan.desk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_WORD_BLOCK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.DuplicateProbe;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.ResolutionGroup;
import vn.danvan.desk.petition.search.WordBlocks;
import vn.danvan.desk.report.MonthlyList;
import vn.danvan.desk.report.summary.PeriodSummary;
import vn.danvan.desk.report.summary.ReportPeriod;

/** Export and anonymisation of one citizen over a real encrypted database. */
class PersonalDataServiceTest {

    @TempDir
    Path folder;
    AppServices services;
    PrivacyFixtures fx;
    List<Petition> story;
    final Messages vi = Messages.of(AppLanguage.VI);

    @BeforeEach
    void anOfficeWithTwoCitizens() throws Exception {
        services = TestServices.openSetUp(folder.resolve("data"));
        fx = new PrivacyFixtures(services);
        story = fx.story();
        Path scan = Files.writeString(folder.resolve("don-xuyen.txt"), "bản quét đơn");
        services.attachments().attach(Attachment.OwnerType.PETITION, story.get(0).id(), scan, "Đơn gốc",
                PrivacyFixtures.ADMIN);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theExportHoldsEveryPetitionOfTheCitizenAndNothingOfAnother() throws Exception {
        Path zipFile = folder.resolve("xuyen.zip");
        PersonalDataFile data = services.personalData().export(" 0791 8700 1234 ", zipFile, PrivacyFixtures.ADMIN,
                vi);
        assertThat(data.petitions()).hasSize(2);
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            String json = new String(zip.getInputStream(zip.getEntry(PersonalDataZip.JSON)).readAllBytes(),
                    StandardCharsets.UTF_8);
            JsonNode root = new ObjectMapper().readTree(json);
            assertThat(root.path("format").asText()).isEqualTo(PersonalDataZip.FORMAT);
            assertThat(root.path("citizens").get(0).path("fullName").asText()).isEqualTo(PrivacyFixtures.NAME);
            assertThat(root.path("citizens").get(0).path("idNumber").asText()).isEqualTo(PrivacyFixtures.ID_NUMBER);
            List<String> codes = new ArrayList<>();
            root.path("petitions").forEach(p -> codes.add(p.path("code").asText()));
            assertThat(codes).containsExactly(story.get(0).code(), story.get(1).code());
            JsonNode first = root.path("petitions").get(0);
            assertThat(first.path("status").path("label").asText()).isEqualTo(vi.get("petition.status.resolved"));
            assertThat(first.path("result").asText()).isEqualTo("Đã sửa xong");
            assertThat(first.path("history").size()).isGreaterThanOrEqualTo(2);
            assertThat(first.path("attachments").get(0).path("fileName").asText()).isEqualTo("don-xuyen.txt");
            assertThat(json).doesNotContain(PrivacyFixtures.OTHER_NAME, PrivacyFixtures.OTHER_ID,
                    story.get(2).code());

            String csv = new String(zip.getInputStream(zip.getEntry(PersonalDataZip.CSV)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFMã đơn,Ngày tiếp nhận").contains(story.get(0).code(), "02/11/2026")
                    .doesNotContain(story.get(2).code());
            assertThat(csv.strip().lines()).hasSize(3);

            String attached = zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(PersonalDataZip.FILES)).findFirst().orElseThrow();
            assertThat(attached).endsWith("don-xuyen.txt");
            assertThat(new String(zip.getInputStream(zip.getEntry(attached)).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("bản quét đơn");
        }
        Record audit = services.database().dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(PersonalDataService.EXPORT_ACTION)).fetchSingle();
        assertThat(audit.get(AUDIT_LOG.ENTITY_ID)).isEqualTo(story.get(0).identity().citizenId());
        assertThat(audit.get(AUDIT_LOG.DETAILS)).contains("2 petitions").doesNotContain(PrivacyFixtures.NAME,
                PrivacyFixtures.ID_NUMBER);
    }

    @Test
    void aCitizenWithoutAnIdNumberIsFoundByTheirId() {
        var subject = services.personalData().find(story.get(2).identity().citizenId().toString(),
                PrivacyFixtures.ADMIN);
        assertThat(subject.first().fullName()).isEqualTo(PrivacyFixtures.OTHER_NAME);
        assertThat(subject.petitions()).isEqualTo(1);
        assertThatThrownBy(() -> services.personalData().find("012345678999", PrivacyFixtures.ADMIN))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).messageKey())
                .isEqualTo("error.privacy.notFound");
    }

    @Test
    void anonymisingErasesTheIdentityEverywhereAndKeepsTheFigures() {
        YearMonth november = YearMonth.of(2026, 11);
        PeriodSummary summaryBefore = services.periodSummary().summary(ReportPeriod.month(november));
        MonthlyList listBefore = services.monthlyList().list(november);
        assertThat(search(PrivacyFixtures.ID_NUMBER)).hasSize(2);

        assertThat(services.personalData().anonymise(PrivacyFixtures.ID_NUMBER, PrivacyFixtures.ADMIN)).isOne();

        // the search finds nothing by any of her words, for an admin who also searches confidential identities
        for (String typed : List.of("xuyen", "quach thi", PrivacyFixtures.ID_NUMBER, "0791870", PrivacyFixtures.PHONE,
                "bai say")) {
            assertThat(search(typed)).as(typed).isEmpty();
        }
        assertThat(search("le van binh")).hasSize(1);
        assertThat(search("cong thoat nuoc")).hasSize(1); // the rest of her petition is still searchable
        // no byte of her name, number, phone or address in the tables that held them
        DSLContext dsl = services.database().dsl();
        String tables = String.join("\n", dsl.selectFrom(CITIZEN).fetch().formatCSV(),
                dsl.selectFrom(PETITION).fetch().formatCSV(), dsl.selectFrom(PETITION_EVENT).fetch().formatCSV(),
                dsl.selectFrom(OPINION).fetch().formatCSV(), dsl.selectFrom(PETITION_SEARCH).fetch().formatCSV());
        assertThat(tables).doesNotContain("Xuyến", "xuyen", "Quách", "quach", PrivacyFixtures.ID_NUMBER,
                PrivacyFixtures.PHONE, "0387 654 321", "Bãi Sậy", "bai say").contains(PrivacyFixtures.OTHER_NAME);
        // nor in the word index, where the entries of her old documents are removed, not only unlinked
        for (String word : List.of("xuyen", "quach", PrivacyFixtures.ID_NUMBER, PrivacyFixtures.PHONE, "say")) {
            BitSet hits = new BitSet();
            dsl.select(PETITION_WORD_BLOCK.DATA).from(PETITION_WORD_BLOCK)
                    .where(PETITION_WORD_BLOCK.BUCKET.eq(WordBlocks.bucket(word)))
                    .forEach(r -> WordBlocks.read(r.value1(), word, hits));
            assertThat(hits.isEmpty()).as(word).isTrue();
        }
        // the intake's duplicate probe no longer links a new letter to her by number or name
        assertThat(services.duplicates().find(new DuplicateProbe(null, PrivacyFixtures.ID_NUMBER, PrivacyFixtures.NAME,
                fx.village, fx.field, "Đề nghị sửa cống thoát nước", LocalDate.of(2026, 11, 20)))).isEmpty();

        // her petitions stay, with the same figures
        assertThat(services.periodSummary().summary(ReportPeriod.month(november))).isEqualTo(summaryBefore);
        MonthlyList listAfter = services.monthlyList().list(november);
        assertThat(listAfter.rows()).hasSameSizeAs(listBefore.rows());
        for (ResolutionGroup group : ResolutionGroup.values()) {
            assertThat(listAfter.count(group)).isEqualTo(listBefore.count(group));
        }
        Petition first = services.petitions().require(story.get(0).id());
        assertThat(first.identity().name()).isEqualTo(services.personalData().placeholder());
        assertThat(first.kind()).isEqualTo(story.get(0).kind());
        assertThat(first.status()).isEqualTo(story.get(0).status());
        assertThat(first.summary()).isEqualTo("Bà (đã ẩn danh) (ĐT (đã ẩn danh)) đề nghị sửa cống thoát nước");

        // audited under her id, with no personal data in any row, and the chain intact
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq(PersonalDataService.ANONYMISE_ACTION))
                .fetchSingle();
        assertThat(audit.getEntityId()).isEqualTo(story.get(0).identity().citizenId());
        assertThat(dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).fetch(AUDIT_LOG.DETAILS).stream()
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("\n")))
                .doesNotContain(PrivacyFixtures.NAME, PrivacyFixtures.ID_NUMBER, PrivacyFixtures.PHONE);
        assertThat(services.auditLog().verify().intact()).isTrue();

        // a second request finds nobody by that number any more
        assertThatThrownBy(() -> services.personalData().anonymise(PrivacyFixtures.ID_NUMBER, PrivacyFixtures.ADMIN))
                .isInstanceOf(UserException.class);
    }

    @Test
    void anOfficerWhoIsNotAnAdminIsRefused() {
        var personalData = services.personalData();
        for (Runnable action : List.<Runnable>of(
                () -> personalData.find(PrivacyFixtures.ID_NUMBER, PrivacyFixtures.OFFICER),
                () -> personalData.export(PrivacyFixtures.ID_NUMBER, folder.resolve("x.zip"), PrivacyFixtures.OFFICER,
                        vi),
                () -> personalData.anonymise(PrivacyFixtures.ID_NUMBER, PrivacyFixtures.OFFICER),
                () -> services.retention().setYears(5, PrivacyFixtures.OFFICER))) {
            assertThatThrownBy(action::run).isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.privacy.adminOnly");
        }
        assertThat(folder.resolve("x.zip")).doesNotExist();
        assertThat(search(PrivacyFixtures.ID_NUMBER)).hasSize(2);
    }

    private List<PetitionRow> search(String text) {
        return services.browser().page(PetitionFilter.all().withSearch(text), PetitionSort.DEFAULT, 0, 50,
                PrivacyFixtures.ADMIN);
    }
}
