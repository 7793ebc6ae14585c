package vn.danvan.desk.report.summary;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.document.PlaceDate;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The summary as a table of labelled lines, the same in the window (in the user's language), the XLSX and the PDF
 * (always Vietnamese): I. petitions received and handled, II. handling results, III. breakdowns (kind, field,
 * channel, village, signers) with six columns, IV. dialogues and receptions.
 */
public final class SummaryLines {

    /** The six figure columns of a breakdown line, after the label. */
    public static final List<String> COLUMN_KEYS = List.of("summary.column.total", "summary.column.carriedOver",
            "summary.column.received", "summary.column.resolved", "summary.column.inProgress",
            "summary.column.notResolved");
    private static final List<HandlingDirection> DIRECTIONS = List.of(HandlingDirection.ACCEPT,
            HandlingDirection.ANSWER_NOW, HandlingDirection.GUIDE, HandlingDirection.TRANSFER,
            HandlingDirection.RETURN, HandlingDirection.FILE);

    private final Messages messages;

    public SummaryLines(Messages messages) {
        this.messages = messages;
    }

    public List<SummaryLine> lines(PeriodSummary s) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(SummaryLine.section("I", text("summary.section.petitions")));
        lines.add(SummaryLine.count("1", text("summary.line.carriedOver"), s.carriedOver()));
        lines.add(SummaryLine.count("", text("summary.line.carriedOverClosed"), s.carriedOverClosed()));
        lines.add(SummaryLine.count("", text("summary.line.carriedOverStillOpen"), s.carriedOverStillOpen()));
        lines.add(SummaryLine.count("2", text("summary.line.received"), s.received()));
        lines.add(SummaryLine.count("3", text("summary.line.total"), s.total()));
        lines.add(SummaryLine.count("4", text("summary.line.resolved"), s.overall().resolved()));
        lines.add(SummaryLine.count("5", text("summary.line.inProgress"), s.overall().inProgress()));
        lines.add(SummaryLine.count("6", text("summary.line.notResolved"), s.overall().notResolved()));
        lines.add(SummaryLine.count("7", text("summary.line.overdue"), s.overdue()));
        lines.add(SummaryLine.count("8", text("summary.line.handled"), s.handled()));
        lines.add(SummaryLine.rate("9", text("summary.line.handlingRate"), s.handlingRate()));
        lines.add(SummaryLine.count("10", text("summary.line.withinCompetence"), s.withinCompetence()));
        lines.add(SummaryLine.count("11", text("summary.line.resolvedWithinCompetence"),
                s.resolvedWithinCompetence()));
        lines.add(SummaryLine.rate("12", text("summary.line.settlementRate"), s.settlementRate()));

        lines.add(SummaryLine.section("II", text("summary.section.handling")));
        int n = 0;
        for (HandlingDirection direction : DIRECTIONS) {
            lines.add(SummaryLine.count(Integer.toString(++n), text("summary.direction."
                    + direction.name().toLowerCase(Locale.ROOT)), s.direction(direction)));
        }
        lines.add(SummaryLine.count(Integer.toString(++n), text("summary.line.closedWithoutDirection"),
                s.closedWithoutDirection()));
        lines.add(SummaryLine.count(Integer.toString(++n), text("summary.line.notHandled"),
                s.overall().notResolved()));
        lines.add(SummaryLine.count("", text("summary.line.within"), s.withinCompetence()));
        lines.add(SummaryLine.count("", text("summary.line.outside"), s.outsideCompetence()));

        lines.add(SummaryLine.section("III", text("summary.section.breakdown")));
        lines.add(SummaryLine.group("1", text("summary.group.kind")));
        for (PetitionKind kind : PetitionKind.values()) {
            lines.add(SummaryLine.tally("", text(kind.messageKey()), s.byKind().get(kind)));
        }
        lines.add(SummaryLine.group("2", text("summary.group.field")));
        s.byField().forEach(f -> lines.add(SummaryLine.tally("", f.name() == null ? text("summary.noField")
                : f.name(), f.tally())));
        lines.add(SummaryLine.group("3", text("summary.group.channel")));
        for (PetitionChannel channel : PetitionChannel.values()) {
            lines.add(SummaryLine.tally("", text(channel.messageKey()), s.byChannel().get(channel)));
        }
        lines.add(SummaryLine.group("4", text("summary.group.village")));
        s.byVillage().forEach(v -> lines.add(SummaryLine.tally("", v.name() == null ? text("summary.noVillage")
                : v.name(), v.tally())));
        lines.add(SummaryLine.group("5", text("summary.group.signers")));
        lines.add(SummaryLine.tally("", text("summary.line.singleSigner"), s.singleSigner()));
        lines.add(SummaryLine.tally("", text("summary.line.multipleSigners"), s.multipleSigners()));
        lines.add(SummaryLine.tally("", text("summary.line.allPetitions"), s.overall()));

        lines.add(SummaryLine.section("IV", text("summary.section.dialogues")));
        DialogueFigures d = s.dialogues();
        lines.add(SummaryLine.count("1", text("summary.line.sessions"), d.sessions()));
        for (DialogueKind kind : DialogueKind.values()) {
            lines.add(SummaryLine.count("", text(kind.messageKey()), d.sessionsByKind().get(kind)));
        }
        lines.add(SummaryLine.count("2", text("summary.line.citizens"), d.citizens()));
        lines.add(SummaryLine.count("3", text("summary.line.opinions"), d.opinions()));
        lines.add(SummaryLine.count("", text("summary.line.answeredOnSpot"), d.answeredOnSpot()));
        lines.add(SummaryLine.count("", text("summary.line.followUp"), d.followUp()));
        return lines;
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(text("summary.column.number"));
        headers.add(text("summary.column.label"));
        COLUMN_KEYS.forEach(key -> headers.add(text(key)));
        return headers;
    }

    /** "Báo cáo tổng hợp … quý III năm 2026". */
    public String title(PeriodSummary s) {
        return text("summary.title", periodName(s.period()));
    }

    public String periodName(ReportPeriod period) {
        return messages.get(period.labelKey(), period.labelArguments());
    }

    /** "(Từ ngày 01/07/2026 đến ngày 30/09/2026)", and whether the figures stand at a day before the end. */
    public List<String> subtitles(PeriodSummary s) {
        List<String> lines = new ArrayList<>();
        lines.add(text("summary.dates", VietnameseFormats.date(s.from()), VietnameseFormats.date(s.to())));
        if (!s.complete()) {
            lines.add(text("summary.cutOff", VietnameseFormats.date(s.cutOff())));
        }
        return lines;
    }

    /** "Tân Lập, ngày 26 tháng 11 năm 2026". */
    public String placeDate(PeriodSummary s) {
        return PlaceDate.line(PlaceDate.placeOf(s.office().name(), s.office().province()), s.issuedOn());
    }

    /** A rate as printed: {@code 85,7%} in Vietnamese, {@code 85.7%} in English, a dash when there is none. */
    public String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(messages.language().locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    /** A count as printed, grouped the way the language writes thousands. */
    public String count(int value) {
        return NumberFormat.getIntegerInstance(messages.language().locale()).format(value);
    }

    public String text(String key, Object... arguments) {
        return messages.get(key, arguments);
    }
}
