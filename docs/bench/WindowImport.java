import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.danvan.desk.Startup;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.listimport.ListImportOptions;
import vn.danvan.desk.security.Actor;

/**
 * The list import as the window runs it: log in, check the file (what happens when it is chosen), then import it
 * (Nhập), creating villages and units; prints both times, and the CPU and collection time spent during the import
 * (docs/benchmarks.md). Use a copy of a register.
 *
 * <pre>
 * java [JVM options] -cp "target/danvan-desk.jar:target/lib/*" docs/bench/WindowImport.java DIR FILE USER PASSWORD_FILE
 * </pre>
 */
public class WindowImport {

    public static void main(String[] args) throws Exception {
        char[] password = Files.readString(Path.of(args[3])).strip().toCharArray();
        var signedIn = Startup.of(Path.of(args[0])).logIn(args[2], password);
        var imports = signedIn.services().listImport();
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        imports.check(file, ProgressMonitor.NONE);
        long checked = System.nanoTime();
        var threads = ManagementFactory.getThreadMXBean();
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long mainCpu = threads.getCurrentThreadCpuTime();
        long processCpu = system.getProcessCpuTime();
        long collecting = collectionMillis();
        var result = imports.importFile(file, new ListImportOptions(true, true, false), Actor.of(signedIn.officer()),
                ProgressMonitor.NONE);
        long imported = System.nanoTime();
        System.out.printf("check (on choosing the file) %d ms; import (Nhập) %d ms; imported %d"
                        + " (during Nhập: main thread %d ms CPU, process %d ms CPU, collections %d ms)%n",
                (checked - start) / 1_000_000, (imported - checked) / 1_000_000, result.imported(),
                (threads.getCurrentThreadCpuTime() - mainCpu) / 1_000_000,
                (system.getProcessCpuTime() - processCpu) / 1_000_000, collectionMillis() - collecting);
        signedIn.services().close();
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
