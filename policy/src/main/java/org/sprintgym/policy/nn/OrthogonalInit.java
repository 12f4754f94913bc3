package org.sprintgym.policy.nn;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.sprintgym.policy.Rng;

/**
 * PyTorch's {@code nn.init.orthogonal_}: QR of a Gaussian matrix, signs fixed by R's diagonal so
 * the result is uniformly distributed, scaled by {@code gain}. Returns a {@code rows x cols}
 * row-major matrix whose rows (if rows <= cols) or columns are orthonormal times the gain.
 */
public final class OrthogonalInit {
  private OrthogonalInit() {}

  public static double[] matrix(int rows, int cols, double gain, Rng rng) {
    boolean transpose = rows < cols;
    int tall = Math.max(rows, cols);
    int wide = Math.min(rows, cols);
    double[][] g = new double[tall][wide];
    for (int i = 0; i < tall; i++) {
      for (int j = 0; j < wide; j++) {
        g[i][j] = rng.nextGaussian();
      }
    }
    var qr = new QRDecomposition(new Array2DRowRealMatrix(g, false));
    RealMatrix q = qr.getQ().getSubMatrix(0, tall - 1, 0, wide - 1);
    RealMatrix r = qr.getR();
    double[] out = new double[rows * cols];
    for (int i = 0; i < tall; i++) {
      for (int j = 0; j < wide; j++) {
        double sign = Math.signum(r.getEntry(j, j)) == 0 ? 1 : Math.signum(r.getEntry(j, j));
        double v = q.getEntry(i, j) * sign * gain;
        if (transpose) {
          out[j * cols + i] = v;
        } else {
          out[i * cols + j] = v;
        }
      }
    }
    return out;
  }
}
