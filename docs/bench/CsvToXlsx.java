import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Turns a list CSV (from make-list.py or `export`) into a workbook laid out like the exported XLSX: a title block,
 * the header on row 7, real Excel dates, numbers as numbers, a totals line. For the import benchmark.
 * Run: java -cp "target/lib/*" docs/bench/CsvToXlsx.java IN.csv OUT.xlsx
 */
public class CsvToXlsx {
    public static void main(String[] args) throws Exception {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            sheet.value(0, 0, "UBND XÃ TÂN LẬP");
            sheet.value(3, 0, "DANH SÁCH ĐƠN THƯ");
            int r = 6;
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (r > 6 && (c == 2 || c == 14 || c == 16)) {
                        sheet.value(r, c, LocalDate.parse(v, dmy));
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (r > 6 && (c == 0 || c == 7)) {
                        sheet.value(r, c, Integer.parseInt(v));
                    } else {
                        sheet.value(r, c, v);
                    }
                }
                if (++r % 10000 == 0) {
                    sheet.flush();
                }
            }
            sheet.value(r, 0, "Tổng cộng: " + (r - 7) + " đơn");
            workbook.finish();
        }
    }
}
