package vn.danvan.desk.dialogue.csv;

import java.util.List;

/** The file was refused: every problem found, in the order of the file. Nothing was saved. */
public final class DialogueImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<LineProblem> problems;

    DialogueImportException(List<LineProblem> problems) {
        super(problems.size() + " problem(s) in the dialogue file");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
