package vn.danvan.desk.dialogue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.SafeFiles;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.petition.PetitionChoices;

/** Writes the minutes (biên bản) of a saved session to a PDF file, whole or not at all. */
public final class MinutesService {

    private final DialogueService sessions;
    private final OfficeService offices;
    private final PetitionChoices choices;
    private final Supplier<DocumentFonts> fonts;

    public MinutesService(DialogueService sessions, OfficeService offices, PetitionChoices choices,
                          Supplier<DocumentFonts> fonts) {
        this.sessions = sessions;
        this.offices = offices;
        this.choices = choices;
        this.fonts = fonts;
    }

    public void write(UUID sessionId, Path target) {
        SessionDetail session = sessions.require(sessionId);
        PetitionChoices.Lists lists = choices.loadAll();
        SessionMinutes.Names names = new SessionMinutes.Names(byId(lists.villages()), byId(lists.fields()),
                byId(lists.units()));
        SessionMinutes minutes = new SessionMinutes(fonts.get());
        SafeFiles.write(target, out -> minutes.write(session, offices.requireLocalOffice(), names, out));
    }

    /** A file name for the minutes, e.g. {@code bien-ban-DT-2026-004.pdf}. */
    public static String fileName(String code) {
        return "bien-ban-" + code + ".pdf";
    }

    private static java.util.Map<UUID, String> byId(java.util.List<NamedRef> refs) {
        return refs.stream().collect(Collectors.toMap(NamedRef::id, NamedRef::name, (a, b) -> a));
    }
}
