package vn.danvan.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.dashboard.DashboardFixtures.TODAY;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.HeldTaskRunner;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dashboard.DashboardViewModel.PartState;
import vn.danvan.desk.petition.PetitionListRequest;
import vn.danvan.desk.petition.PetitionListViewModel;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * The dashboard's view model over the story of {@link DashboardFixtures}: each card opens a petition list that holds
 * exactly the petitions it counts; bars and rows open what they show; a chart picture becomes a readable PNG.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardViewModelTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path pictures;
    DashboardFixtures office;
    final DirectTaskRunner runner = new DirectTaskRunner();
    final List<PetitionListRequest> opened = new ArrayList<>();
    final List<Path> remembered = new ArrayList<>();
    DashboardViewModel model;

    @BeforeAll
    void load() {
        office = new DashboardFixtures(folder).story();
        model = new DashboardViewModel(office.services.dashboard(), runner, () -> Messages.of(AppLanguage.VI),
                opened::add, remembered::add);
        model.refresh();
    }

    @AfterAll
    void close() {
        office.services.close();
    }

    @Test
    void everyPartIsLoaded() {
        assertThat(runner.unhandled()).isEmpty();
        assertThat(model.summaryStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(model.listsStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(model.chartsStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(model.mostOverdue()).hasSize(5);
        // days late from the due date to today: yesterday's due date is one day late; today's is due in 0 days
        assertThat(model.mostOverdue().get(4).days()).isEqualTo(1);
        assertThat(model.nextDue().get(0).days()).isZero();
        assertThat(model.nextDue().get(1).days()).isEqualTo(7);
    }

    @Test
    void eachCardOpensAListOfExactlyThePetitionsItCounts() {
        DashboardCards cards = model.summaryProperty().get().cards();
        assertThat(listed(DashboardCard.OPEN)).isEqualTo(cards.open());
        assertThat(listed(DashboardCard.OVERDUE)).isEqualTo(cards.overdue());
        assertThat(listed(DashboardCard.DUE_WITHIN_WEEK)).isEqualTo(cards.dueWithinWeek());
        assertThat(listed(DashboardCard.RECEIVED_THIS_MONTH)).isEqualTo(cards.receivedThisMonth());
        assertThat(opened.get(opened.size() - 1)).isEqualTo(PetitionListRequest.received(TODAY.withDayOfMonth(1),
                TODAY, null));
        // no filter of the list shows "resolved this month" or the rate: those cards open nothing
        int before = opened.size();
        assertThat(model.open(DashboardCard.RESOLVED_THIS_MONTH)).isFalse();
        assertThat(model.open(DashboardCard.SETTLEMENT_RATE)).isFalse();
        assertThat(opened).hasSize(before);
    }

    @Test
    void aMonthBarOpensThatMonthsPetitionsOfItsGroup() {
        model.openMonth(YearMonth.of(2026, 11), ResolutionGroup.RESOLVED);
        PetitionListRequest request = opened.get(opened.size() - 1);
        assertThat(request).isEqualTo(PetitionListRequest.received(LocalDate.of(2026, 11, 1), TODAY,
                ResolutionGroup.RESOLVED));
        MonthCounts november = model.chartsProperty().get().months().get(11);
        assertThat(count(request)).isEqualTo(november.count(ResolutionGroup.RESOLVED)).isEqualTo(2);
    }

    @Test
    void aFieldOrVillageBarOpensItsPetitionsOfTheTwelveMonths() {
        RankedCounts.Entry field = model.chartsProperty().get().fields().top().get(0);
        model.openField(field);
        assertThat(count(opened.get(opened.size() - 1))).isEqualTo(field.count());
        RankedCounts.Entry village = model.chartsProperty().get().villages().top().get(0);
        model.openVillage(village);
        assertThat(count(opened.get(opened.size() - 1))).isEqualTo(village.count());
    }

    @Test
    void aRowOpensItsPetitionAlone() {
        DashboardViewModel.DeadlineEntry first = model.mostOverdue().get(0);
        model.openPetition(first);
        PetitionListRequest request = opened.get(opened.size() - 1);
        assertThat(request.select()).isEqualTo(first.row().id());
        PetitionListViewModel list = list(request);
        assertThat(list.takeFocus()).containsExactly(first.row().id());
        assertThat(list.rows()).extracting(item -> item.row().id()).containsExactly(first.row().id());
    }

    @Test
    void aChartPictureIsWrittenAsAReadablePng() throws Exception {
        int width = 40;
        int height = 20;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFF2E7D32);
        pixels[0] = 0xFFC62828;
        Path file = pictures.resolve(model.fileName(DashboardChart.MONTHS));
        assertThat(file.getFileName().toString()).isEqualTo("don-thu-theo-thang-2026-11-24.png");
        model.exportChart(new ChartImage(width, height, pixels), file);
        assertThat(runner.unhandled()).isEmpty();
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(width);
        assertThat(read.getHeight()).isEqualTo(height);
        assertThat(read.getRGB(0, 0)).isEqualTo(0xFFC62828);
        assertThat(read.getRGB(5, 5)).isEqualTo(0xFF2E7D32);
        assertThat(Files.size(file)).isPositive();
        assertThat(remembered).containsExactly(pictures);
        assertThat(model.exportStatusProperty().get()).contains(file.toString());
    }

    @Test
    void aPageReadWithTheLoginIsShownAtOnceAndReadAgainOnTheNextRefresh() {
        DashboardService service = office.services.dashboard();
        DashboardService.Page page = service.page(service.dates());
        HeldTaskRunner held = new HeldTaskRunner();
        DashboardViewModel first = new DashboardViewModel(service, held, () -> Messages.of(AppLanguage.VI),
                opened::add, remembered::add);
        first.preload(page);

        first.refresh();

        assertThat(held.held).isEmpty();
        assertThat(first.summaryStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(first.listsStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(first.chartsStateProperty().get()).isEqualTo(PartState.READY);
        assertThat(first.summaryProperty().get()).isEqualTo(model.summaryProperty().get());
        assertThat(first.chartsProperty().get()).isEqualTo(model.chartsProperty().get());
        assertThat(first.mostOverdue()).containsExactlyElementsOf(model.mostOverdue());
        assertThat(first.nextDue()).containsExactlyElementsOf(model.nextDue());
        // handed over once: F5 reads the register again
        first.refresh();
        assertThat(held.held).hasSize(3);
        assertThat(first.summaryStateProperty().get()).isEqualTo(PartState.LOADING);
    }

    @Test
    void aPageReadOnAnotherDayIsNotShown() {
        DashboardService service = office.services.dashboard();
        HeldTaskRunner held = new HeldTaskRunner();
        DashboardViewModel late = new DashboardViewModel(service, held, () -> Messages.of(AppLanguage.VI),
                opened::add, remembered::add);
        late.preload(service.page(service.dates(TODAY.minusDays(1))));

        late.refresh();

        assertThat(held.held).hasSize(3);
        assertThat(late.summaryProperty().get()).isNull();
        held.runAll();
        assertThat(late.summaryProperty().get()).isEqualTo(model.summaryProperty().get());
        assertThat(late.chartsProperty().get()).isEqualTo(model.chartsProperty().get());
    }

    private int listed(DashboardCard card) {
        assertThat(model.open(card)).isTrue();
        return count(opened.get(opened.size() - 1));
    }

    private int count(PetitionListRequest request) {
        var filter = list(request).filter();
        return office.services.browser().count(filter, DashboardFixtures.ADMIN).count();
    }

    /** The petition list as the petition page would show it after the dashboard asked. */
    private PetitionListViewModel list(PetitionListRequest request) {
        PetitionListViewModel list = new PetitionListViewModel(office.services.browser(), office.services.choices(),
                runner, () -> DashboardFixtures.ADMIN, office.services.preferences());
        list.apply(request);
        list.load();
        return list;
    }

}
