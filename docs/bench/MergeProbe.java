import java.nio.file.Files;
import java.nio.file.Path;
import vn.danvan.desk.Startup;

/**
 * Merges the village with the most petitions into another, as the Danh mục page does, in a transaction that is then
 * rolled back (the register is left as it was); prints the merge's time (docs/benchmarks.md, "The JDK's AES back").
 *
 * <pre>
 * java -Xmx256m -XX:+UseSerialGC -cp "target/danvan-desk.jar:target/lib/*" docs/bench/MergeProbe.java DIR PASSWORD_FILE
 * </pre>
 */
public class MergeProbe {
    public static void main(String[] args) throws Exception {
        char[] password = Files.readString(Path.of(args[1])).strip().toCharArray();
        var signedIn = Startup.of(Path.of(args[0])).logIn("admin", password);
        var database = signedIn.services().database();
        var dsl = database.dsl();
        var top = dsl.fetchOne("select village_id, count(*) from petition group by village_id order by 2 desc limit 1");
        var other = dsl.fetchValue("select id from village where id <> ? limit 1", top.get(0));
        var villages = new vn.danvan.desk.catalog.village.VillageRepository(database, java.time.Clock.systemUTC());
        System.out.println("largest village: " + top.get(1) + " petitions");
        long t = System.nanoTime();
        try {
            database.transactions().run(() -> {
                villages.merge((java.util.UUID) top.get(0), (java.util.UUID) other);
                int n = dsl.fetchCount(dsl.selectOne().from("PETITION").where("village_id = ?", other));
                int c = dsl.fetchCount(dsl.selectOne().from("CITIZEN").where("village_id = ?", other));
                Runtime r = Runtime.getRuntime();
                System.out.printf("merged: target now has %d petitions, %d citizens in %d ms, heap used %d MB%n", n, c,
                        (System.nanoTime() - t) / 1_000_000, (r.totalMemory() - r.freeMemory()) >> 20);
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            System.out.println("rolled back");
        }
        signedIn.services().close();
    }
}
