package io.cloudua.loadtest;

import java.util.List;
import java.util.Locale;

/** Small inline-SVG line and bar charts for the report: no script, no external resource. */
final class Svg {
    private Svg() { }

    /** One series; NaN values are gaps. Bars are drawn side by side on categorical charts. */
    record Series(String name, String color, double[] x, double[] y, boolean bars, boolean dashed) {
        static Series line(String name, String color, double[] x, double[] y) {
            return new Series(name, color, x, y, false, false);
        }

        static Series dashed(String name, String color, double[] x, double[] y) {
            return new Series(name, color, x, y, false, true);
        }

        static Series bars(String name, String color, double[] x, double[] y) {
            return new Series(name, color, x, y, true, false);
        }
    }

    /** A shaded x range with a label (e.g. a phase on a timeline). */
    record Band(double from, double to, String label, String color) { }

    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};

    private static final int W = 760;
    private static final int H = 300;
    private static final int ML = 64;
    private static final int MR = 16;
    private static final int MT = 30;
    private static final int MB = 64;

    /**
     * @param categories labels of x = 0, 1, 2 ... (categorical chart), or null for a numeric x axis
     */
    static String chart(String title, String xLabel, String yLabel, List<String> categories, List<Series> series,
                        List<Band> bands) {
        double xmin = Double.MAX_VALUE;
        double xmax = -Double.MAX_VALUE;
        double ymax = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.y()[i])) {
                    continue;
                }
                xmin = Math.min(xmin, s.x()[i]);
                xmax = Math.max(xmax, s.x()[i]);
                ymax = Math.max(ymax, s.y()[i]);
            }
        }
        if (categories != null) {
            xmin = -0.5;
            xmax = categories.size() - 0.5;
        }
        if (bands != null) {
            for (Band b : bands) {
                xmin = Math.min(xmin, b.from());
                xmax = Math.max(xmax, b.to());
            }
        }
        if (xmin == Double.MAX_VALUE) {
            xmin = 0;
            xmax = 1;
        }
        if (xmax <= xmin) {
            xmax = xmin + 1;
        }
        double ystep = niceStep(ymax <= 0 ? 1 : ymax * 1.08, 5);
        double ytop = Math.max(ystep, Math.ceil((ymax <= 0 ? 1 : ymax * 1.08) / ystep) * ystep);
        final double x0 = xmin;
        final double x1 = xmax;
        int pw = W - ML - MR;
        int ph = H - MT - MB;
        java.util.function.DoubleUnaryOperator sx = v -> ML + (v - x0) / (x1 - x0) * pw;
        java.util.function.DoubleUnaryOperator sy = v -> MT + ph - v / ytop * ph;

        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' "
                + "font-family='sans-serif' font-size='11'>", W, H, W, H));
        b.append(String.format(Locale.ROOT, "<text x='%d' y='18' font-size='13' font-weight='bold'>%s</text>", ML, esc(title)));
        if (bands != null) {
            for (Band band : bands) {
                double a = sx.applyAsDouble(band.from());
                double z = sx.applyAsDouble(band.to());
                b.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s' opacity='0.35'/>",
                        a, MT, Math.max(0.5, z - a), ph, band.color()));
                b.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' fill='#555' font-size='10'>%s</text>", a + 2, MT + 11,
                        esc(band.label())));
            }
        }
        // y grid and labels
        for (double v = 0; v <= ytop + ystep / 2; v += ystep) {
            double y = sy.applyAsDouble(v);
            b.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>", ML, y, W - MR, y));
            b.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end'>%s</text>", ML - 4, y + 4, fmt(v)));
        }
        // x axis labels
        if (categories != null) {
            for (int i = 0; i < categories.size(); i++) {
                b.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>", sx.applyAsDouble(i),
                        MT + ph + 14, esc(categories.get(i))));
            }
        } else {
            double xs = niceStep(x1 - x0, 8);
            for (double v = Math.ceil(x0 / xs) * xs; v <= x1; v += xs) {
                double x = sx.applyAsDouble(v);
                b.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>", x, MT, x, MT + ph));
                b.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>", x, MT + ph + 14, fmt(v)));
            }
        }
        b.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>", ML, MT, pw, ph));
        b.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>%s</text>", ML + pw / 2, MT + ph + 30, esc(xLabel)));
        b.append(String.format(Locale.ROOT, "<text x='14' y='%d' text-anchor='middle' transform='rotate(-90 14 %d)'>%s</text>",
                MT + ph / 2, MT + ph / 2, esc(yLabel)));
        // bars
        long barCount = series.stream().filter(Series::bars).count();
        int barIndex = 0;
        for (Series s : series) {
            if (!s.bars()) {
                continue;
            }
            double slot = categories != null ? pw / (double) categories.size() : 8;
            double bw = slot * 0.7 / Math.max(1, barCount);
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.y()[i])) {
                    continue;
                }
                double cx = sx.applyAsDouble(s.x()[i]) - slot * 0.35 + barIndex * bw;
                double top = sy.applyAsDouble(s.y()[i]);
                b.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s: %s</title></rect>",
                        cx, top, bw, MT + ph - top, s.color(), esc(s.name()), fmt(s.y()[i])));
            }
            barIndex++;
        }
        // lines
        for (Series s : series) {
            if (s.bars()) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.y()[i])) {
                    pen = false;
                    continue;
                }
                path.append(pen ? "L" : "M").append(String.format(Locale.ROOT, "%.1f,%.1f ", sx.applyAsDouble(s.x()[i]),
                        sy.applyAsDouble(s.y()[i])));
                pen = true;
            }
            b.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='1.8'%s/>", path, s.color(),
                    s.dashed() ? " stroke-dasharray='5,3'" : ""));
            if (categories != null || s.x().length <= 40) {
                for (int i = 0; i < s.x().length; i++) {
                    if (!Double.isNaN(s.y()[i])) {
                        b.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'><title>%s: %s</title></circle>",
                                sx.applyAsDouble(s.x()[i]), sy.applyAsDouble(s.y()[i]), s.color(), esc(s.name()), fmt(s.y()[i])));
                    }
                }
            }
        }
        // legend
        int lx = ML;
        int ly = H - 14;
        for (Series s : series) {
            b.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='12' height='8' fill='%s'/>", lx, ly - 8, s.color()));
            b.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>%s</text>", lx + 16, ly, esc(s.name())));
            lx += 28 + 6 * s.name().length();
        }
        b.append("</svg>");
        return b.toString();
    }

    static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
        return nice * mag;
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString((long) Math.rint(v));
        }
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
