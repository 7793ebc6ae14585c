package vn.danvan.desk.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import vn.danvan.desk.common.SafeFiles;

/**
 * Writes a chart picture as a PNG file with the JDK's own encoder (javax.imageio; no javafx-swing needed), whole or
 * not at all: an earlier file of the same name stays as it was if writing fails.
 */
public final class ChartPngWriter {

    private ChartPngWriter() {
    }

    public static void write(ChartImage image, Path file) {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        SafeFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("No PNG writer in this Java runtime");
            }
        });
    }
}
