package vn.danvan.desk.listimport;

import java.util.UUID;

/**
 * One import of a list as recorded before its first row is written (V12): which file, who, the range and tag of the
 * ids its rows get, the search-document numbers it holds. Left WRITING, it is undone.
 */
record ImportRun(UUID id, String fileName, UUID officerId, long firstMillis, long lastMillis, int tag, long firstDoc,
                 long docCount, int rowsInFile) {

    UUID lowestId() {
        return ImportRunIds.lowest(firstMillis);
    }

    UUID aboveIds() {
        return ImportRunIds.above(lastMillis);
    }
}
