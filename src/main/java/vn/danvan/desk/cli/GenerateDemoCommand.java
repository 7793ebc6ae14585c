package vn.danvan.desk.cli;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.demo.DemoDataGenerator;

/** {@code generate-demo --petitions N [--seed S]}: realistic demo data for trying the app and for benchmarks. */
@Command(name = "generate-demo", mixinStandardHelpOptions = true,
        description = "Add N realistic demo petitions (ten years of dates) to a set-up database.")
final class GenerateDemoCommand extends DatabaseCommand {

    private static final long REPORT_EVERY = 100_000;

    @Option(names = "--petitions", required = true, paramLabel = "N", description = "How many petitions to add.")
    long petitions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed: the same seed on an empty office gives the same data (default: 1).")
    long seed;

    GenerateDemoCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        DemoDataGenerator generator = services().demoData();
        var result = generator.generate(petitions, seed, done -> {
            if (done % REPORT_EVERY == 0 && done < petitions) {
                context.out().println(context.messages().get("cli.demo.progress", done, petitions));
                context.out().flush();
            }
        });
        context.out().println(context.messages().get("cli.demo.done", result.petitions(), result.citizens(),
                result.events(), String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0)));
        context.out().println(context.messages().get("cli.demo.sessions", result.sessions()));
        return 0;
    }
}
