package vn.danvan.desk.crash;

import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnit;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.petition.Satisfaction;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.setup.SetupRequest;

/**
 * The process the crash test kills: works through the real services as an officer would, as fast as it can (new
 * petitions with their petitioner, status changes, assignments), and says on its output what each transaction is
 * about to do and, once the service call returned, that it is committed. Only for a database made for the test.
 */
public final class CrashWriter {

    static final String VILLAGE = "Thôn Thử Nghiệm";
    static final String UNIT = "Tổ kiểm thử độ bền";
    private static final String[] WORDS = ("đề nghị xem xét giải quyết tranh chấp đất đai ranh giới thửa đất "
            + "bồi thường giải phóng mặt bằng đường liên thôn ô nhiễm môi trường chăn nuôi xả thải nước sinh hoạt "
            + "chế độ chính sách người có công hộ nghèo trợ cấp xây dựng trái phép cấp giấy chứng nhận quyền sử dụng "
            + "thủy lợi kênh mương an ninh trật tự cán bộ thôn thái độ tiếp dân").split(" ");
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Vũ Thị Hà", "Đặng Văn Hùng", "Bùi Thị Lan", "Đỗ Văn Minh", "Ngô Thị Nga"};

    private final AppServices services;
    private final Random random;
    private final OutputStream out;
    private final List<UUID> open = new ArrayList<>();
    private Actor actor;
    private UUID village;
    private UUID unit;
    private List<UUID> fields;

    public CrashWriter(AppServices services, Random random, OutputStream out) {
        this.services = services;
        this.random = random;
        this.out = out;
    }

    /** Prepares the office (once per database) and writes {@code operations} transactions (never ends if max). */
    public void run(long operations) {
        prepare();
        say(WriterLine.ready());
        for (long i = 0; i < operations; i++) {
            double choice = random.nextDouble();
            if (open.isEmpty() || choice < 0.45) {
                intake();
            } else if (choice < 0.9) {
                change(open.get(random.nextInt(open.size())));
            } else {
                assign(open.get(random.nextInt(open.size())));
            }
        }
    }

    private void prepare() {
        if (!services.setup().isSetUp()) {
            services.setup().setUp(CrashServices.OFFICE);
        }
        Officer admin = services.officers().all().stream().filter(Officer::isAdmin).findFirst().orElseThrow();
        actor = Actor.of(admin);
        village = services.villages().all().stream().filter(v -> v.name().equals(VILLAGE)).map(Village::id)
                .findFirst().orElseGet(() -> services.villages().add(VILLAGE, VillageKind.THON).id());
        unit = services.units().all().stream().filter(u -> u.name().equals(UNIT)).map(HandlingUnit::id)
                .findFirst().orElseGet(() -> services.units().add(UNIT, HandlingUnitKind.COMMUNE, null).id());
        fields = services.fields().all().stream().filter(PetitionField::active).map(PetitionField::id).toList();
        PetitionFilter stillOpen = PetitionFilter.all().withStatuses(PetitionStatus.openStatuses());
        services.browser().page(stillOpen, PetitionSort.DEFAULT, 0, 300, actor).stream()
                .map(PetitionRow::id).forEach(open::add);
    }

    private void intake() {
        PetitionKind kind = PetitionKind.values()[random.nextInt(PetitionKind.values().length)];
        boolean anonymous = random.nextInt(10) == 0;
        String name = NAMES[random.nextInt(NAMES.length)];
        String idNumber = String.format("%03d%09d", random.nextInt(1000), random.nextInt(1_000_000_000));
        PetitionerRef petitioner = anonymous ? null : PetitionerRef.create(new CitizenDraft(name, IdPaperType.CCCD,
                idNumber, "0912 345 678", village, "Xóm " + (1 + random.nextInt(9)) + ", " + VILLAGE));
        PetitionDraft draft = new PetitionDraft(services.officeClock().today(),
                PetitionChannel.values()[random.nextInt(PetitionChannel.values().length)], kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, fields.get(random.nextInt(fields.size())), village, null,
                text(5 + random.nextInt(400)), 1, false, anonymous, false, petitioner, List.of(),
                random.nextInt(8) == 0, false, false, null, null, null, null);
        say(WriterLine.beginIntake());
        Petition created = services.intake().receive(draft, actor);
        say(WriterLine.committedPetition(created.id(), created.code(), created.rowVersion()));
        open.add(created.id());
    }

    private void change(UUID id) {
        Petition current = services.petitions().require(id);
        List<PetitionStatus> next = new ArrayList<>(current.status().next());
        if (current.voided() || next.isEmpty()) {
            open.remove(id);
            return;
        }
        PetitionStatus target = next.get(random.nextInt(next.size()));
        LocalDate today = services.officeClock().today();
        LocalDate due = current.dueDate() == null || current.dueDate().isBefore(today) ? today : current.dueDate();
        StatusChange change = StatusChange.to(target).date(today).note(text(3 + random.nextInt(20)))
                .unit(unit).agency("Phòng Tài nguyên và Môi trường").docNo((1 + random.nextInt(999)) + "/UBND")
                .newDueDate(due.plusDays(30)).result(text(10 + random.nextInt(60)))
                .satisfaction(random.nextBoolean() ? Satisfaction.SATISFIED : Satisfaction.NOT_SATISFIED);
        say(WriterLine.beginChange(id, target));
        try {
            Petition changed = services.petitions().change(id, current.rowVersion(), change, actor);
            say(WriterLine.committedState(id, changed.status(), changed.rowVersion()));
            if (changed.status().next().isEmpty()) {
                open.remove(id);
            }
        } catch (UserException refused) {
            say(WriterLine.refused(id));
            open.remove(id);
        }
    }

    private void assign(UUID id) {
        Petition current = services.petitions().require(id);
        if (current.voided() || !current.status().open()) {
            open.remove(id);
            return;
        }
        say(WriterLine.beginChange(id, current.status()));
        services.petitions().assignAll(List.of(id), unit, actor);
        Petition assigned = services.petitions().require(id);
        say(WriterLine.committedState(id, assigned.status(), assigned.rowVersion()));
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** One line in one write, so that a kill never leaves half a line that reads as another. */
    private void say(String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
