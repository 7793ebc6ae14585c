package vn.danvan.desk.report.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.report.ReportOffice;
import vn.danvan.desk.common.SafeFiles;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.AppSettings;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.report.LaterChange;
import vn.danvan.desk.report.MonthEndState;
import vn.danvan.desk.security.Actor;

/**
 * The period summary report (issue 5): its figures for a month, quarter, six or nine months or a year under the
 * office's period boundary rule, and its export to XLSX, PDF or JSON. The petitions are read a chunk at a time and
 * each is taken back to its state on the cut-off day with the monthly list's rules ({@link MonthEndState}), so a past
 * period's report made later gives the same figures, and a calendar month's agrees with its monthly list.
 */
public final class PeriodSummaryService {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodSummaryService.class);
    /** Up to this many status changes recorded after a cut-off are read in one go; beyond, chunk by chunk. */
    static final int LATER_CHANGES_AT_ONCE = 100_000;

    private final SummaryRepository repository;
    private final AppSettings settings;
    private final OfficeService offices;
    private final PetitionDeadlines deadlines;
    private final OfficeClock clock;
    private final Supplier<DocumentFonts> fonts;

    public PeriodSummaryService(SummaryRepository repository, AppSettings settings, OfficeService offices,
                                PetitionDeadlines deadlines, OfficeClock clock, Supplier<DocumentFonts> fonts) {
        this.repository = repository;
        this.settings = settings;
        this.offices = offices;
        this.deadlines = deadlines;
        this.clock = clock;
        this.fonts = fonts;
    }

    /** The office's rule for where a report month begins (calendar by default). */
    public PeriodBoundary boundary() {
        return settings.get(PeriodBoundary.SETTING_KEY).flatMap(PeriodBoundary::fromSetting)
                .orElse(PeriodBoundary.CALENDAR);
    }

    /** Changes the rule; only an administrator may. */
    public void setBoundary(PeriodBoundary boundary, Actor actor) {
        if (!actor.admin()) {
            throw new UserException("error.summary.boundaryAdminOnly");
        }
        settings.put(PeriodBoundary.SETTING_KEY, boundary.name());
    }

    public LocalDate today() {
        return clock.today();
    }

    /** The period of {@code kind} that today falls in, under the office's rule. */
    public ReportPeriod current(PeriodKind kind) {
        return ReportPeriod.containing(kind, today(), boundary());
    }

    /** The figures of {@code period}; stops with a {@link java.util.concurrent.CancellationException} when asked. */
    public PeriodSummary summary(ReportPeriod period, ProgressMonitor monitor) {
        return summary(period, ReportOffice.local(offices.requireLocalOffice()), monitor);
    }

    /** The figures of {@code period} for one office: this one, or another whose packages were imported. */
    public PeriodSummary summary(ReportPeriod period, ReportOffice office, ProgressMonitor monitor) {
        PeriodBoundary boundary = boundary();
        ReportPeriod.Range range = period.range(boundary);
        LocalDate today = today();
        if (range.from().isAfter(today)) {
            throw new UserException("error.summary.future", Messages.of(AppLanguage.VI).get(period.labelKey(),
                    period.labelArguments()));
        }
        LocalDate cutOff = range.to().isAfter(today) ? today : range.to();
        long started = System.nanoTime();
        LaterChanges later = laterChanges(cutOff, today);
        SummaryCounter counter = new SummaryCounter();
        int[] read = {0};
        repository.petitions(range.from(), range.to(), office, chunk -> {
            monitor.checkCancelled();
            Map<UUID, List<LaterChange>> changes = later.of(chunk);
            for (CountedPetition p : chunk) {
                List<LaterChange> mine = changes.getOrDefault(p.id(), List.of());
                PetitionStatus status = MonthEndState.statusAt(p.stored(), mine, cutOff);
                counter.add(p, status, status.clockRunning() && overdue(p, mine, cutOff));
            }
            read[0] += chunk.size();
        });
        monitor.checkCancelled();
        SummaryCounter.Counts c = counter.counts(repository.fields(office), repository.villages(office));
        DialogueFigures dialogues = repository.dialogues(range.from(), cutOff, office);
        LOG.info("Summary of {} ({} to {}, cut-off {}): {} petitions counted in {} ms", period, range.from(),
                range.to(), cutOff, read[0], (System.nanoTime() - started) / 1_000_000);
        return new PeriodSummary(period, boundary, range.from(), range.to(), cutOff, office.profile(),
                today, c.overall(), c.carriedOverStillOpen(), c.overdue(), c.within(), c.outside(),
                c.resolvedWithin(), c.directions(), c.closedWithoutDirection(), c.kinds(), c.channels(), c.fields(),
                c.villages(), c.single(), c.multiple(), dialogues);
    }

    public PeriodSummary summary(ReportPeriod period) {
        return summary(period, ProgressMonitor.NONE);
    }

    /**
     * Computes the summary of {@code period} and writes it to {@code target} (replaced; written beside it first, so a
     * failed or cancelled export leaves no half file).
     */
    public PeriodSummary export(ReportPeriod period, SummaryFormat format, Path target, ProgressMonitor monitor) {
        return export(period, ReportOffice.local(offices.requireLocalOffice()), format, target, monitor);
    }

    public PeriodSummary export(ReportPeriod period, ReportOffice office, SummaryFormat format, Path target,
                                ProgressMonitor monitor) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("error.report.noFolder", folder == null ? target : folder);
        }
        PeriodSummary summary = summary(period, office, monitor);
        SafeFiles.write(target.toAbsolutePath(), out -> {
            write(summary, format, out);
            monitor.checkCancelled();
        });
        LOG.info("Exported the summary of {} as {} to {}", period, format, target);
        return summary;
    }

    /** Writes {@code summary} in {@code format} to {@code out}, which stays open. Files are always in Vietnamese. */
    public void write(PeriodSummary summary, SummaryFormat format, OutputStream out) throws IOException {
        SummaryLines lines = new SummaryLines(Messages.of(AppLanguage.VI));
        switch (format) {
            case XLSX -> new SummaryXlsxWriter(lines).write(summary, out);
            case PDF -> new SummaryPdfWriter(lines, fonts).write(summary, out);
            case JSON -> new SummaryJsonWriter().write(summary, out);
        }
    }

    private boolean overdue(CountedPetition p, List<LaterChange> changes, LocalDate cutOff) {
        LocalDate due = MonthEndState.dueAt(p.stored(), changes, cutOff,
                () -> deadlines.intakeDue(p.kind(), p.receivedDate()));
        return due != null && due.isBefore(cutOff);
    }

    /** The history recorded after the cut-off, read in one go when it is small, else for each chunk of petitions. */
    private LaterChanges laterChanges(LocalDate cutOff, LocalDate today) {
        if (!cutOff.isBefore(today)) {
            return chunk -> Map.of(); // nothing is recorded after today
        }
        if (repository.statusChangesAfter(cutOff) <= LATER_CHANGES_AT_ONCE) {
            Map<UUID, List<LaterChange>> all = repository.allChangesAfter(cutOff).stream()
                    .collect(Collectors.groupingBy(LaterChange::petitionId, HashMap::new, Collectors.toList()));
            return chunk -> all;
        }
        return chunk -> repository.changesAfter(cutOff, chunk.stream().map(CountedPetition::id).toList()).stream()
                .collect(Collectors.groupingBy(LaterChange::petitionId));
    }

    /** What was recorded after the cut-off, for the petitions of a chunk (the map may hold others too). */
    @FunctionalInterface
    private interface LaterChanges {
        Map<UUID, List<LaterChange>> of(List<CountedPetition> chunk);
    }
}
