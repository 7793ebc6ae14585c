import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The cost of H2's CIPHER=AES on the petition register's typical reads and writes: run it on two copies of the
 * same database, one plain and one encrypted with H2's ChangeFileEncryption, and compare (docs/benchmarks.md,
 * "Cost of encryption"). Each run is a fresh JVM: the first figure is cold (empty page cache of H2).
 *
 * <pre>
 * java -cp "target/lib/*" docs/bench/CipherCost.java DIR plain|FILE_PASSWORD [runs]
 * </pre>
 *
 * The copies are changed (a scratch table is written and dropped); never run it on an office's data.
 */
public class CipherCost {

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        boolean plain = args[1].equals("plain");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String url = "jdbc:h2:file:" + dir + "/danvan" + (plain ? "" : ";CIPHER=AES");
        String password = plain ? "" : args[1] + " ";
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            report("open", List.of(ms(start)));
            LocalDate newest;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(received_date) FROM petition")) {
                r.next();
                newest = r.getObject(1, LocalDate.class);
            }
            List<UUID> ids = sampleIds(c, 2_000);
            Random random = new Random(7);
            measure("list first page (50 newest, with field and village names)", runs, run -> rows(c,
                    "SELECT p.code, p.received_date, p.summary, f.name, v.name FROM petition p"
                            + " LEFT JOIN petition_field f ON f.id = p.field_id LEFT JOIN village v ON v.id = p.village_id"
                            + " WHERE p.received_date <= ? ORDER BY p.received_date DESC, p.code DESC LIMIT 50",
                    newest.minusDays(run)));
            measure("petitions by status (whole status index)", runs, run -> rows(c,
                    "SELECT status, COUNT(*) FROM petition WHERE received_date <= ? GROUP BY status",
                    newest.minusDays(run)));
            measure("one month's rows, every column (the monthly list)", runs, run -> rows(c,
                    "SELECT * FROM petition WHERE received_date BETWEEN ? AND ?",
                    newest.minusMonths(run + 1).withDayOfMonth(1), newest.minusMonths(run + 1).withDayOfMonth(28)));
            measure("200 petitions by id with their history", runs, run -> {
                int n = 0;
                for (int i = 0; i < 200; i++) {
                    n += rows(c, "SELECT p.code, e.event_type FROM petition p JOIN petition_event e"
                            + " ON e.petition_id = p.id WHERE p.id = ?", ids.get(random.nextInt(ids.size())));
                }
                return n;
            });
            measure("full scan: sum of summary lengths over every petition", Math.min(runs, 3), run -> rows(c,
                    "SELECT COUNT(*), SUM(LENGTH(summary)) FROM petition WHERE received_date > ?",
                    LocalDate.of(1900, 1, 1).plusDays(run)));
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_scratch (id UUID PRIMARY KEY, petition_id UUID, note VARCHAR(400),"
                        + " at TIMESTAMP)");
                s.execute("CREATE INDEX ix_bench_scratch ON bench_scratch (petition_id, at)");
            }
            c.setAutoCommit(false);
            measure("write 500 rows, one commit each (like status changes)", runs, run -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_scratch VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < 500; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, ids.get(random.nextInt(ids.size())));
                        insert.setString(3, "Ghi chú thay đổi trạng thái số " + i + " của lần chạy " + run);
                        insert.setObject(4, java.time.LocalDateTime.now());
                        insert.executeUpdate();
                        c.commit();
                    }
                }
                return 500;
            });
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_scratch");
            }
        }
    }

    interface Work {
        int run(int run) throws SQLException;
    }

    static void measure(String name, int runs, Work work) throws SQLException {
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            rows = work.run(run);
            times.add(ms(start));
        }
        report(name + " [" + rows + " rows]", times);
    }

    static void report(String name, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-70s first %9.1f  p50 %9.1f  max %9.1f ms%n", name, times.get(0),
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    static int rows(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            int n = 0;
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    static List<UUID> sampleIds(Connection c, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM petition ORDER BY code LIMIT " + count * 50)) {
            int i = 0;
            while (r.next()) {
                if (i++ % 50 == 0) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
