package org.sprintgym.evaluation.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as reports print them: 3 significant digits (the JSON files keep full precision). */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code v} to 3 significant digits, trailing zeros dropped; without exponent for everyday
   * magnitudes (1e-4 up to 1e9), else as {@code 4.57E-6}; "-" for NaN.
   */
  public static String sig3(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "-";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(v).round(new MathContext(3));
    double a = Math.abs(v);
    if (!(a >= 1e-4 && a < 1e9)) {
      // always d.ddEn here: BigDecimal.toString would write 4.57e-6 plainly but 2.03e-7 with an
      // exponent, so one column of p values would mix the two
      int exponent = b.precision() - b.scale() - 1;
      return b.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "E" + exponent;
    }
    String s = b.toPlainString();
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  /** About 5 round tick values spanning [lo, hi] (1, 2 or 5 times a power of ten apart). */
  public static double[] ticks(double lo, double hi) {
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double r = raw / mag;
    double step = (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
    double first = Math.ceil(lo / step - 1e-9) * step;
    int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
    double[] t = new double[Math.max(n, 0)];
    for (int i = 0; i < t.length; i++) {
      t[i] = first + i * step;
    }
    return t;
  }
}
