package vn.danvan.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;

/**
 * H2's own exceptions for a file it cannot write, as jOOQ and the services wrap them, are recognised and told to the
 * user as such (the failure of a real full disk is in {@code crash.DiskFullTest}); other failures are not.
 */
class StorageFailuresTest {

    @Test
    void aFailedWriteOfTheStoreAtCommitIsAWriteFailure() {
        var store = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}", "danvan.mv.db", 20480, 897024);
        SQLException commit = DbException.convert(store).getSQLException();
        assertThat(StorageFailures.isWriteFailure(new DataAccessException("Cannot commit transaction", commit)))
                .isTrue();
    }

    @Test
    void aReadOnlyOrClosedDatabaseIsAWriteFailure() {
        assertThat(StorageFailures.isWriteFailure(new DataAccessException("insert",
                DbException.get(ErrorCode.DATABASE_IS_READ_ONLY).getSQLException()))).isTrue();
        SQLException chained = new SQLException("rollback failed");
        chained.setNextException(DbException.get(ErrorCode.DATABASE_IS_CLOSED).getSQLException());
        assertThat(StorageFailures.isWriteFailure(new RuntimeException(chained))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StorageFailures.isWriteFailure(new DataAccessException("insert",
                DbException.get(ErrorCode.DUPLICATE_KEY_1, "PETITION.CODE").getSQLException()))).isFalse();
        assertThat(StorageFailures.isWriteFailure(new UserException("error.notFound"))).isFalse();
        assertThat(StorageFailures.isWriteFailure(new IOException("export.xlsx: Permission denied"))).isFalse();
        assertThat(StorageFailures.isWriteFailure(new IllegalStateException("boom"))).isFalse();
    }

    @Test
    void theUserReadsWhatHappenedAndWhatToDoInBothLanguages() {
        var failure = new DataAccessException("insert",
                DbException.get(ErrorCode.DATABASE_IS_READ_ONLY).getSQLException());
        assertThat(Failures.describe(failure, Messages.of(AppLanguage.VI)))
                .startsWith("Không ghi được vào ổ đĩa (ổ đầy hoặc thư mục dữ liệu chỉ cho đọc)")
                .contains("dữ liệu đã lưu trước đó vẫn an toàn");
        assertThat(Failures.describe(failure, Messages.of(AppLanguage.EN)))
                .startsWith("Cannot write to the disk").contains("everything saved before is safe");
        assertThat(Failures.describe(new IllegalStateException("boom"), Messages.of(AppLanguage.EN)))
                .isEqualTo(Messages.of(AppLanguage.EN).get("error.unexpected"));
    }
}
