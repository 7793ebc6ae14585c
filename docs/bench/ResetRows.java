import java.nio.file.Files;
import java.nio.file.Path;
import vn.danvan.desk.Startup;
/**
 * Stores H2's default MAX_MEMORY_ROWS for this heap in a register (which this app's openings set to 2^31 - 1), so that
 * an older jar measured on it spills as it would have (docs/benchmarks.md, "A trap for measuring"). Run with the
 * older jar on the class path.
 *
 * <pre>
 * java -Xmx256m -cp "OLD/danvan-desk.jar:OLD/lib/*" docs/bench/ResetRows.java DIR PASSWORD_FILE
 * </pre>
 */
public class ResetRows {
    public static void main(String[] args) throws Exception {
        char[] password = Files.readString(Path.of(args[1])).strip().toCharArray();
        var signedIn = Startup.of(Path.of(args[0])).logIn("admin", password);
        signedIn.services().database().dsl().execute("SET MAX_MEMORY_ROWS " + org.h2.engine.SysProperties.MAX_MEMORY_ROWS);
        System.out.println("MAX_MEMORY_ROWS reset to " + org.h2.engine.SysProperties.MAX_MEMORY_ROWS);
        signedIn.services().close();
    }
}
