import java.nio.file.Files;
import java.nio.file.Path;
import vn.danvan.desk.Startup;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.security.Actor;

/**
 * The petition list's first page of 100 sorted by each column, both directions, no filter, on a register: prints each
 * page's time and the heap in use (docs/benchmarks.md, "The JDK's AES back").
 *
 * <pre>
 * java -Xmx256m -XX:+UseSerialGC -cp "target/danvan-desk.jar:target/lib/*" docs/bench/SortProbe.java DIR PASSWORD_FILE
 * </pre>
 */
public class SortProbe {
    public static void main(String[] args) throws Exception {
        char[] password = Files.readString(Path.of(args[1])).strip().toCharArray();
        var signedIn = Startup.of(Path.of(args[0])).logIn("admin", password);
        var browser = signedIn.services().browser();
        Actor actor = Actor.of(signedIn.officer());
        for (PetitionSort.Column c : PetitionSort.Column.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                long t = System.nanoTime();
                var rows = browser.page(PetitionFilter.all(), new PetitionSort(c, asc), 0, 100, actor);
                Runtime r = Runtime.getRuntime();
                System.out.printf("%s %s: %d rows %d ms, heap used %d MB%n", c, asc ? "asc" : "desc", rows.size(),
                        (System.nanoTime() - t) / 1_000_000, (r.totalMemory() - r.freeMemory()) >> 20);
            }
        }
        signedIn.services().close();
    }
}
