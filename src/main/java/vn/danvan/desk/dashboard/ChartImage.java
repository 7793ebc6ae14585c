package vn.danvan.desk.dashboard;

/** A picture of a chart taken on screen: its size and its pixels, one ARGB int each, row by row. */
public record ChartImage(int width, int height, int[] argb) {

    public ChartImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " image needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }
}
