package vn.danvan.desk.dashboard;

/**
 * The figures at the top of the dashboard, as of {@link DashboardDates#today()}:
 * <ul>
 *   <li>{@code open}: petitions not voided whose status is in the groups "chưa giải quyết" or "đang giải quyết"
 *       ({@link vn.danvan.desk.petition.PetitionStatus#open()}), suspended ones included;</li>
 *   <li>{@code overdue}: running petitions (open, not suspended) whose due date is before today: the red rows of the
 *       list and the badge on Đơn thư;</li>
 *   <li>{@code dueWithinWeek}: running petitions due from today to {@link DashboardDates#weekEnd()} (seven days
 *       ahead, later only when days off stretch the list's three working days of "due soon" beyond it);</li>
 *   <li>{@code receivedThisMonth}: received from the first of the month to today;</li>
 *   <li>{@code resolvedThisMonth}: a resolution date (ngày giải quyết) from the first of the month to today, whenever
 *       received.</li>
 * </ul>
 * The sixth card, the settlement rate of the year to date, comes with the charts ({@link SettlementRate}).
 */
public record DashboardCards(int open, int overdue, int dueWithinWeek, int receivedThisMonth, int resolvedThisMonth) {
}
