package vn.danvan.desk.report.summary;

import java.nio.file.Path;

/** The third-quarter story of {@link SummaryFixtures} written to a database folder, for tests in other packages. */
public final class SummaryStory {

    private SummaryStory() {
    }

    /** Sets up a database in {@code folder}, tells the story into it and closes it. */
    public static void write(Path folder) {
        SummaryFixtures data = new SummaryFixtures(folder).story();
        data.services.close();
    }
}
