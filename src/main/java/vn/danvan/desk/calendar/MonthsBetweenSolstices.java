package vn.danvan.desk.calendar;

/**
 * The lunar months from month 11 of one Gregorian year to month 11 of the next (a "suì"): their first days as
 * epoch days and their numbers. The last entry is only the start of the next month 11, which ends the run.
 */
record MonthsBetweenSolstices(int solarYear, long[] starts, int[] numbers, boolean[] leaps, int firstMonthIndex) {

    /** Numbers the months from 11 onwards, repeating the number before {@code leapIndex} (-1 when none). */
    static MonthsBetweenSolstices of(int solarYear, long[] starts, int leapIndex) {
        int[] numbers = new int[starts.length];
        boolean[] leaps = new boolean[starts.length];
        int number = 11;
        int firstMonthIndex = -1;
        numbers[0] = number;
        for (int i = 1; i < starts.length; i++) {
            if (i == leapIndex) {
                leaps[i] = true;
            } else {
                number = number % 12 + 1;
            }
            numbers[i] = number;
            if (number == 1 && !leaps[i] && firstMonthIndex < 0) {
                firstMonthIndex = i;
            }
        }
        return new MonthsBetweenSolstices(solarYear, starts, numbers, leaps, firstMonthIndex);
    }

    long lastStart() {
        return starts[starts.length - 1];
    }

    long start(int index) {
        return starts[index];
    }

    int number(int index) {
        return numbers[index];
    }

    boolean leap(int index) {
        return leaps[index];
    }

    int length(int index) {
        return (int) (starts[index + 1] - starts[index]);
    }

    /** The month that contains {@code epochDay}, which must lie before {@link #lastStart()}. */
    int indexOf(long epochDay) {
        int index = starts.length - 2;
        while (starts[index] > epochDay) {
            index--;
        }
        return index;
    }

    /**
     * The month with this number (leap or not) that belongs to the lunar year the run is searched for: months 11
     * and 12 before month 1 (they belong to the year before), the others from month 1 on; -1 when absent.
     */
    int indexOf(int month, boolean leap) {
        boolean beforeNewYear = month >= 11;
        int from = beforeNewYear ? 0 : firstMonthIndex;
        int to = beforeNewYear ? firstMonthIndex : starts.length - 1;
        for (int i = from; i < to; i++) {
            if (numbers[i] == month && leaps[i] == leap) {
                return i;
            }
        }
        return -1;
    }
}
