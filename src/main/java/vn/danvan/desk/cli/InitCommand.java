package vn.danvan.desk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.setup.SetupRequest;

/** Non-interactive first start: the office and its first admin. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Set up a new database: the office and its first admin officer.")
final class InitCommand extends DatabaseCommand {

    @Option(names = "--office", required = true, paramLabel = "NAME", description = "Office name, e.g. \"UBND xã Tân Lập\".")
    String office;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", description = "xa, phuong or dac-khu.")
    String level;

    @Option(names = "--province", required = true, paramLabel = "NAME", description = "Province or city.")
    String province;

    @Option(names = "--code", paramLabel = "5DIGITS", description = "Commune code (5 digits), optional.")
    String code;

    @Option(names = "--higher-level", paramLabel = "NAME",
            description = "The level reported to (default: \"UBND <province>\").")
    String higherLevel;

    @Option(names = "--head-name", paramLabel = "NAME", description = "Head who signs reports (optional).")
    String headName;

    @Option(names = "--head-title", paramLabel = "TITLE", description = "Title of that head (optional).")
    String headTitle;

    @Option(names = "--admin-user", required = true, paramLabel = "U", description = "Login of the first admin.")
    String adminUser;

    @Option(names = "--admin-name", paramLabel = "NAME", description = "Full name of the first admin (default: U).")
    String adminName;

    @Option(names = "--admin-password-file", required = true, paramLabel = "F",
            description = "File whose first line is the admin's password (never give it as an argument).")
    Path passwordFile;

    @Option(names = "--language", paramLabel = "vi|en", description = "Language of the interface (default: vi).")
    String language;

    InitCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        OfficeLevel officeLevel = OfficeLevel.fromCliName(level)
                .orElseThrow(() -> new UserException("cli.error.level", level));
        AppLanguage appLanguage = language == null ? AppLanguage.VI : AppLanguage.fromCode(language)
                .orElseThrow(() -> new UserException("cli.error.language", language));
        String password = readPassword(passwordFile);
        String higher = higherLevel != null ? higherLevel : "UBND " + province.strip();
        SetupRequest request = new SetupRequest(office, officeLevel, province, code, higher, headName, headTitle,
                adminName != null ? adminName : adminUser, adminUser, password, appLanguage);
        Officer admin = context.setUp(request);
        context.out().println(context.messages().get("cli.init.done", office.strip(), admin.username(),
                context.dataFolder()));
        return 0;
    }

    static String readPassword(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new UserException("cli.error.passwordFileEmpty", file);
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new UserException("cli.error.passwordFile", file);
        }
    }
}
