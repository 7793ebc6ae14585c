package vn.danvan.desk.common.ui;

import java.util.Set;

/** Remembers which columns of a table the user has hidden (file I/O: call it off the FX thread). */
public interface ColumnMemory {

    /** The hidden columns of {@code table}, by column id; empty when nothing was chosen yet. */
    Set<String> hiddenColumns(String table);

    void setHiddenColumns(String table, Set<String> columnIds);
}
