package vn.danvan.desk.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.calendar.CalendarRules;
import vn.danvan.desk.calendar.WorkingCalendar;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;

/** {@code holidays --year YYYY}: the weekdays (Monday–Friday) off in that year, as the office's calendar has them. */
@Command(name = "holidays", mixinStandardHelpOptions = true,
        description = "One line per weekday off in the year: ISO date, a tab, the name of the holiday.")
final class HolidaysCommand extends DatabaseCommand {

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year, e.g. 2026.")
    int year;

    HolidaysCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        Problem.throwFirst(CalendarRules.year(year));
        Messages messages = context.messages();
        WorkingCalendar calendar = services().calendar().calendar();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && !calendar.isWorkingDay(day)) {
                context.out().println(day + "\t" + calendar.holidayName(day, messages).orElse(""));
            }
        }
        return 0;
    }
}
