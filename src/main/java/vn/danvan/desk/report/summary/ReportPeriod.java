package vn.danvan.desk.report.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report period, written as on the command line: {@code 2026-10} (October), {@code 2026-Q3} (third quarter),
 * {@code 2026-H1} / {@code 2026-H2} (first / last six months), {@code 2026-9M} (the first nine months) and
 * {@code 2026} (the year). {@code number} is the month, quarter or half (1 for nine months and a year). Its dates
 * depend on the office's {@link PeriodBoundary}.
 */
public record ReportPeriod(PeriodKind kind, int year, int number) {

    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})|[Qq]([1-4])|[Hh]([12])|(9[Mm])))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The dates of a period under a boundary rule, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    public ReportPeriod {
        if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(kind + " " + year + " " + number);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month.getYear(), month.getMonthValue());
    }

    /** The period written as {@code text} ({@code 2026-10}, {@code 2026-Q3}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026}). */
    public static Optional<ReportPeriod> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        PeriodKind kind;
        int number = 1;
        if (m.group(2) != null) {
            kind = PeriodKind.MONTH;
            number = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            kind = PeriodKind.QUARTER;
            number = Integer.parseInt(m.group(3));
        } else if (m.group(4) != null) {
            kind = PeriodKind.HALF;
            number = Integer.parseInt(m.group(4));
        } else {
            kind = m.group(5) != null ? PeriodKind.NINE_MONTHS : PeriodKind.YEAR;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > kind.perYear()) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(kind, year, number));
    }

    /** The period of {@code kind} that holds {@code date} under {@code boundary} (nine months: that year's). */
    public static ReportPeriod containing(PeriodKind kind, LocalDate date, PeriodBoundary boundary) {
        YearMonth month = boundary.monthOf(date);
        int index = kind == PeriodKind.NINE_MONTHS ? 1 : (month.getMonthValue() - 1) / kind.months() + 1;
        return new ReportPeriod(kind, month.getYear(), index);
    }

    /** As written on the command line, e.g. {@code 2026-Q3}. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> Integer.toString(year);
        };
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, kind == PeriodKind.NINE_MONTHS ? 1 : (number - 1) * kind.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    public Range range(PeriodBoundary boundary) {
        return new Range(boundary.start(firstMonth()), boundary.end(lastMonth()));
    }

    /** The period of the same kind just before (nine months and years step by a year). */
    public ReportPeriod previous() {
        return step(-1);
    }

    public ReportPeriod next() {
        return step(1);
    }

    private ReportPeriod step(int direction) {
        int index = year * kind.perYear() + number - 1 + direction;
        return new ReportPeriod(kind, Math.floorDiv(index, kind.perYear()), Math.floorMod(index, kind.perYear()) + 1);
    }

    /** The key of the period's name in the bundles and its arguments ({@link #labelArguments()}). */
    public String labelKey() {
        return kind == PeriodKind.HALF ? "summary.period.half" + number : "summary.period." + kind.name()
                .toLowerCase(Locale.ROOT);
    }

    /** Month as {@code 10/2026}, quarter as a Roman numeral, then the year (as text: no digit grouping). */
    public Object[] labelArguments() {
        return switch (kind) {
            case MONTH -> new Object[] {String.format(Locale.ROOT, "%02d/%d", number, year)};
            case QUARTER -> new Object[] {ROMAN[number - 1], Integer.toString(year)};
            default -> new Object[] {Integer.toString(year)};
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
