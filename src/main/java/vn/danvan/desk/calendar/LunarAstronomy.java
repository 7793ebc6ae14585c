package vn.danvan.desk.calendar;

/**
 * The two astronomical quantities the lunisolar calendar rests on, after J. Meeus, <i>Astronomical
 * Algorithms</i> (2nd ed.): the instant of the k-th mean new moon corrected to the true one (chapter 49, accurate
 * to well under a minute for the years 1900–2200) and the apparent longitude of the sun (chapter 25, low-accuracy
 * method, 0.01°). Times are Julian days; {@code JDE} is dynamical time, {@code JD} universal time, related by
 * {@link #deltaTSeconds(double)}.
 */
final class LunarAstronomy {

    /** Mean length of a synodic month in days. */
    static final double SYNODIC_MONTH = 29.530588861;
    /** Julian day (UT) of 1970-01-01 00:00, the epoch of {@link java.time.LocalDate#toEpochDay()}. */
    static final double UNIX_EPOCH_JD = 2440587.5;

    private static final double RADIANS = Math.PI / 180;
    private static final double JDE_NEW_MOON_2000 = 2451550.09766;
    private static final double J2000 = 2451545.0;

    /** Planetary arguments (degrees: constant, per lunation) and their amplitudes (days), Meeus table 49.B. */
    private static final double[][] PLANETARY = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
    };

    private LunarAstronomy() {
    }

    /** The lunation number of the mean new moon nearest to the Julian day {@code jd} (0 = 6 January 2000). */
    static long lunationNear(double jd) {
        return Math.round((jd - JDE_NEW_MOON_2000) / SYNODIC_MONTH);
    }

    /** The instant (JDE, dynamical time) of the true new moon of lunation {@code k}. */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = JDE_NEW_MOON_2000 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double sunAnomaly = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double moonAnomaly = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double latitude = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double node = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        return jde + periodicTerms(e, sunAnomaly, moonAnomaly, latitude, node) + planetaryTerms(k, t2);
    }

    private static double periodicTerms(double e, double m, double mm, double f, double node) {
        return -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(node)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
    }

    private static double planetaryTerms(long k, double t2) {
        double sum = 0;
        for (int i = 0; i < PLANETARY.length; i++) {
            double argument = PLANETARY[i][0] + PLANETARY[i][1] * k;
            if (i == 0) {
                argument -= 0.009173 * t2;
            }
            sum += PLANETARY[i][2] * Math.sin(rad(argument));
        }
        return sum;
    }

    /** The sun's apparent geocentric longitude in degrees [0, 360) at {@code jde} (dynamical time). */
    static double apparentSunLongitude(double jde) {
        double t = (jde - J2000) / 36525;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double anomaly = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
                + 0.000289 * Math.sin(3 * anomaly);
        double node = rad(125.04 - 1934.136 * t);
        double apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node);
        return normalise(apparent);
    }

    /**
     * ΔT = TT − UT in seconds for a decimal year, by the polynomial fits of Espenak and Meeus (NASA, 2006);
     * only seconds to about a minute in the years this calendar serves, but a new moon can be that close to
     * midnight.
     */
    static double deltaTSeconds(double year) {
        if (year < 1900) {
            double u = (year - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        if (year < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        return -20 + 32 * u * u;
    }

    /** Universal time (JD) of a dynamical time (JDE). */
    static double toUniversal(double jde) {
        return jde - deltaTSeconds(decimalYear(jde)) / 86400;
    }

    /** Dynamical time (JDE) of a universal time (JD). */
    static double toDynamical(double jd) {
        return jd + deltaTSeconds(decimalYear(jd)) / 86400;
    }

    private static double decimalYear(double jd) {
        return 2000 + (jd - J2000) / 365.25;
    }

    private static double rad(double degrees) {
        return (degrees % 360) * RADIANS;
    }

    private static double normalise(double degrees) {
        double result = degrees % 360;
        return result < 0 ? result + 360 : result;
    }
}
