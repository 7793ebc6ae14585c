package vn.danvan.desk.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serif family of a document, embedded (as a subset) in the PDF: Times New Roman, which Vietnamese official
 * documents use, when the system has one that covers every Vietnamese letter (Windows, macOS, Linux with the
 * Microsoft core fonts), else Liberation Serif from the {@code openpdf-fonts-extra} jar, which has the same metrics
 * and covers Vietnamese. Old Times New Roman files without the Vietnamese letters (such as the 1998 "core fonts")
 * are passed over. Load one per document: a {@link BaseFont} records the glyphs its document uses.
 */
public final class DocumentFonts {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFonts.class);
    /** Every Vietnamese letter that is not in Latin-1, lower and upper case. */
    static final String VIETNAMESE_PROBE = "ĂăÂâĐđÊêÔôƠơƯưĨĩŨũẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗ"
            + "ỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    private static final String LIBERATION = "/liberation/LiberationSerif-%s.ttf";

    /** Where the family came from. */
    public enum Source { SYSTEM_TIMES_NEW_ROMAN, LIBERATION_SERIF }

    /** The four faces of a family. */
    public enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String liberationName;

        Face(String liberationName) {
            this.liberationName = liberationName;
        }
    }

    private final Source source;
    private final Map<Face, BaseFont> faces;

    private DocumentFonts(Source source, Map<Face, BaseFont> faces) {
        this.source = source;
        this.faces = faces;
    }

    /** The system's Times New Roman when it covers Vietnamese, else Liberation Serif. */
    public static DocumentFonts load() {
        return load(SystemFonts.timesNewRomanCandidates());
    }

    /** Like {@link #load()}, looking for Times New Roman only in the given sets of four files (for tests). */
    static DocumentFonts load(List<Map<Face, Path>> systemCandidates) {
        for (Map<Face, Path> files : systemCandidates) {
            Optional<Map<Face, BaseFont>> system = fromFiles(files);
            if (system.isPresent()) {
                return new DocumentFonts(Source.SYSTEM_TIMES_NEW_ROMAN, system.get());
            }
        }
        return liberationSerif();
    }

    /** The bundled Liberation Serif, whatever the system has. */
    public static DocumentFonts liberationSerif() {
        Map<Face, BaseFont> faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            String resource = String.format(LIBERATION, face.liberationName);
            try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font resource " + resource);
                }
                faces.put(face, BaseFont.createFont(resource.substring(1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, in.readAllBytes(), null));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new DocumentFonts(Source.LIBERATION_SERIF, faces);
    }

    private static Optional<Map<Face, BaseFont>> fromFiles(Map<Face, Path> files) {
        if (files.size() != Face.values().length || !files.values().stream().allMatch(Files::isRegularFile)) {
            return Optional.empty();
        }
        Map<Face, BaseFont> faces = new EnumMap<>(Face.class);
        try {
            for (Map.Entry<Face, Path> file : files.entrySet()) {
                BaseFont font = BaseFont.createFont(file.getValue().toString(), BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED);
                if (!coversVietnamese(font)) {
                    LOG.info("{} lacks Vietnamese letters: using Liberation Serif", file.getValue());
                    return Optional.empty();
                }
                faces.put(file.getKey(), font);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot use the font files {}: {}", files.values(), e.toString());
            return Optional.empty();
        }
        return Optional.of(faces);
    }

    static boolean coversVietnamese(BaseFont font) {
        return VIETNAMESE_PROBE.chars().allMatch(font::charExists);
    }

    public Source source() {
        return source;
    }

    /** The face as an OpenPDF base font (for text drawn directly on a page, such as page numbers). */
    public BaseFont base(Face face) {
        return faces.get(face);
    }

    public Font font(Face face, float size) {
        return new Font(faces.get(face), size);
    }

    public Font regular(float size) {
        return font(Face.REGULAR, size);
    }

    public Font bold(float size) {
        return font(Face.BOLD, size);
    }

    public Font italic(float size) {
        return font(Face.ITALIC, size);
    }

    public Font boldItalic(float size) {
        return font(Face.BOLD_ITALIC, size);
    }

    /** The usual places of Times New Roman's four files on Windows, macOS and Linux. */
    static final class SystemFonts {

        private SystemFonts() {
        }

        static List<Map<Face, Path>> timesNewRomanCandidates() {
            List<Map<Face, Path>> candidates = new ArrayList<>();
            String windir = System.getenv("WINDIR");
            if (windir != null) {
                candidates.add(family(Path.of(windir, "Fonts"), "times.ttf", "timesbd.ttf", "timesi.ttf",
                        "timesbi.ttf"));
            }
            String localAppData = System.getenv("LOCALAPPDATA");
            if (localAppData != null) {
                candidates.add(family(Path.of(localAppData, "Microsoft", "Windows", "Fonts"), "times.ttf",
                        "timesbd.ttf", "timesi.ttf", "timesbi.ttf"));
            }
            for (String folder : List.of("/System/Library/Fonts/Supplemental", "/Library/Fonts")) {
                candidates.add(family(Path.of(folder), "Times New Roman.ttf", "Times New Roman Bold.ttf",
                        "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf"));
            }
            Path home = Path.of(System.getProperty("user.home", "/"));
            for (Path folder : List.of(Path.of("/usr/share/fonts/truetype/msttcorefonts"),
                    home.resolve(".local/share/fonts"), home.resolve(".fonts"))) {
                candidates.add(family(folder, "Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf",
                        "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"));
                candidates.add(family(folder, "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"));
            }
            return candidates;
        }

        static Map<Face, Path> family(Path folder, String regular, String bold, String italic, String boldItalic) {
            Map<Face, Path> files = new EnumMap<>(Face.class);
            files.put(Face.REGULAR, folder.resolve(regular));
            files.put(Face.BOLD, folder.resolve(bold));
            files.put(Face.ITALIC, folder.resolve(italic));
            files.put(Face.BOLD_ITALIC, folder.resolve(boldItalic));
            return files;
        }
    }
}
