package vn.danvan.desk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.audit.AuditRepository;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.SafeFiles;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionRepository;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.security.Actor;

/**
 * The monthly petition list (issue 5): its rows as they stood at the end of the month, masked, and its export to
 * XLSX, PDF or CSV. Identities are shown only to an admin who asks for them; each such export is written to the
 * audit log and to the history of every petition whose protected identity it shows, before the file is written.
 */
public final class MonthlyListService {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyListService.class);

    private final MonthlyListRepository repository;
    private final OfficeService offices;
    private final PetitionDeadlines deadlines;
    private final PetitionRepository petitions;
    private final AuditRepository audit;
    private final Transactions transactions;
    private final OfficeClock clock;
    private final Supplier<DocumentFonts> fonts;

    public MonthlyListService(MonthlyListRepository repository, OfficeService offices, PetitionDeadlines deadlines,
                              PetitionRepository petitions, AuditRepository audit, Transactions transactions,
                              OfficeClock clock, Supplier<DocumentFonts> fonts) {
        this.repository = repository;
        this.offices = offices;
        this.deadlines = deadlines;
        this.petitions = petitions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.fonts = fonts;
    }

    /** The current month in the office's time zone: the latest month a list can be made for. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.today());
    }

    /** The list of {@code month} with every protected identity masked: what the preview shows. */
    public MonthlyList list(YearMonth month) {
        return list(month, localOffice());
    }

    /** The list of {@code month} of one office: this one (the default) or another whose packages were imported. */
    public MonthlyList list(YearMonth month, ReportOffice office) {
        checkMonth(month);
        return new MonthlyList(month, office.profile(), clock.today(), rows(month, office, false), false);
    }

    /** This office: what every list shows unless another office is chosen. */
    public ReportOffice localOffice() {
        return ReportOffice.local(offices.requireLocalOffice());
    }

    /** Every office a report can be made for: this office first, then those whose hand-over packages were imported. */
    public java.util.List<ReportOffice> offices() {
        var local = offices.requireLocalOffice();
        return offices.all().stream().map(o -> ReportOffice.of(o, local)).toList();
    }

    /** The office named after {@code --office} (id, commune code or name). */
    public ReportOffice office(String idCodeOrName) {
        return ReportOffice.of(offices.find(idCodeOrName), offices.requireLocalOffice());
    }

    /**
     * Writes the list of {@code month} to {@code target} (replaced if it exists; written beside it first, so a
     * failed or cancelled export leaves no half file). With {@code withIdentities}, only for an admin, protected
     * identities are shown and the export is logged.
     */
    public ExportResult export(YearMonth month, ExportFormat format, Path target, Actor actor,
                               boolean withIdentities, ProgressMonitor monitor) {
        return export(month, localOffice(), format, target, actor, withIdentities, monitor);
    }

    /** {@link #export(YearMonth, ExportFormat, Path, Actor, boolean, ProgressMonitor)} of one office's list. */
    public ExportResult export(YearMonth month, ReportOffice office, ExportFormat format, Path target, Actor actor,
                               boolean withIdentities, ProgressMonitor monitor) {
        checkMonth(month);
        if (withIdentities && !actor.admin()) {
            throw new UserException("error.report.identitiesAdminOnly");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("error.report.noFolder", folder == null ? target : folder);
        }
        monitor.progress(0, 1);
        MonthlyList list = new MonthlyList(month, office.profile(), clock.today(),
                rows(month, office, withIdentities), withIdentities);
        monitor.checkCancelled();
        if (withIdentities) {
            logReveal(list, format, actor);
        }
        long started = System.nanoTime();
        write(list, format, target.toAbsolutePath(), monitor);
        LOG.info("Exported the list of {} as {} ({} rows) to {}: file written in {} ms", month, format,
                list.rows().size(), target, (System.nanoTime() - started) / 1_000_000);
        if (!withIdentities) {
            transactions.run(() -> audit.append(actor, "EXPORT", "MONTHLY_LIST", null, String.format(
                    "%s %s: %d rows → %s", month, format.extension(), list.rows().size(), target.getFileName())));
        }
        return new ExportResult(target, format, list.rows().size(), list.carriedOver());
    }

    private List<MonthlyListRow> rows(YearMonth month, ReportOffice office, boolean withIdentities) {
        long started = System.nanoTime();
        List<ListedPetition> listed = repository.listed(month, office);
        long read = System.nanoTime();
        Map<UUID, List<LaterChange>> later = repository.changesAfter(month,
                        listed.stream().map(ListedPetition::id).toList()).stream()
                .collect(Collectors.groupingBy(LaterChange::petitionId));
        LOG.info("List of {}: {} petitions read in {} ms, their later history in {} ms", month, listed.size(),
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return listed.stream()
                .map(p -> MonthEndState.of(p, later.getOrDefault(p.id(), List.of()), month,
                        l -> deadlines.intakeDue(l.kind(), l.receivedDate())))
                .map(row -> row.identityProtected() && !withIdentities ? mask(row) : row)
                .toList();
    }

    static MonthlyListRow mask(MonthlyListRow r) {
        return new MonthlyListRow(r.id(), r.code(), r.receivedDate(), null, null, r.village(), null, r.peopleCount(),
                r.channel(), r.kind(), r.field(), r.summary(), r.direction(), r.handlingUnit(), r.dueDate(), r.status(),
                r.resolvedDate(), r.result(), r.transferAgency(), r.transferDocNo(), r.note(), r.carriedOver(),
                r.anonymous(), true, true);
    }

    private void logReveal(MonthlyList list, ExportFormat format, Actor actor) {
        List<MonthlyListRow> revealed = list.rows().stream().filter(MonthlyListRow::identityProtected).toList();
        String note = vietnamese().get("report.audit.reveal", list.month().toString(), format.extension());
        transactions.run(() -> {
            for (MonthlyListRow row : revealed) {
                petitions.insertEvent(row.id(), actor.officerId(), PetitionEventType.IDENTITY_REVEALED, null, null,
                        note);
            }
            audit.append(actor, "EXPORT_IDENTITIES", "MONTHLY_LIST", null, String.format("%s %s: %d rows, %d identities"
                    + " shown", list.month(), format.extension(), list.rows().size(), revealed.size()));
        });
    }

    private void write(MonthlyList list, ExportFormat format, Path target, ProgressMonitor monitor) {
        MonthlyListCells cells = new MonthlyListCells(vietnamese());
        MonthlyListWriter writer = switch (format) {
            case CSV -> new MonthlyListCsvWriter(cells);
            case XLSX -> new MonthlyListXlsxWriter(cells);
            case PDF -> new MonthlyListPdfWriter(cells, fonts);
        };
        SafeFiles.write(target, out -> {
            writer.write(list, out, monitor);
            monitor.checkCancelled();
        });
    }

    private void checkMonth(YearMonth month) {
        if (month.isAfter(currentMonth())) {
            throw new UserException("error.report.futureMonth", String.format("%02d/%d", month.getMonthValue(),
                    month.getYear()));
        }
    }

    private static Messages vietnamese() {
        return Messages.of(AppLanguage.VI);
    }
}
