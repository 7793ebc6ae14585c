package vn.danvan.desk.dialogue.csv;

import vn.danvan.desk.common.Problem;

/**
 * A problem of an imported file: the line it is on (from 1), the key or column it concerns as the file names it
 * ({@code null} for the whole line), and what is wrong.
 */
public record LineProblem(int line, String where, Problem problem) {

    static LineProblem at(int line, String where, String messageKey, Object... arguments) {
        return new LineProblem(line, where, new Problem(messageKey, arguments));
    }
}
