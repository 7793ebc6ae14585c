package vn.danvan.desk.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.privacy.CitizenRetention;
import vn.danvan.desk.privacy.PersonalDataFile;

/**
 * {@code citizen export|anonymise|retention}: a citizen's personal data rights (issue 6). Every subcommand needs
 * the officer who logs in to be an admin and is written to the audit log under the citizen's id.
 */
@Command(name = "citizen", mixinStandardHelpOptions = true,
        description = "Export or anonymise the personal data held about a citizen; the retention rule.",
        subcommands = {CitizenCommand.Export.class, CitizenCommand.Anonymise.class, CitizenCommand.Retention.class})
final class CitizenCommand {

    /** Which citizen: by ID number (CCCD, passport...) or by the citizen's id for those without a paper. */
    static final class Reference {
        @Option(names = "--id-number", paramLabel = "N", description = "The citizen's ID number (12-digit CCCD).")
        String idNumber;

        @Option(names = "--citizen-id", paramLabel = "UUID", description = "The citizen's id (no ID number).")
        String citizenId;

        String text() {
            return idNumber != null ? idNumber : citizenId;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything held about a citizen to a ZIP (JSON, CSV, attached files).")
    static final class Export extends DatabaseCommand {

        @ArgGroup(multiplicity = "1")
        Reference reference;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The ZIP file to write.")
        Path out;

        Export(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            PersonalDataFile data = services().personalData().export(reference.text(), out, context.actor(),
                    context.messages());
            context.out().println(context.messages().get("cli.citizen.exported", data.petitions().size(),
                    data.opinions().size(), data.attachmentCount(), out.toAbsolutePath()));
            return 0;
        }
    }

    @Command(name = "anonymise", aliases = "anonymize", mixinStandardHelpOptions = true,
            description = "Erase a citizen's name, ID number, phone and address everywhere (irreversible).")
    static final class Anonymise extends DatabaseCommand {

        @ArgGroup(multiplicity = "1")
        Reference reference;

        @Option(names = "--yes", description = "Confirm: the anonymisation cannot be undone.")
        boolean yes;

        Anonymise(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            if (!yes) {
                throw new UserException("cli.error.confirmAnonymise");
            }
            int count = services().personalData().anonymise(reference.text(), context.actor());
            context.out().println(context.messages().get("cli.citizen.anonymised", count));
            return 0;
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = "Show or set the rule that anonymises citizens whose petitions were all closed more than "
                    + "N years ago; count (--dry-run) or anonymise (--apply) them now.")
    static final class Retention extends DatabaseCommand {

        @Option(names = "--years", paramLabel = "N", description = "Set the rule to N years (0 turns it off).")
        Integer years;

        @Option(names = "--dry-run", description = "Only count the citizens the rule would anonymise.")
        boolean dryRun;

        @Option(names = "--apply", description = "Anonymise them now.")
        boolean apply;

        Retention(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            CitizenRetention retention = services().retention();
            var messages = context.messages();
            if (dryRun && apply) {
                throw new UserException("cli.error.retentionBoth");
            }
            if (dryRun) {
                int n = years != null ? years : retention.years();
                context.out().println(n <= 0 ? messages.get("cli.citizen.retention.off")
                        : messages.get("cli.citizen.retention.due", retention.due(n, context.actor()), n));
                return 0;
            }
            if (years != null) {
                retention.setYears(years, context.actor());
            }
            int set = retention.years();
            context.out().println(set <= 0 ? messages.get("cli.citizen.retention.off")
                    : messages.get("cli.citizen.retention.years", set));
            if (apply) {
                context.out().println(messages.get("cli.citizen.retention.applied", retention.apply(context.actor())));
            }
            return 0;
        }
    }
}
