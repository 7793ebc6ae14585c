package vn.danvan.desk.cli;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;

/** {@code villages list|add|rename|merge}: the villages and residential groups of the office. */
@Command(name = "villages", mixinStandardHelpOptions = true,
        description = "List, add, rename and merge villages / residential groups.",
        subcommands = {VillagesCommand.ListVillages.class, VillagesCommand.AddVillage.class,
                VillagesCommand.RenameVillage.class, VillagesCommand.MergeVillages.class})
final class VillagesCommand {

    /** Finds a village by its id (or the id's first 8+ characters) or by its name, accents and case aside. */
    static Village find(VillageService villages, String reference) {
        String key = VietnameseText.searchKey(reference);
        List<Village> all = villages.all();
        List<Village> matches = all.stream()
                .filter(v -> !v.merged())
                .filter(v -> VietnameseText.searchKey(v.name()).equals(key))
                .toList();
        if (matches.isEmpty() && key.length() >= 8) {
            matches = all.stream().filter(v -> v.id().toString().startsWith(key)).toList();
        }
        if (matches.isEmpty()) {
            throw new UserException("cli.error.villageNotFound", reference);
        }
        if (matches.size() > 1) {
            throw new UserException("cli.error.villageAmbiguous", reference);
        }
        return matches.get(0);
    }

    static VillageKind parseKind(String kind) {
        try {
            return VillageKind.valueOf(kind.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("cli.error.villageKind", kind);
        }
    }

    static String describe(Messages messages, Village village) {
        String state = village.merged() ? messages.get("village.state.merged")
                : village.active() ? messages.get("village.state.active") : messages.get("village.state.inactive");
        return String.join("\t", shortId(village.id()), village.name(), messages.get(village.kind().messageKey()),
                state, String.valueOf(village.references()));
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per village: id, name, kind, state, references.")
    static final class ListVillages extends DatabaseCommand {

        @Option(names = "--all", description = "Also list inactive and merged villages.")
        boolean all;

        ListVillages(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            Messages messages = context.messages();
            for (Village village : services().villages().all()) {
                if (all || (village.active() && !village.merged())) {
                    context.out().println(describe(messages, village));
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a village or residential group.")
    static final class AddVillage extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "Name, e.g. \"Thôn Đông\".")
        String name;

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "thon",
                description = "thon, to-dan-pho, ap, ban, khu-pho or other (default: ${DEFAULT-VALUE}).")
        String kind;

        AddVillage(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            Village village = services().villages().add(name, parseKind(kind));
            context.out().println(describe(context.messages(), village));
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a village.")
    static final class RenameVillage extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "VILLAGE", description = "Current name or id.")
        String village;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "New name.")
        String newName;

        RenameVillage(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            VillageService villages = services().villages();
            Village current = find(villages, village);
            Village renamed = villages.update(current.id(), newName, current.kind());
            context.out().println(describe(context.messages(), renamed));
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge SOURCE into TARGET: every citizen, petition, opinion and session moves to TARGET.")
    static final class MergeVillages extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "SOURCE", description = "Village that disappears (name or id).")
        String source;

        @Option(names = "--into", required = true, paramLabel = "TARGET", description = "Village that remains.")
        String target;

        MergeVillages(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            VillageService villages = services().villages();
            Village from = find(villages, source);
            Village into = find(villages, target);
            Village merged = villages.merge(from.id(), into.id());
            context.out().println(context.messages().get("cli.villages.merged", from.name(), merged.name(),
                    from.references()));
            return 0;
        }
    }
}
